/**
 * How C scalar values live in JS numbers, and the typed readers/writers the compiled closures
 * use. Chosen once per type at compile time, so the run-time closures never branch on types.
 *
 * Representation: integers of up to 32 bits are exact JS numbers in their type's range; 64-bit
 * integers and pointers are signed JS numbers (the two's-complement value), exact up to 2^53 —
 * so INVALID_HANDLE_VALUE is -1 and `(unsigned)h` is `h >>> 0`. Floats are JS numbers (float
 * rounded with Math.fround).
 */
import type { CType, IntType } from '../front/ast.ts';
import type { Memory } from './memory.ts';

export type Reader = (m: Memory, a: number) => number;
export type Writer = (m: Memory, a: number, v: number) => void;
export type Wrap = (v: number) => number;

const TWO32 = 4294967296;

export function readerOf(t: CType): Reader {
  if (t.kind === 'float') return t.size === 4 ? (m, a) => m.readF32(a) : (m, a) => m.readF64(a);
  if (t.kind === 'pointer') return (m, a) => m.readI64(a);
  if (t.kind !== 'int') return (_m, a) => a; // aggregates are handled by address
  switch (t.size) {
    case 1:
      return t.signed ? (m, a) => m.readI8(a) : (m, a) => m.readU8(a);
    case 2:
      return t.signed ? (m, a) => m.readI16(a) : (m, a) => m.readU16(a);
    case 4:
      return t.signed ? (m, a) => m.readI32(a) : (m, a) => m.readU32(a);
    default:
      return (m, a) => m.readI64(a);
  }
}

export function writerOf(t: CType): Writer {
  if (t.kind === 'float') return t.size === 4 ? (m, a, v) => m.writeF32(a, v) : (m, a, v) => m.writeF64(a, v);
  if (t.kind === 'pointer') return (m, a, v) => m.writeI64(a, v);
  if (t.kind !== 'int') return () => undefined;
  switch (t.size) {
    case 1:
      return (m, a, v) => m.writeU8(a, v & 0xff);
    case 2:
      return (m, a, v) => m.writeU16(a, v & 0xffff);
    case 4:
      return (m, a, v) => m.writeU32(a, v);
    default:
      return (m, a, v) => m.writeI64(a, v);
  }
}

/** Wraps an exact integer to the range of `t` (the C conversion to an integer type). */
export function wrapperOf(t: CType): Wrap {
  if (t.kind === 'pointer') return wrap64;
  if (t.kind === 'float') return t.size === 4 ? Math.fround : (v) => v;
  if (t.kind !== 'int') return (v) => v;
  if (t.name === '_Bool') return (v) => (v !== 0 ? 1 : 0);
  switch (t.size) {
    case 1:
      return t.signed ? (v) => (v << 24) >> 24 : (v) => v & 0xff;
    case 2:
      return t.signed ? (v) => (v << 16) >> 16 : (v) => v & 0xffff;
    case 4:
      return t.signed ? (v) => v | 0 : (v) => v >>> 0;
    default:
      return wrap64;
  }
}

/** The signed 64-bit value of an integer (both signed and unsigned 64-bit types use it). */
export function wrap64(v: number): number {
  if (Number.isSafeInteger(v)) return v;
  if (!Number.isFinite(v)) return 0;
  return Number(BigInt.asIntN(64, BigInt(Math.trunc(v))));
}

/** Unsigned view of a 64-bit value kept in signed form. */
export function asU64(v: number): bigint {
  return BigInt.asUintN(64, BigInt(v));
}

export const isInt = (t: CType): t is IntType => t.kind === 'int';
export const is64 = (t: CType): boolean => (t.kind === 'int' && t.size === 8) || t.kind === 'pointer';
export const isUnsigned64 = (t: CType): boolean => t.kind === 'int' && t.size === 8 && !t.signed;

/** Float to integer: truncate toward zero, then wrap (NaN and infinities become 0). */
export function floatToInt(t: CType): Wrap {
  const wrap = wrapperOf(t);
  return (v) => (Number.isFinite(v) ? wrap(Math.trunc(v)) : 0);
}

/** An unsigned 64-bit value kept signed, as a JS number for conversion to floating point. */
export function u64ToNumber(v: number): number {
  return v < 0 ? v + TWO32 * TWO32 : v;
}
