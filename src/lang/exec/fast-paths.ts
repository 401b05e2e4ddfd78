/**
 * Fused closures for the shapes hot loops are made of (`i <= end`, `total += i`, `i < 10`), on
 * 32-bit integer locals and constants. A generic closure tree costs one indirect call per node;
 * these read the frame directly. Purely an optimisation: each returns undefined when the shape
 * does not match, and the generic compiler handles it.
 */
import type { CompareOp, Expr } from '../front/ast.ts';
import type { Cond, Ev } from './compile-expr.ts';

type Operand = { readonly local: number } | { readonly value: number };

/** A 32-bit integer local (its frame offset) or a constant. */
function operand(e: Expr): Operand | undefined {
  if (e.kind === 'const-int' && e.type.kind === 'int' && e.type.size === 4) return { value: e.value };
  if (e.kind === 'load' && e.operand.kind === 'local' && e.type.kind === 'int' && e.type.size === 4) {
    return { local: e.operand.local.offset };
  }
  return undefined;
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
  switch (op) {
    case '<':
      return (w) => (w.mem.readI32(w.base + a) ^ k) < (w.mem.readI32(w.base + b) ^ k);
    case '<=':
      return (w) => (w.mem.readI32(w.base + a) ^ k) <= (w.mem.readI32(w.base + b) ^ k);
    case '>':
      return (w) => (w.mem.readI32(w.base + a) ^ k) > (w.mem.readI32(w.base + b) ^ k);
    case '>=':
      return (w) => (w.mem.readI32(w.base + a) ^ k) >= (w.mem.readI32(w.base + b) ^ k);
    case '==':
      return (w) => w.mem.readI32(w.base + a) === w.mem.readI32(w.base + b);
    case '!=':
      return (w) => w.mem.readI32(w.base + a) !== w.mem.readI32(w.base + b);
  }
}

function localConst(op: CompareOp, a: number, c: number, k: number): Cond {
  switch (op) {
    case '<':
      return (w) => (w.mem.readI32(w.base + a) ^ k) < c;
    case '<=':
      return (w) => (w.mem.readI32(w.base + a) ^ k) <= c;
    case '>':
      return (w) => (w.mem.readI32(w.base + a) ^ k) > c;
    case '>=':
      return (w) => (w.mem.readI32(w.base + a) ^ k) >= c;
    case '==':
      return (w) => (w.mem.readI32(w.base + a) ^ k) === c;
    case '!=':
      return (w) => (w.mem.readI32(w.base + a) ^ k) !== c;
  }
}

/** `local += x` / `local -= x` on a 32-bit integer local, x a local or constant of its type. */
export function fastAddAssign(op: string, target: Expr, value: Expr, opType: Expr['type']): Ev | undefined {
  const t = target.type;
  if ((op !== '+' && op !== '-') || target.kind !== 'local' || t.kind !== 'int' || t.size !== 4)
    return undefined;
  if (opType.kind !== 'int' || opType.size !== 4 || opType.signed !== t.signed) return undefined;
  const v = operand(value);
  if (v === undefined) return undefined;
  const a = target.local.offset;
  const sign = op === '-' ? -1 : 1;
  const unsigned = !t.signed;
  if ('value' in v) {
    const c = v.value * sign;
    return unsigned
      ? (w) => {
          const r = (w.mem.readU32(w.base + a) + c) >>> 0;
          w.mem.writeU32(w.base + a, r);
          return r;
        }
      : (w) => {
          const r = (w.mem.readI32(w.base + a) + c) | 0;
          w.mem.writeU32(w.base + a, r);
          return r;
        };
  }
  const b = v.local;
  return unsigned
    ? (w) => {
        const r = (w.mem.readU32(w.base + a) + sign * w.mem.readU32(w.base + b)) >>> 0;
        w.mem.writeU32(w.base + a, r);
        return r;
      }
    : (w) => {
        const r = (w.mem.readI32(w.base + a) + sign * w.mem.readI32(w.base + b)) | 0;
        w.mem.writeU32(w.base + a, r);
        return r;
      };
}
