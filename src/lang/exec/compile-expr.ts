/**
 * Typed expressions → closures. Every type decision is made here, once; the closures only do
 * the arithmetic and the memory accesses. A call inside an expression is lowered by
 * `lowerCall` into its own instruction (emitted before the closure runs) whose result the
 * closure reads from a frame temporary — so a step can stop at any call and resume from data.
 */
import type { CType, Expr } from '../front/ast.ts';
import { sizeOf } from '../front/types.ts';
import { arithOf, compareOf, unaryOf, type CmpFn } from './arith.ts';
import { bitAccess } from './bitfield.ts';
import { functionAddress, type Cx } from './emit.ts';
import { lowerCall, lowerCond, lowerLogical } from './lower.ts';
import { compileAssign, compileCompound, compileIncDec, initStore } from './compile-assign.ts';
import { fastCompare, fastLoadLocal } from './fast-paths.ts';
import { floatToInt, readerOf, u64ToNumber, wrap64, wrapperOf, isUnsigned64 } from './values.ts';
import type { Work } from './work.ts';

export type Ev = (w: Work) => number;
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

/** The value of `e`. Aggregates (struct, array) evaluate to their address. */
export function compileValue(e: Expr, cx: Cx): Ev {
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
      const i = compileValue(e.index, cx);
      const size = e.negate ? -e.elemSize : e.elemSize;
      return (w) => p(w) + i(w) * size;
    }
    case 'ptr-diff': {
      const l = compileValue(e.left, cx);
      const r = compileValue(e.right, cx);
      const size = e.elemSize || 1;
      return (w) => Math.trunc((l(w) - r(w)) / size);
    }
    case 'logical': {
      if (hasCall(e.right)) return lowerLogical(e, cx);
      const c = compileCond(e, cx);
      return (w) => (c(w) ? 1 : 0);
    }
    case 'cond': {
      if (hasCall(e.then) || hasCall(e.else)) return lowerCond(e, cx);
      const t = compileCond(e.test, cx);
      const a = compileValue(e.then, cx);
      const b = compileValue(e.else, cx);
      return (w) => (t(w) ? a(w) : b(w));
    }
    case 'comma': {
      if (hasCall(e.right)) {
        const l = compileValue(e.left, cx);
        cx.em?.emit((w) => void l(w));
        return compileValue(e.right, cx);
      }
      const l = compileValue(e.left, cx);
      const r = compileValue(e.right, cx);
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

function compileLoad(lv: Expr, cx: Cx): Ev {
  const t = lv.type;
  if (lv.kind === 'local') return fastLoadLocal(lv) ?? loadLocal(lv.local.offset, t);
  const a = compileAddr(lv, cx);
  if (lv.kind === 'member' && lv.bits) {
    const field = bitAccess(t, lv.bits);
    return (w) => field.read(w.mem, a(w));
  }
  const rd = readerOf(t);
  return (w) => rd(w.mem, a(w));
}

/** Loads of locals, the hottest path, specialised without an address closure. */
function loadLocal(off: number, t: CType): Ev {
  if (t.kind === 'int' && t.size === 4) {
    return t.signed ? (w) => w.mem.readI32(w.base + off) : (w) => w.mem.readU32(w.base + off);
  }
  if (t.kind === 'pointer' || (t.kind === 'int' && t.size === 8)) return (w) => w.mem.readI64(w.base + off);
  if (t.kind === 'int' && t.size === 2 && !t.signed) return (w) => w.mem.readU16(w.base + off);
  const rd = readerOf(t);
  return (w) => rd(w.mem, w.base + off);
}

/** The conversion of a value from type `from` to type `to` (identity when nothing changes). */
export function convertFn(from: CType, to: CType): ((v: number) => number) | undefined {
  if (to.kind === 'void') return () => 0;
  if (to.kind === 'int' && to.name === '_Bool') return (v) => (v !== 0 ? 1 : 0);
  if (to.kind === 'int' || to.kind === 'pointer') {
    if (from.kind === 'float') return floatToInt(to);
    if (sameRepresentation(from, to)) return undefined;
    return to.kind === 'pointer' ? wrap64 : wrapperOf(to);
  }
  if (to.kind === 'float') {
    const round = to.size === 4 ? Math.fround : undefined;
    if (isUnsigned64(from)) return round ? (v) => round(u64ToNumber(v)) : u64ToNumber;
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

function compileConvert(op: string, operand: Expr, to: CType, cx: Cx): Ev {
  switch (op) {
    case 'array-to-pointer':
      return compileAddr(operand, cx);
    case 'function-to-pointer':
      return compileValue(operand, cx);
    case 'to-void': {
      const v = compileValue(operand, cx);
      return (w) => (v(w), 0);
    }
  }
  const v = compileValue(operand, cx);
  const f = convertFn(operand.type, to);
  return f === undefined ? v : (w) => f(v(w));
}

function compileUnary(op: '-' | '+' | '~' | '!', operand: Expr, t: CType, cx: Cx): Ev {
  if (op === '!') {
    const c = compileCond(operand, cx);
    return (w) => (c(w) ? 0 : 1);
  }
  const v = compileValue(operand, cx);
  if (op === '+') return v;
  const f = unaryOf(op, t);
  return (w) => f(v(w));
}

function compileBinary(e: Extract<Expr, { kind: 'binary' }>, cx: Cx): Ev {
  if (isCompare(e.op)) {
    const c = compileCond(e, cx);
    return (w) => (c(w) ? 1 : 0);
  }
  const l = compileValue(e.left, cx);
  const r = compileValue(e.right, cx);
  const f = arithOf(e.op as Exclude<typeof e.op, '<' | '>' | '<=' | '>=' | '==' | '!='>, e.type);
  return (w) => f(l(w), r(w));
}

const isCompare = (op: string): op is '<' | '>' | '<=' | '>=' | '==' | '!=' =>
  op === '<' || op === '>' || op === '<=' || op === '>=' || op === '==' || op === '!=';

/** Truthiness of a scalar, specialised for comparisons, `!` and short-circuit operators. */
export function compileCond(e: Expr, cx: Cx): Cond {
  if (e.kind === 'binary' && isCompare(e.op)) {
    const fast = fastCompare(e.op, e.left, e.right);
    if (fast !== undefined) return fast;
    const l = compileValue(e.left, cx);
    const r = compileValue(e.right, cx);
    return directCompare(e.op, e.left.type, l, r);
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
  const v = compileValue(e, cx);
  return (w) => v(w) !== 0;
}

function directCompare(op: '<' | '>' | '<=' | '>=' | '==' | '!=', t: CType, l: Ev, r: Ev): Cond {
  if (isUnsigned64(t)) {
    const c: CmpFn = compareOf(op, t);
    return (w) => c(l(w), r(w));
  }
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
