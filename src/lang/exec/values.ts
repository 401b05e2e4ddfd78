/**
 * How C scalar values live in JS values, and the typed readers/writers the compiled closures
 * use. Chosen once per type at compile time, so the run-time closures never branch on types.
 *
 * Representation: integers of up to 32 bits are exact JS numbers in their type's range; 64-bit
 * integers (`long long`, `size_t`, `ULONGLONG`, …) are `I64`s (../int64.ts): their signed
 * two's-complement value, a number within ±2^53 and a bigint beyond — so `~0ULL` is -1 and a
 * conversion between signed and unsigned 64-bit types changes nothing. Pointers (and handles)
 * are signed JS numbers: every address the layout hands out is far below 2^53, and
 * INVALID_HANDLE_VALUE is -1. Floats are JS numbers (float rounded with Math.fround).
 *
 * `Scalar` is what a closure of unknown type yields: a number for every type except the 64-bit
 * integers, whose closures yield I64s. The type of the expression, known at compile time, says
 * which; the few generic paths (stores, arguments, temporaries) pick their reader or writer by it.
 */
import type { CType, IntType } from '../front/ast.ts';
import { doubleToInt32, fromBig, fromDoubleTo, fromInteger, type I64 } from '../int64.ts';
import type { Memory } from './memory.ts';

export type Scalar = number | I64;
export type Reader = (m: Memory, a: number) => number;
export type Writer = (m: Memory, a: number, v: number) => void;
export type Wrap = (v: number) => number;
export type ScalarReader = (m: Memory, a: number) => Scalar;
export type ScalarWriter = (m: Memory, a: number, v: Scalar) => void;

/** A 64-bit integer type (signed or not): its values are I64s. Pointers are not. */
export const isWide = (t: CType): boolean => t.kind === 'int' && t.size === 8;
export const isInt = (t: CType): t is IntType => t.kind === 'int';
export const isUnsigned64 = (t: CType): boolean => t.kind === 'int' && t.size === 8 && !t.signed;

/** A reader of a scalar of type `t` that is not a 64-bit integer (for those: `loadOf`). */
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

/** A writer of a scalar of type `t` that is not a 64-bit integer (for those: `storeOf`). */
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

/** The reader of any scalar type (64-bit integers exactly). */
export function loadOf(t: CType): ScalarReader {
  return isWide(t) ? (m, a) => m.readInt64(a) : readerOf(t);
}

/** The writer of any scalar type. A closure of a type other than a 64-bit integer yields
 *  numbers only (see above), so its writer may take the Scalar. */
export function storeOf(t: CType): ScalarWriter {
  return isWide(t) ? (m, a, v) => m.writeInt64(a, v) : (writerOf(t) as ScalarWriter);
}

/** Wraps an exact integer to the range of `t`, a type other than a 64-bit integer (the C
 *  conversion to an integer type). */
export function wrapperOf(t: CType): Wrap {
  if (t.kind === 'pointer') return wrapPointer;
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
      return wrapPointer;
  }
}

/** A pointer value computed as a JS number: kept when it is a safe integer, otherwise (only
 *  for garbage addresses far outside the layout) the nearest double of its 64-bit wrap. */
export function wrapPointer(v: number): number {
  if (Number.isSafeInteger(v)) return v;
  return Number(fromInteger(v));
}

/** The I64 a native gave for a 64-bit result (a number of any magnitude, or a bigint). */
export const i64Of = (v: number | bigint): I64 => (typeof v === 'number' ? fromInteger(v) : fromBig(v));

/** Floating to an integer type, as MSVC on x64 converts (int64.ts `fromDoubleTo`): the value
 *  truncated toward zero when it fits; NaN and values out of range as the x64 instructions give. */
export function floatToInt(t: IntType): (v: number) => Scalar {
  if (t.name === '_Bool') return (v) => (v !== 0 ? 1 : 0);
  if (t.size === 4 && t.signed) return doubleToInt32;
  const size = t.size;
  const signed = t.signed;
  return (v) => fromDoubleTo(v, size, signed);
}
