/**
 * C arithmetic, specialised by type at compile time (see values.ts for the representation).
 * 32-bit integers wrap with `| 0` / `>>> 0` and `Math.imul`; 64-bit integers are I64s, exact
 * everywhere (../int64.ts). Division and remainder by zero throw the Windows exception.
 */
import type { ArithOp, CompareOp, CType } from '../front/ast.ts';
import * as I from '../int64.ts';
import type { I64 } from '../int64.ts';
import { divideByZero } from './faults.ts';
import { isUnsigned64, isWide, wrapperOf, type Scalar } from './values.ts';

export type BinFn = (a: number, b: number) => number;

/** `op` on values of type `t`, a type other than a 64-bit integer (see `arith64Of`). */
export function arithOf(op: ArithOp, t: CType): BinFn {
  if (t.kind === 'float') return floatOp(op, t.size === 4);
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

export type BinFn64 = (a: I64, b: I64) => I64;

/** An operation on 64-bit integers (int64.ts: numbers while the values stay within ±2^53,
 *  BigInt beyond); division by zero faults. Shift counts use their low 6 bits, as x64 does. */
export function arith64Of(op: ArithOp, unsigned: boolean): BinFn64 {
  switch (op) {
    case '+':
      return I.add;
    case '-':
      return I.sub;
    case '*':
      return I.mul;
    case '/': {
      const div = unsigned ? I.divU : I.divS;
      return (a, b) => {
        if (b === 0) throw divideByZero();
        return div(a, b);
      };
    }
    case '%': {
      const rem = unsigned ? I.remU : I.remS;
      return (a, b) => {
        if (b === 0) throw divideByZero();
        return rem(a, b);
      };
    }
    case '<<':
      return (a, b) => I.shl(a, I.shiftCount(b));
    case '>>':
      return unsigned ? (a, b) => I.shrU(a, I.shiftCount(b)) : (a, b) => I.shrS(a, I.shiftCount(b));
    case '&':
      return I.and;
    case '|':
      return I.or;
    case '^':
      return I.xor;
  }
}

/** `op` on values of any arithmetic type `t` (for compound assignment, whose operation type is
 *  known only as a type): the 64-bit form for 64-bit integers, the number form otherwise. */
export function scalarArithOf(op: ArithOp, t: CType): (a: Scalar, b: Scalar) => Scalar {
  if (isWide(t)) return arith64Of(op, !(t.kind === 'int' && t.signed));
  return arithOf(op, t) as (a: Scalar, b: Scalar) => Scalar;
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

export type CmpFn64 = (a: I64, b: I64) => boolean;

/** Comparison of two 64-bit values of type `t`: JS compares numbers and bigints by value, which
 *  is the signed order; unsigned order differs only between values of different signs. */
export function compare64Of(op: CompareOp, t: CType): CmpFn64 {
  const lt: CmpFn64 = isUnsigned64(t) ? I.ltU : (a, b) => a < b;
  switch (op) {
    case '<':
      return lt;
    case '>':
      return (a, b) => lt(b, a);
    case '<=':
      return (a, b) => !lt(b, a);
    case '>=':
      return (a, b) => !lt(a, b);
    case '==':
      return (a, b) => a === b;
    case '!=':
      return (a, b) => a !== b;
  }
}

/** `-x` and `~x` of type `t`, not a 64-bit integer. */
export function unaryOf(op: '-' | '~', t: CType): (v: number) => number {
  const wrap = wrapperOf(t);
  if (t.kind === 'float') return op === '-' ? (v) => -v : (v) => v;
  if (op === '-') return (v) => wrap(-v);
  return (v) => wrap(~v);
}

/** `-x` and `~x` of a 64-bit integer type. */
export const unary64Of = (op: '-' | '~'): ((v: I64) => I64) => (op === '-' ? I.neg : I.not);
