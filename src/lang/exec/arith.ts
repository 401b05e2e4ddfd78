/**
 * C arithmetic on JS numbers, specialised by type at compile time (see values.ts for the
 * representation). 32-bit integers wrap with `| 0` / `>>> 0` and `Math.imul`; 64-bit integers
 * are exact while they stay within 2^53 and fall back to BigInt otherwise. Division and
 * remainder by zero throw the Windows exception.
 */
import type { ArithOp, CompareOp, CType } from '../front/ast.ts';
import { divideByZero } from './faults.ts';
import { asU64, isUnsigned64, wrap64, wrapperOf } from './values.ts';

export type BinFn = (a: number, b: number) => number;

export function arithOf(op: ArithOp, t: CType): BinFn {
  if (t.kind === 'float') return floatOp(op, t.size === 4);
  if (t.kind === 'int' && t.size === 8) return op64(op, !t.signed);
  if (t.kind === 'pointer') return op64(op, false);
  const signed = t.kind === 'int' ? t.signed : true;
  return signed ? op32s(op) : op32u(op);
}

function op32s(op: ArithOp): BinFn {
  switch (op) {
    case '+':
      return (a, b) => (a + b) | 0;
    case '-':
      return (a, b) => (a - b) | 0;
    case '*':
      return Math.imul;
    case '/':
      return (a, b) => {
        if (b === 0) throw divideByZero();
        return (a / b) | 0;
      };
    case '%':
      return (a, b) => {
        if (b === 0) throw divideByZero();
        return (a % b) | 0;
      };
    case '<<':
      return (a, b) => a << (b & 31);
    case '>>':
      return (a, b) => a >> (b & 31);
    case '&':
      return (a, b) => a & b;
    case '|':
      return (a, b) => a | b;
    case '^':
      return (a, b) => a ^ b;
  }
}

function op32u(op: ArithOp): BinFn {
  switch (op) {
    case '+':
      return (a, b) => (a + b) >>> 0;
    case '-':
      return (a, b) => (a - b) >>> 0;
    case '*':
      return (a, b) => Math.imul(a, b) >>> 0;
    case '/':
      return (a, b) => {
        if (b === 0) throw divideByZero();
        return Math.floor((a >>> 0) / (b >>> 0)) >>> 0;
      };
    case '%':
      return (a, b) => {
        if (b === 0) throw divideByZero();
        return (a >>> 0) % (b >>> 0);
      };
    case '<<':
      return (a, b) => (a << (b & 31)) >>> 0;
    case '>>':
      return (a, b) => a >>> (b & 31);
    case '&':
      return (a, b) => (a & b) >>> 0;
    case '|':
      return (a, b) => (a | b) >>> 0;
    case '^':
      return (a, b) => (a ^ b) >>> 0;
  }
}

const small = (a: number, b: number): boolean => a === (a | 0) && b === (b | 0);

function big(fn: (x: bigint, y: bigint) => bigint, unsigned: boolean): BinFn {
  return (a, b) => {
    const x = unsigned ? asU64(a) : BigInt(a);
    const y = unsigned ? asU64(b) : BigInt(b);
    return Number(BigInt.asIntN(64, fn(x, y)));
  };
}

function op64(op: ArithOp, unsigned: boolean): BinFn {
  switch (op) {
    case '+':
      return (a, b) => wrap64(a + b);
    case '-':
      return (a, b) => wrap64(a - b);
    case '*': {
      const slow = big((x, y) => x * y, false);
      return (a, b) => {
        const r = a * b;
        return Number.isSafeInteger(r) ? r : slow(a, b);
      };
    }
    case '/':
    case '%': {
      const slow = big((x, y) => (op === '/' ? x / y : x % y), unsigned);
      return (a, b) => {
        if (b === 0) throw divideByZero();
        if (small(a, b) && (!unsigned || (a >= 0 && b >= 0))) return op === '/' ? Math.trunc(a / b) : a % b;
        return slow(a, b);
      };
    }
    case '<<':
      return big((x, y) => x << (y & 63n), unsigned);
    case '>>':
      return big((x, y) => x >> (y & 63n), unsigned);
    case '&':
      return fast64(
        (a, b) => a & b,
        big((x, y) => x & y, unsigned),
      );
    case '|':
      return fast64(
        (a, b) => a | b,
        big((x, y) => x | y, unsigned),
      );
    case '^':
      return fast64(
        (a, b) => a ^ b,
        big((x, y) => x ^ y, unsigned),
      );
  }
}

/** Bitwise operations on values that fit in 32 bits agree with the 64-bit result. */
function fast64(fast: BinFn, slow: BinFn): BinFn {
  return (a, b) => (small(a, b) ? fast(a, b) : slow(a, b));
}

function floatOp(op: ArithOp, single: boolean): BinFn {
  const r = single ? Math.fround : (v: number) => v;
  switch (op) {
    case '+':
      return (a, b) => r(a + b);
    case '-':
      return (a, b) => r(a - b);
    case '*':
      return (a, b) => r(a * b);
    case '/':
      return (a, b) => r(a / b);
    default:
      return () => 0; // the checker rejects the others on floating operands
  }
}

export type CmpFn = (a: number, b: number) => boolean;

/** Comparison of two values of type `t` (the operands' common type). */
export function compareOf(op: CompareOp, t: CType): CmpFn {
  const plain = plainCompare(op);
  if (!isUnsigned64(t)) return plain;
  const slow = (a: number, b: number): boolean => plain(Number(asU64(a) - asU64(b)), 0);
  return (a, b) => (a >= 0 && b >= 0 ? plain(a, b) : slow(a, b));
}

function plainCompare(op: CompareOp): CmpFn {
  switch (op) {
    case '<':
      return (a, b) => a < b;
    case '>':
      return (a, b) => a > b;
    case '<=':
      return (a, b) => a <= b;
    case '>=':
      return (a, b) => a >= b;
    case '==':
      return (a, b) => a === b;
    case '!=':
      return (a, b) => a !== b;
  }
}

/** `-x` and `~x` of type `t`. */
export function unaryOf(op: '-' | '~', t: CType): (v: number) => number {
  const wrap = wrapperOf(t);
  if (t.kind === 'float') return op === '-' ? (v) => -v : (v) => v;
  if (op === '-') return (v) => wrap(-v);
  return t.kind === 'int' && t.size === 8 ? (v) => wrap64(-v - 1) : (v) => wrap(~v);
}
