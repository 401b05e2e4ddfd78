/**
 * Fused closures for the shapes hot loops are made of (`i <= end`, `total += i`, `i++`), on
 * 32-bit integer locals and constants. A generic closure tree costs one indirect call per node;
 * these read the frame directly (`ld`, `st`). Purely an optimisation: each returns undefined
 * when the shape does not match, and the generic compiler handles it.
 */
import type { CompareOp, Expr } from '../front/ast.ts';
import type { Cond, Ev } from './compile-expr.ts';
import type { Work } from './work.ts';

/** A 32-bit local at frame offset `off` (4-aligned; `off >> 2` precomputed as `k`), through the
 *  frame's word view when there is one. Kept in this module so that every bundling inlines it. */
function ld(w: Work, off: number, k: number): number {
  const f = w.fw;
  return f !== undefined ? (f[w.fo + k] as number) : w.mem.readI32(w.base + off);
}

function st(w: Work, off: number, k: number, v: number): void {
  const f = w.fw;
  if (f !== undefined) f[w.fo + k] = v;
  else w.mem.writeU32(w.base + off, v);
}

type Operand = { readonly local: number } | { readonly value: number };

/** A 4-aligned 32-bit integer local of the current frame. */
export function int32Local(e: Expr): number | undefined {
  return e.kind === 'local' && e.type.kind === 'int' && e.type.size === 4 && (e.local.offset & 3) === 0
    ? e.local.offset
    : undefined;
}

/** A 32-bit integer local (its frame offset) or a constant. */
function operand(e: Expr): Operand | undefined {
  // A constant of a 32-bit type is a number (only 64-bit constants may be bigints).
  if (e.kind === 'const-int' && e.type.kind === 'int' && e.type.size === 4)
    return { value: e.value as number };
  const off =
    e.kind === 'load' && e.type.kind === 'int' && e.type.size === 4 ? int32Local(e.operand) : undefined;
  return off === undefined ? undefined : { local: off };
}

/** `x OP y` over int/unsigned locals and constants. Unsigned order is signed order after
 *  flipping the sign bit, so one closure per shape serves both. */
export function fastCompare(op: CompareOp, left: Expr, right: Expr): Cond | undefined {
  const t = left.type;
  if (t.kind !== 'int' || t.size !== 4) return undefined;
  const l = operand(left);
  const r = operand(right);
  if (l === undefined || r === undefined || !('local' in l)) return undefined;
  const bias = t.signed ? 0 : 0x80000000 | 0;
  const a = l.local;
  if ('local' in r) return localLocal(op, a, r.local, bias);
  return localConst(op, a, (r.value | 0) ^ bias, bias);
}

function localLocal(op: CompareOp, a: number, b: number, k: number): Cond {
  const i = a >> 2;
  const j = b >> 2;
  switch (op) {
    case '<':
      return (w) => (ld(w, a, i) ^ k) < (ld(w, b, j) ^ k);
    case '<=':
      return (w) => (ld(w, a, i) ^ k) <= (ld(w, b, j) ^ k);
    case '>':
      return (w) => (ld(w, a, i) ^ k) > (ld(w, b, j) ^ k);
    case '>=':
      return (w) => (ld(w, a, i) ^ k) >= (ld(w, b, j) ^ k);
    case '==':
      return (w) => ld(w, a, i) === ld(w, b, j);
    case '!=':
      return (w) => ld(w, a, i) !== ld(w, b, j);
  }
}

function localConst(op: CompareOp, a: number, c: number, k: number): Cond {
  const i = a >> 2;
  switch (op) {
    case '<':
      return (w) => (ld(w, a, i) ^ k) < c;
    case '<=':
      return (w) => (ld(w, a, i) ^ k) <= c;
    case '>':
      return (w) => (ld(w, a, i) ^ k) > c;
    case '>=':
      return (w) => (ld(w, a, i) ^ k) >= c;
    case '==':
      return (w) => (ld(w, a, i) ^ k) === c;
    case '!=':
      return (w) => (ld(w, a, i) ^ k) !== c;
  }
}

/** `local += x` / `local -= x` on a 32-bit integer local, x a local or constant of its type. */
export function fastAddAssign(op: string, target: Expr, value: Expr, opType: Expr['type']): Ev | undefined {
  const t = target.type;
  const a = int32Local(target);
  if ((op !== '+' && op !== '-') || a === undefined || t.kind !== 'int') return undefined;
  if (opType.kind !== 'int' || opType.size !== 4 || opType.signed !== t.signed) return undefined;
  const v = operand(value);
  if (v === undefined) return undefined;
  const i = a >> 2;
  const sign = op === '-' ? -1 : 1;
  const unsigned = !t.signed;
  if ('value' in v) {
    const c = v.value * sign;
    return unsigned
      ? (w) => {
          const r = ((ld(w, a, i) >>> 0) + c) >>> 0;
          st(w, a, i, r);
          return r;
        }
      : (w) => {
          const r = (ld(w, a, i) + c) | 0;
          st(w, a, i, r);
          return r;
        };
  }
  const b = v.local;
  const j = b >> 2;
  return unsigned
    ? (w) => {
        const r = ((ld(w, a, i) >>> 0) + sign * (ld(w, b, j) >>> 0)) >>> 0;
        st(w, a, i, r);
        return r;
      }
    : (w) => {
        const r = (ld(w, a, i) + sign * ld(w, b, j)) | 0;
        st(w, a, i, r);
        return r;
      };
}

/** `++x`, `x++`, `--x`, `x--` on a 32-bit integer local: one closure, no reader or wrapper calls. */
export function fastIncDec(target: Expr, delta: number, prefix: boolean): Ev | undefined {
  const t = target.type;
  const a = int32Local(target);
  if (a === undefined || t.kind !== 'int') return undefined;
  const i = a >> 2;
  if (t.signed) {
    return prefix
      ? (w) => {
          const r = (ld(w, a, i) + delta) | 0;
          st(w, a, i, r);
          return r;
        }
      : (w) => {
          const old = ld(w, a, i);
          st(w, a, i, (old + delta) | 0);
          return old;
        };
  }
  return prefix
    ? (w) => {
        const r = ((ld(w, a, i) >>> 0) + delta) >>> 0;
        st(w, a, i, r);
        return r;
      }
    : (w) => {
        const old = ld(w, a, i) >>> 0;
        st(w, a, i, (old + delta) >>> 0);
        return old;
      };
}

/** Loads of 32-bit integer locals. */
export function fastLoadLocal(e: Expr): Ev | undefined {
  const a = int32Local(e);
  if (a === undefined || e.type.kind !== 'int') return undefined;
  const i = a >> 2;
  return e.type.signed ? (w) => ld(w, a, i) : (w) => ld(w, a, i) >>> 0;
}

/** `local = value` on a 32-bit integer local (the value already converted to its type). */
export function fastStoreLocal(target: Expr, v: Ev): Ev | undefined {
  const a = int32Local(target);
  if (a === undefined) return undefined;
  const i = a >> 2;
  return (w) => {
    const x = v(w);
    st(w, a, i, x);
    return x;
  };
}
