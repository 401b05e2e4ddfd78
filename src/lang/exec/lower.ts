/**
 * Lowering of the expression parts that must be instructions of their own: calls (so a step
 * can stop at a blocking native, or at the entry of a user function, and resume from plain
 * data), and the short-circuit / conditional operators whose operands contain calls (so the
 * calls happen only on the branch C evaluates). Results go to frame temporaries.
 */
import type { CallExpr, CondExpr, CType, LogicalExpr } from '../front/ast.ts';
import { sizeOf } from '../front/types.ts';
import type { CFault } from '../native-api.ts';
import {
  type CValue,
  type Native,
  type NativeContext,
  type NativeOutcome,
  type VarargKind,
} from '../native-api.ts';
import { compileCond, compileScalar, compileValue, type EvS } from './compile-expr.ts';
import { FUNCTION_BASE, type CalleeInfo, type Cx } from './emit.ts';
import { ACCESS_VIOLATION, STACK_OVERFLOW, UNSUPPORTED, hexShort } from './faults.ts';
import type { NativeCallSite, PendingArg } from './model.ts';
import { low32 } from '../int64.ts';
import { i64Of, isWide, loadOf, storeOf, wrapperOf, type Scalar } from './values.ts';
import type { Work } from './work.ts';
import { faultOf } from '../fault-words.ts';

/** Nested calls deeper than this overflow the stack (as would 1 MiB of frames). */
export const MAX_CALL_DEPTH = 10000;

function emitter(cx: Cx) {
  if (cx.em === undefined) throw new Error('a call is not a constant expression');
  return cx.em;
}

/** A temporary holding a value of type `t`; returns its offset and a reader of it. */
function resultTemp(t: CType, cx: Cx): { off: number; read: EvS } {
  if (t.kind === 'void') return { off: -1, read: () => 0 };
  const aggregate = t.kind === 'struct' || t.kind === 'array';
  const off = cx.temp(Math.max(sizeOf(t), 8));
  if (aggregate) return { off, read: (w) => w.base + off };
  const rd = loadOf(t);
  return { off, read: (w) => rd(w.mem, w.base + off) };
}

export function lowerCall(e: CallExpr, cx: Cx): EvS {
  const em = emitter(cx);
  const callee = e.target.kind === 'pointer' ? compileValue(e.target.callee, cx) : undefined;
  const args = e.args.map((a) => compileScalar(a, cx));
  const { off, read } = resultTemp(e.type, cx);
  switch (e.target.kind) {
    case 'native':
      emitNativeCall(e.target.name, args, e.varargKinds, e.type, off, cx);
      break;
    case 'user': {
      const index = cx.prog.functionIndex.get(e.target.name);
      const name = e.target.name;
      em.emit(userCall(index, name, args, off, cx));
      break;
    }
    case 'pointer':
      em.emit(pointerCall(callee as (w: Work) => number, args, off, cx));
      break;
  }
  return read;
}

function userCall(index: number | undefined, name: string, args: readonly EvS[], off: number, cx: Cx) {
  const vals = new Array<Scalar>(args.length).fill(0);
  const info = index === undefined ? undefined : cx.prog.callees[index];
  const stackLow = cx.prog.layout.stackLow;
  return (w: Work): void => {
    if (info === undefined || index === undefined) {
      throw faultOf(UNSUPPORTED, 'notDefined', { name });
    }
    for (let i = 0; i < args.length; i++) vals[i] = (args[i] as EvS)(w);
    enterFunction(w, index, info, vals, off < 0 ? -1 : w.base + off, stackLow);
  };
}

function pointerCall(callee: (w: Work) => number, args: readonly EvS[], off: number, cx: Cx) {
  const vals = new Array<Scalar>(args.length).fill(0);
  const { callees, layout } = cx.prog;
  return (w: Work): void => {
    const p = callee(w);
    const index = (p - FUNCTION_BASE) / 16;
    const info = Number.isInteger(index) ? callees[index] : undefined;
    if (info === undefined) {
      throw faultOf(ACCESS_VIOLATION, 'notAFunction', { addr: hexShort(p) });
    }
    for (let i = 0; i < args.length; i++) vals[i] = (args[i] as EvS)(w);
    enterFunction(w, index, info, vals, off < 0 ? -1 : w.base + off, layout.stackLow);
  };
}

/** Pushes a frame for `info` with its parameters set; the callee's first statement is next. */
export function enterFunction(
  w: Work,
  index: number,
  info: CalleeInfo,
  vals: readonly Scalar[],
  retDest: number,
  stackLow: number,
): void {
  const base = w.base - info.frameBytes;
  if (base < stackLow || w.frames.length >= MAX_CALL_DEPTH) {
    throw faultOf(STACK_OVERFLOW, 'stackOverflow', { depth: w.frames.length + 1, name: info.name });
  }
  w.mem.fill(base, info.frameBytes, 0);
  const params = info.params;
  for (let i = 0; i < params.length; i++) (params[i] as ParamWriter)(w, base, vals[i] ?? 0);
  w.frames.push({ fn: w.fn, pc: w.pc, base: w.base, retDest });
  w.fn = index;
  w.code = info.code;
  w.pc = 0;
  w.base = base;
  w.bindFrame();
}

export type ParamWriter = (w: Work, base: number, v: Scalar) => void;

/** Stores an argument into its parameter slot (a struct argument is copied from its address). */
export function paramWriter(t: CType, offset: number): ParamWriter {
  if (t.kind === 'struct' || t.kind === 'array') {
    const size = sizeOf(t);
    return (w, base, v) => w.mem.copy(base + offset, v as number, size);
  }
  const wr = storeOf(t);
  return (w, base, v) => wr(w.mem, base + offset, v);
}

/** A native's result as a value of type `t`: an I64 for a 64-bit integer, else a number
 *  wrapped to the type (a native gives bigints only for 64-bit results). */
function nativeResult(t: CType): (v: CValue) => Scalar {
  if (isWide(t)) return i64Of;
  const wrap = wrapperOf(t);
  return (v) => wrap(typeof v === 'number' ? v : low32(v));
}

function emitNativeCall(
  name: string,
  args: readonly EvS[],
  kinds: readonly VarargKind[],
  ret: CType,
  off: number,
  cx: Cx,
): void {
  const em = emitter(cx);
  const native: Native | undefined = cx.prog.natives[name];
  const wr = storeOf(ret);
  const result = nativeResult(ret);
  const site: NativeCallSite = {
    name,
    native,
    complete: off < 0 ? () => undefined : (w, v) => wr(w.mem, w.base + off, result(v)),
  };
  const offered = cx.prog.natives;
  em.emit((w) => {
    const vals: CValue[] = new Array<CValue>(args.length);
    for (let i = 0; i < args.length; i++) vals[i] = (args[i] as EvS)(w);
    if (native === undefined) throw unsupported(name, offered);
    finishNative(w, site, native.call(w.ctx as NativeContext, vals, kinds), vals, kinds);
  }, site);
  if (cx.prog.isKernelNative(name)) em.markKernel();
}

function unsupported(name: string, offered: Readonly<Record<string, Native>>): CFault {
  const list = Object.keys(offered).sort().join(', ');
  return faultOf(UNSUPPORTED, 'notOffered', { name, list });
}

/** Applies a native's outcome. Called with `w.pc` just past the call instruction. */
export function finishNative(
  w: Work,
  site: NativeCallSite,
  out: NativeOutcome,
  args: readonly CValue[],
  kinds: readonly VarargKind[],
): void {
  switch (out.kind) {
    case 'value':
      site.complete(w, out.value);
      return;
    case 'block':
      w.pc -= 1;
      w.halt({
        kind: 'blocked',
        on: out.on,
        reason: out.reason,
        call: { native: site.name, args: pendingArgs(args), varargKinds: kinds },
      });
      return;
    case 'exit':
      w.halt({ kind: 'exited', code: out.code >>> 0 });
      return;
  }
}

/** The arguments of a blocked call as machine states keep them (plain JSON data): a 64-bit
 *  value beyond ±2^53 as its decimal text. `resumedArgs` gives them back. */
export function pendingArgs(args: readonly CValue[]): readonly PendingArg[] {
  return args.some((a) => typeof a === 'bigint')
    ? args.map((a) => (typeof a === 'bigint' ? a.toString() : a))
    : (args as readonly number[]);
}

export function resumedArgs(args: readonly PendingArg[]): readonly CValue[] {
  return args.some((a) => typeof a === 'string')
    ? args.map((a) => (typeof a === 'string' ? BigInt(a) : a))
    : (args as readonly number[]);
}

/** `a && b` / `a || b` where `b` calls something: `b` runs only on its branch. */
export function lowerLogical(e: LogicalExpr, cx: Cx): EvS {
  const em = emitter(cx);
  const off = cx.temp(4);
  const left = compileCond(e.left, cx);
  const end = em.label();
  const and = e.op === '&&';
  em.emit((w) => {
    const l = left(w);
    if (l !== and) {
      w.mem.writeU32(w.base + off, l ? 1 : 0);
      w.pc = end.pc;
    }
  });
  const right = compileCond(e.right, cx);
  em.emit((w) => w.mem.writeU32(w.base + off, right(w) ? 1 : 0));
  em.place(end);
  return (w) => w.mem.readI32(w.base + off);
}

/** `t ? a : b` where a branch calls something. */
export function lowerCond(e: CondExpr, cx: Cx): EvS {
  const em = emitter(cx);
  const { off, read } = resultTemp(e.type, cx);
  const aggregate = e.type.kind === 'struct' || e.type.kind === 'array';
  const wr = aggregate ? storeOf({ kind: 'pointer', to: e.type }) : storeOf(e.type);
  const test = compileCond(e.test, cx);
  const other = em.label();
  const end = em.label();
  em.emit((w) => {
    if (!test(w)) w.pc = other.pc;
  });
  const a = compileScalar(e.then, cx);
  em.emit((w) => {
    wr(w.mem, w.base + off, a(w));
    w.pc = end.pc;
  });
  em.place(other);
  const b = compileScalar(e.else, cx);
  em.emit((w) => wr(w.mem, w.base + off, b(w)));
  em.place(end);
  if (!aggregate || off < 0) return read;
  return (w) => w.mem.readI64(w.base + off);
}
