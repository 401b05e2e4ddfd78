/**
 * Typed expressions → closures. Every type decision is made here, once; the closures only do
 * the arithmetic and the memory accesses. A call inside an expression is lowered by
 * `lowerCall` into its own instruction (emitted before the closure runs) whose result the
 * closure reads from a frame temporary — so a step can stop at any call and resume from data.
 *
 * Closures of 64-bit integer types yield I64s, all others numbers (values.ts): `compileScalar`
 * compiles any expression, `compileWide` says an I64 is expected, `compileValue` gives a number
 * (the nearest double of a 64-bit value, for addresses and indexes).
 */
import type { ArithOp, CompareOp, CType, Expr, IntType } from '../front/ast.ts';
import { sizeOf } from '../front/types.ts';
import * as I from '../int64.ts';
import type { I64 } from '../int64.ts';
import { arith64Of, arithOf, compare64Of, unary64Of, unaryOf } from './arith.ts';
import { bitAccess, wideBitAccess } from './bitfield.ts';
import { functionAddress, type Cx } from './emit.ts';
import { lowerCall, lowerCond, lowerLogical } from './lower.ts';
import { compileAssign, compileCompound, compileIncDec, initStore } from './compile-assign.ts';
import { fastCompare, fastLoadLocal } from './fast-paths.ts';
import {
  floatToInt,
  isUnsigned64,
  isWide,
  loadOf,
  readerOf,
  wrapPointer,
  wrapperOf,
  type Scalar,
} from './values.ts';
import type { Work } from './work.ts';

/** A compiled expression of a type other than a 64-bit integer (or one read as a double). */
export type Ev = (w: Work) => number;
/** A compiled expression of a 64-bit integer type. */
export type EvW = (w: Work) => I64;
/** A compiled expression of any scalar type (values.ts `Scalar`). */
export type EvS = (w: Work) => Scalar;
export type Cond = (w: Work) => boolean;

const callCache = new WeakMap<Expr, boolean>();

/** Whether evaluating `e` calls a function (and so needs lowering). */
export function hasCall(e: Expr): boolean {
  const known = callCache.get(e);
  if (known !== undefined) return known;
  const r = e.kind === 'call' || children(e).some(hasCall);
  callCache.set(e, r);
  return r;
}

function children(e: Expr): readonly Expr[] {
  switch (e.kind) {
    case 'load':
    case 'convert':
    case 'unary':
      return [e.operand];
    case 'addr':
      return [e.operand];
    case 'binary':
    case 'logical':
    case 'comma':
      return [e.left, e.right];
    case 'ptr-add':
      return [e.pointer, e.index];
    case 'ptr-diff':
      return [e.left, e.right];
    case 'assign':
    case 'compound-assign':
      return [e.target, e.value];
    case 'incdec':
      return [e.target];
    case 'cond':
      return [e.test, e.then, e.else];
    case 'call':
      return e.target.kind === 'pointer' ? [e.target.callee, ...e.args] : e.args;
    case 'deref':
      return [e.pointer];
    case 'member':
      return [e.object];
    case 'compound-literal':
      return e.init.flatMap((st) => (st.kind === 'value' ? [st.value] : []));
    default:
      return [];
  }
}

/** The value of `e` as a number: for a 64-bit integer expression the nearest double (what an
 *  address or an index needs; everything exact goes through `compileScalar`). Aggregates
 *  (struct, array) evaluate to their address. */
export function compileValue(e: Expr, cx: Cx): Ev {
  const v = compileScalar(e, cx);
  if (!isWide(e.type)) return v as Ev;
  return (w) => I.toDouble(v(w));
}

/** The value of `e`: a number, or an I64 when `e` has a 64-bit integer type (values.ts). */
export function compileScalar(e: Expr, cx: Cx): EvS {
  switch (e.kind) {
    case 'const-int':
    case 'const-float': {
      const v = e.value;
      return () => v;
    }
    case 'string':
    case 'local':
    case 'global':
    case 'deref':
    case 'member':
    case 'compound-literal':
      return compileAddr(e, cx);
    case 'function-ref': {
      const a = functionRefAddress(e.name, cx);
      return () => a;
    }
    case 'load':
      return compileLoad(e.operand, cx);
    case 'convert':
      return compileConvert(e.op, e.operand, e.type, cx);
    case 'unary':
      return compileUnary(e.op, e.operand, e.type, cx);
    case 'binary':
      return compileBinary(e, cx);
    case 'ptr-add': {
      const p = compileValue(e.pointer, cx);
      const i = compileIndex(e.index, cx);
      const size = e.negate ? -e.elemSize : e.elemSize;
      return (w) => p(w) + i(w) * size;
    }
    case 'ptr-diff': {
      const l = compileValue(e.left, cx);
      const r = compileValue(e.right, cx);
      const size = e.elemSize || 1;
      return (w) => Math.trunc((l(w) - r(w)) / size) + 0;
    }
    case 'logical': {
      if (hasCall(e.right)) return lowerLogical(e, cx);
      const c = compileCond(e, cx);
      return (w) => (c(w) ? 1 : 0);
    }
    case 'cond': {
      if (hasCall(e.then) || hasCall(e.else)) return lowerCond(e, cx);
      const t = compileCond(e.test, cx);
      const a = compileScalar(e.then, cx);
      const b = compileScalar(e.else, cx);
      return (w) => (t(w) ? a(w) : b(w));
    }
    case 'comma': {
      if (hasCall(e.right)) {
        const l = compileScalar(e.left, cx);
        cx.em?.emit((w) => void l(w));
        return compileScalar(e.right, cx);
      }
      const l = compileScalar(e.left, cx);
      const r = compileScalar(e.right, cx);
      return (w) => (l(w), r(w));
    }
    case 'assign':
      return compileAssign(e.target, e.value, cx);
    case 'compound-assign':
      return compileCompound(e, cx);
    case 'incdec':
      return compileIncDec(e.target, e.delta, e.prefix, cx);
    case 'call':
      return lowerCall(e, cx);
    case 'addr':
      if (e.operand.kind === 'function-ref') return compileValue(e.operand, cx);
      return compileAddr(e.operand, cx);
  }
}

/** A pointer offset (a 64-bit integer in C) as a number: a conversion from a narrower integer
 *  is just that integer; a 64-bit value beyond ±2^53 makes an address outside memory anyway. */
function compileIndex(e: Expr, cx: Cx): Ev {
  if (e.kind === 'convert' && e.operand.type.kind === 'int' && !isWide(e.operand.type))
    return compileValue(e.operand, cx);
  return compileValue(e, cx);
}

/** The low 32 bits of an integer value (a shift count, a conversion to a narrow type). */
function compileLow32(e: Expr, cx: Cx): Ev {
  if (!isWide(e.type)) return compileValue(e, cx);
  const v = compileWide(e, cx);
  return (w) => I.low32(v(w));
}

/** The value of `e`, an expression of a 64-bit integer type, as an I64. */
export function compileWide(e: Expr, cx: Cx): EvW {
  return compileScalar(e, cx);
}

/** The address an lvalue designates. */
export function compileAddr(e: Expr, cx: Cx): Ev {
  switch (e.kind) {
    case 'local': {
      const off = e.local.offset;
      return (w) => w.base + off;
    }
    case 'global': {
      const a = cx.prog.globalAddress.get(e.name) ?? 0;
      return () => a;
    }
    case 'string': {
      const a = cx.prog.stringAddress[e.id] ?? 0;
      return () => a;
    }
    case 'deref':
      return compileValue(e.pointer, cx);
    case 'member': {
      const o = e.object.lvalue ? compileAddr(e.object, cx) : compileValue(e.object, cx);
      const off = e.offset;
      return off === 0 ? o : (w) => o(w) + off;
    }
    case 'compound-literal': {
      // Each evaluation makes the object anew: zero-filled, then initialized.
      const off = e.local.offset;
      const size = sizeOf(e.type);
      const stores = e.init.map((st) => initStore(st, cx));
      return (w) => {
        const a = w.base + off;
        w.mem.fill(a, size, 0);
        for (const st of stores) st(w, a);
        return a;
      };
    }
    default:
      return compileValue(e, cx);
  }
}

function functionRefAddress(name: string, cx: Cx): number {
  const i = cx.prog.functionIndex.get(name);
  return i === undefined ? 0 : functionAddress(i);
}

function compileLoad(lv: Expr, cx: Cx): EvS {
  const t = lv.type;
  if (lv.kind === 'local') return fastLoadLocal(lv) ?? loadLocal(lv.local.offset, t);
  const a = compileAddr(lv, cx);
  if (lv.kind === 'member' && lv.bits) {
    if (isWide(t)) {
      const field = wideBitAccess(t, lv.bits);
      return (w) => field.read(w.mem, a(w));
    }
    const field = bitAccess(t, lv.bits);
    return (w) => field.read(w.mem, a(w));
  }
  const rd = loadOf(t);
  return (w) => rd(w.mem, a(w));
}

/** Loads of locals, the hottest path, specialised without an address closure. */
function loadLocal(off: number, t: CType): EvS {
  if (t.kind === 'int' && t.size === 4) {
    return t.signed ? (w) => w.mem.readI32(w.base + off) : (w) => w.mem.readU32(w.base + off);
  }
  if (t.kind === 'pointer') return (w) => w.mem.readI64(w.base + off);
  if (isWide(t)) return (w) => w.mem.readInt64(w.base + off);
  if (t.kind === 'int' && t.size === 2 && !t.signed) return (w) => w.mem.readU16(w.base + off);
  const rd = readerOf(t);
  return (w) => rd(w.mem, w.base + off);
}

/** The conversion of a value from type `from` to type `to` (undefined when nothing changes). */
export function convertFn(from: CType, to: CType): ((v: Scalar) => Scalar) | undefined {
  if (to.kind === 'void') return () => 0;
  if (isWide(from)) return fromWide(from, to);
  const f = convertNarrow(from, to);
  return f as ((v: Scalar) => Scalar) | undefined;
}

/** From a 64-bit integer (an I64) to any scalar type. */
function fromWide(from: CType, to: CType): ((v: Scalar) => Scalar) | undefined {
  const u = isUnsigned64(from);
  if (to.kind === 'float') {
    if (to.size === 4) return u ? (v) => I.toFloat32U(v) : (v) => I.toFloat32(v);
    return u ? (v) => I.toDoubleU(v) : (v) => I.toDouble(v);
  }
  if (to.kind === 'pointer') return (v) => I.toDouble(v);
  if (to.kind !== 'int') return undefined;
  if (to.name === '_Bool') return (v) => (v !== 0 ? 1 : 0);
  if (isWide(to)) return undefined; // the same 64 bits, signed or not
  const wrap = wrapperOf(to);
  return to.size === 4 && to.signed ? (v) => I.low32(v) : (v) => wrap(I.low32(v));
}

/** Between types other than 64-bit integers, and from them to 64-bit integers. */
function convertNarrow(from: CType, to: CType): ((v: number) => Scalar) | undefined {
  if (to.kind === 'int' && to.name === '_Bool') return (v) => (v !== 0 ? 1 : 0);
  if (isWide(to)) {
    if (from.kind === 'float') return floatToInt(to as IntType);
    // An integer of up to 32 bits is its own I64; a pointer is too (a safe integer), unless
    // arithmetic pushed it beyond 2^53.
    return from.kind === 'pointer' ? I.fromInteger : undefined;
  }
  if (to.kind === 'int' || to.kind === 'pointer') {
    if (from.kind === 'float') return to.kind === 'int' ? floatToInt(to) : undefined;
    if (sameRepresentation(from, to)) return undefined;
    return to.kind === 'pointer' ? wrapPointer : wrapperOf(to);
  }
  if (to.kind === 'float') {
    const round = to.size === 4 ? Math.fround : undefined;
    if (from.kind === 'float' && from.size === to.size) return undefined;
    return round;
  }
  return undefined;
}

function sameRepresentation(a: CType, b: CType): boolean {
  const w = (t: CType): string =>
    t.kind === 'pointer'
      ? 'i64'
      : t.kind === 'int'
        ? t.size === 8
          ? 'i64'
          : `${t.size}${t.signed}${t.name}`
        : '?';
  return w(a) === w(b) && !(b.kind === 'int' && b.name === '_Bool');
}

function compileConvert(op: string, operand: Expr, to: CType, cx: Cx): EvS {
  switch (op) {
    case 'array-to-pointer':
      return compileAddr(operand, cx);
    case 'function-to-pointer':
      return compileValue(operand, cx);
    case 'to-void': {
      const v = compileScalar(operand, cx);
      return (w) => (v(w), 0);
    }
  }
  const v = compileScalar(operand, cx);
  const f = convertFn(operand.type, to);
  return f === undefined ? v : (w) => f(v(w));
}

function compileUnary(op: '-' | '+' | '~' | '!', operand: Expr, t: CType, cx: Cx): EvS {
  if (op === '!') {
    const c = compileCond(operand, cx);
    return (w) => (c(w) ? 0 : 1);
  }
  if (op === '+') return compileScalar(operand, cx);
  if (isWide(t)) {
    const v = compileWide(operand, cx);
    const f = unary64Of(op);
    return (w) => f(v(w));
  }
  const v = compileValue(operand, cx);
  const f = unaryOf(op, t);
  return (w) => f(v(w));
}

function compileBinary(e: Extract<Expr, { kind: 'binary' }>, cx: Cx): EvS {
  if (isCompare(e.op)) {
    const c = compileCond(e, cx);
    return (w) => (c(w) ? 1 : 0);
  }
  const op = e.op as ArithOp;
  const shift = op === '<<' || op === '>>';
  if (isWide(e.type)) {
    const l = compileWide(e.left, cx);
    const r = compileScalar(e.right, cx); // a shift count may have any integer type
    const f = arith64Of(op, isUnsigned64(e.type));
    return (w) => f(l(w), r(w));
  }
  const l = compileValue(e.left, cx);
  const r = shift ? compileLow32(e.right, cx) : compileValue(e.right, cx);
  const f = arithOf(op, e.type);
  return (w) => f(l(w), r(w));
}

const isCompare = (op: string): op is CompareOp =>
  op === '<' || op === '>' || op === '<=' || op === '>=' || op === '==' || op === '!=';

/** Truthiness of a scalar, specialised for comparisons, `!` and short-circuit operators. */
export function compileCond(e: Expr, cx: Cx): Cond {
  if (e.kind === 'binary' && isCompare(e.op)) {
    const fast = fastCompare(e.op, e.left, e.right);
    if (fast !== undefined) return fast;
    if (isWide(e.left.type)) {
      const c = compare64Of(e.op, e.left.type);
      const l = compileWide(e.left, cx);
      const r = compileWide(e.right, cx);
      return (w) => c(l(w), r(w));
    }
    const l = compileValue(e.left, cx);
    const r = compileValue(e.right, cx);
    return directCompare(e.op, l, r);
  }
  if (e.kind === 'unary' && e.op === '!') {
    const c = compileCond(e.operand, cx);
    return (w) => !c(w);
  }
  if (e.kind === 'logical' && !hasCall(e.right)) {
    const a = compileCond(e.left, cx);
    const b = compileCond(e.right, cx);
    return e.op === '&&' ? (w) => a(w) && b(w) : (w) => a(w) || b(w);
  }
  // An I64 is never a bigint zero, so `!== 0` is C truth for every scalar.
  const v = compileScalar(e, cx);
  return (w) => v(w) !== 0;
}

function directCompare(op: CompareOp, l: Ev, r: Ev): Cond {
  switch (op) {
    case '<':
      return (w) => l(w) < r(w);
    case '>':
      return (w) => l(w) > r(w);
    case '<=':
      return (w) => l(w) <= r(w);
    case '>=':
      return (w) => l(w) >= r(w);
    case '==':
      return (w) => l(w) === r(w);
    case '!=':
      return (w) => l(w) !== r(w);
  }
}
