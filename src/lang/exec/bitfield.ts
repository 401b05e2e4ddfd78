/**
 * Bit-fields: reads and writes of `width` bits inside a storage unit (an integer object of the
 * field's declared type). Reading sign-extends a signed field; writing keeps the unit's other
 * bits. Units of up to 32 bits use 32-bit operations; 64-bit units go through BigInt, and their
 * fields' values are I64s (../int64.ts).
 */
import type { BitField, CType } from '../front/ast.ts';
import { fromBig, fromInteger, toBig, type I64 } from '../int64.ts';
import type { Memory } from './memory.ts';

export interface BitAccess {
  /** The field's value, from the unit at `a`. */
  readonly read: (m: Memory, a: number) => number;
  /** Stores `v` into the field of the unit at `a`; returns the value the field now holds (cut
   *  to the width, sign-extended when signed). */
  readonly write: (m: Memory, a: number, v: number) => number;
}

/** Access to a bit-field of a type other than a 64-bit integer. */
export function bitAccess(t: CType, bits: BitField): BitAccess {
  const size = t.kind === 'int' ? t.size : 4;
  const signed = t.kind === 'int' && t.signed;
  const field = size === 8 ? asNumbers(wideBitAccess(t, bits)) : narrow(size, bits, signed);
  if (t.kind !== 'int' || t.name !== '_Bool') return field;
  // A _Bool field stores 1 for any nonzero value (`b++`, `b += 2` included).
  const bool = (v: number): number => (v !== 0 ? 1 : 0);
  return { read: field.read, write: (m, a, v) => field.write(m, a, bool(v)) };
}

/** A bit-field of a 64-bit integer type, whose values are I64s. */
export interface WideBitAccess {
  readonly read: (m: Memory, a: number) => I64;
  readonly write: (m: Memory, a: number, v: I64) => I64;
}

export function wideBitAccess(t: CType, bits: BitField): WideBitAccess {
  return wide(bits, t.kind === 'int' && t.signed);
}

function asNumbers(f: WideBitAccess): BitAccess {
  return { read: (m, a) => Number(f.read(m, a)), write: (m, a, v) => Number(f.write(m, a, fromInteger(v))) };
}

function narrow(size: 1 | 2 | 4, { width, shift }: BitField, signed: boolean): BitAccess {
  const mask = width === 32 ? 0xffffffff : 2 ** width - 1;
  const up = 32 - width;
  const cut = signed ? (v: number) => ((v & mask) << up) >> up : (v: number) => (v & mask) >>> 0;
  const rd: (m: Memory, a: number) => number =
    size === 1 ? (m, a) => m.readU8(a) : size === 2 ? (m, a) => m.readU16(a) : (m, a) => m.readU32(a);
  const wr: (m: Memory, a: number, u: number) => void =
    size === 1
      ? (m, a, u) => m.writeU8(a, u & 0xff)
      : size === 2
        ? (m, a, u) => m.writeU16(a, u & 0xffff)
        : (m, a, u) => m.writeU32(a, u);
  const keep = ~(mask << shift);
  return {
    read: (m, a) => cut(rd(m, a) >>> shift),
    write: (m, a, v) => {
      const x = toInt32(v);
      wr(m, a, ((rd(m, a) & keep) | ((x & mask) << shift)) >>> 0);
      return cut(x);
    },
  };
}

/** The low 32 bits of an integer value kept as a JS number (exact, possibly beyond 2^32). */
function toInt32(v: number): number {
  return Number.isSafeInteger(v) || !Number.isFinite(v) ? v | 0 : Number(BigInt.asIntN(32, BigInt(v)));
}

function wide({ width, shift }: BitField, signed: boolean): WideBitAccess {
  const s = BigInt(shift);
  const mask = (1n << BigInt(width)) - 1n;
  const cut = (x: bigint): I64 => fromBig(signed ? BigInt.asIntN(width, x) : BigInt.asUintN(width, x));
  const unitOf = (m: Memory, a: number): bigint => toBig(m.readInt64(a));
  return {
    read: (m, a) => cut(unitOf(m, a) >> s),
    write: (m, a, v) => {
      const x = toBig(v);
      m.writeInt64(a, fromBig((unitOf(m, a) & ~(mask << s)) | ((x & mask) << s)));
      return cut(x);
    },
  };
}
