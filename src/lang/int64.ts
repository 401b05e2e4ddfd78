/**
 * 64-bit integers as the simulator keeps them in flight: folded constants (front end), values of
 * compiled expressions (executor), native arguments and results. Shared by all three so that a
 * constant folds to exactly what the program would compute at run time.
 *
 * An `I64` is the signed two's-complement value of the 64 bits — for unsigned types too, so
 * `~0ULL` is -1 and a conversion between `long long` and `unsigned long long` changes nothing —
 * held as a JS number when it is a safe integer (|v| ≤ 2^53 − 1) and as a bigint otherwise.
 * The form is canonical: a bigint is never in the safe range and a number is never -0. So `===`
 * is equality, `v !== 0` is C truth, and `<`, `>` (which JS defines across number and bigint)
 * are the signed order. Values in the usual range stay numbers and take the fast paths below;
 * only values beyond ±2^53 pay for BigInt.
 *
 * Memory holds bytes, machine states hold no I64: a bigint never reaches a snapshot or a trace.
 */
export type I64 = number | bigint;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SAFE_BIG = BigInt(MAX_SAFE);
const TWO32 = 4294967296;
const TWO63 = 9223372036854775808;
const TWO64 = 18446744073709551616;
const TWO64_BIG = 1n << 64n;

/** 0x8000000000000000: what x64 gives for a floating value that does not fit (integer indefinite). */
export const I64_MIN = -(1n << 63n);

const isSafe = (r: number): boolean => r <= MAX_SAFE && r >= -MAX_SAFE;

/** The I64 of an integer given as a bigint, wrapped to 64 bits (two's complement). */
export function fromBig(x: bigint): I64 {
  const y = BigInt.asIntN(64, x);
  return y >= -MAX_SAFE_BIG && y <= MAX_SAFE_BIG ? Number(y) : y;
}

/** The I64 of an integral JS number of any magnitude (wrapped to 64 bits); NaN and ±∞ give 0. */
export function fromInteger(v: number): I64 {
  if (isSafe(v)) return v + 0;
  return Number.isFinite(v) ? fromBig(BigInt(Math.trunc(v))) : 0;
}

/** The value as a bigint (signed). */
export const toBig = (v: I64): bigint => (typeof v === 'bigint' ? v : BigInt(v));

/** The unsigned value (0 … 2^64 − 1) of the 64 bits. */
export const toUnsignedBig = (v: I64): bigint => BigInt.asUintN(64, toBig(v));

/** The low 32 bits as a signed 32-bit integer (C's conversion to int). */
export const low32 = (v: I64): number => (typeof v === 'number' ? v | 0 : Number(BigInt.asIntN(32, v)));

/** Whether the value is a negative signed value, i.e. 2^63 or more when read unsigned. */
const negative = (v: I64): boolean => v < 0;

// ---- arithmetic (wrapping modulo 2^64, as x64 does) --------------------------------------------

export function add(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (isSafe(r)) return r;
  }
  return fromBig(toBig(a) + toBig(b));
}

export function sub(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (isSafe(r)) return r;
  }
  return fromBig(toBig(a) - toBig(b));
}

export function mul(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') {
    // A product beyond 2^53 rounds to at least 2^53, so a safe result is exact.
    const r = a * b;
    if (isSafe(r)) return r + 0;
  }
  return fromBig(toBig(a) * toBig(b));
}

/** Signed division, truncating; `b` is not 0 (the caller raises the division fault). */
export function divS(a: I64, b: I64): I64 {
  // For safe integers `%` is exact, and so is dividing the exact multiple a - a % b.
  if (typeof a === 'number' && typeof b === 'number') return (a - (a % b)) / b + 0;
  return fromBig(toBig(a) / toBig(b));
}

/** Signed remainder, with the sign of the dividend; `b` is not 0. */
export function remS(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number') return (a % b) + 0;
  return fromBig(toBig(a) % toBig(b));
}

/** Unsigned division of the two values read as unsigned; `b` is not 0. */
export function divU(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number' && a >= 0 && b > 0) return (a - (a % b)) / b;
  return fromBig(toUnsignedBig(a) / toUnsignedBig(b));
}

export function remU(a: I64, b: I64): I64 {
  if (typeof a === 'number' && typeof b === 'number' && a >= 0 && b > 0) return a % b;
  return fromBig(toUnsignedBig(a) % toUnsignedBig(b));
}

const POW2: readonly number[] = Array.from({ length: 64 }, (_, i) => 2 ** i);

/** `a << n`, n already reduced to 0…63 (x64 masks the count). */
export function shl(a: I64, n: number): I64 {
  if (typeof a === 'number') {
    const r = a * (POW2[n] as number);
    if (isSafe(r)) return r + 0;
  }
  return fromBig(toBig(a) << BigInt(n));
}

/** Arithmetic right shift (signed types), n in 0…63. */
export function shrS(a: I64, n: number): I64 {
  if (typeof a === 'number') return Math.floor(a / (POW2[n] as number));
  return fromBig(a >> BigInt(n));
}

/** Logical right shift (unsigned types), n in 0…63. */
export function shrU(a: I64, n: number): I64 {
  if (typeof a === 'number' && a >= 0) return Math.floor(a / (POW2[n] as number));
  return fromBig(toUnsignedBig(a) >> BigInt(n));
}

/** The shift count of a 64-bit shift as x64 uses it: its low 6 bits. */
export const shiftCount = (n: I64): number => low32(n) & 63;

type Op32 = (x: number, y: number) => number;
type OpBig = (x: bigint, y: bigint) => bigint;

/** A bitwise operation: on int32 values directly (their 64-bit forms are sign extensions), on
 *  other safe values by 32-bit halves, beyond that in BigInt. */
function bitwise(op32: Op32, opBig: OpBig): (a: I64, b: I64) => I64 {
  return (a, b) => {
    if (typeof a === 'number' && typeof b === 'number') {
      if ((a | 0) === a && (b | 0) === b) return op32(a, b);
      const ha = Math.floor(a / TWO32);
      const hb = Math.floor(b / TWO32);
      const r = op32(ha, hb) * TWO32 + (op32(a - ha * TWO32, b - hb * TWO32) >>> 0);
      if (isSafe(r)) return r;
    }
    return fromBig(opBig(toBig(a), toBig(b)));
  };
}

export const and = bitwise(
  (x, y) => x & y,
  (x, y) => x & y,
);
export const or = bitwise(
  (x, y) => x | y,
  (x, y) => x | y,
);
export const xor = bitwise(
  (x, y) => x ^ y,
  (x, y) => x ^ y,
);

export function neg(a: I64): I64 {
  return typeof a === 'number' ? 0 - a : fromBig(-a);
}

export function not(a: I64): I64 {
  if (typeof a === 'number') {
    const r = -a - 1;
    if (isSafe(r)) return r;
  }
  return fromBig(~toBig(a));
}

// ---- comparisons --------------------------------------------------------------------------------

/** `a < b` with both read as unsigned: values of the same sign keep their order; a negative
 *  one is 2^63 or more. */
export const ltU = (a: I64, b: I64): boolean => (negative(a) === negative(b) ? a < b : negative(b));

// ---- conversions to and from floating point -----------------------------------------------------

/** The nearest double to the signed value. */
export const toDouble = (v: I64): number => (typeof v === 'number' ? v : Number(v));

/** The nearest double to the unsigned value. */
export function toDoubleU(v: I64): number {
  if (typeof v === 'number') return v >= 0 ? v : v + TWO64;
  return Number(v < 0n ? v + TWO64_BIG : v);
}

/** The nearest float (IEEE single) to the signed value, rounded once. */
export const toFloat32 = (v: I64): number =>
  typeof v === 'number' ? Math.fround(v) : Math.fround(roundToOdd53(v));

/** The nearest float to the unsigned value, rounded once. */
export const toFloat32U = (v: I64): number =>
  typeof v === 'number' && v >= 0 ? Math.fround(v) : Math.fround(roundToOdd53(toUnsignedBig(v)));

/** A double holding `x` rounded to 53 bits "to odd" (the lost bits kept as a sticky low bit), so
 *  that rounding it again to 24 bits gives the correctly rounded float. */
function roundToOdd53(x: bigint): number {
  const m = x < 0n ? -x : x;
  const extra = m.toString(2).length - 53;
  if (extra <= 0) return Number(x);
  const shift = BigInt(extra);
  const kept = (m >> shift) | ((m & ((1n << shift) - 1n)) === 0n ? 0n : 1n);
  const r = Number(kept) * 2 ** extra;
  return x < 0n ? -r : r;
}

/** A double converted to a signed 64-bit integer as MSVC on x64 does (`cvttsd2si`): truncated
 *  toward zero; NaN and values out of range give 0x8000000000000000. */
export function fromDouble(d: number): I64 {
  if (!(d >= -TWO63 && d < TWO63)) return I64_MIN;
  const t = Math.trunc(d) + 0;
  return isSafe(t) ? t : BigInt(t);
}

/** A double converted to an unsigned 64-bit integer as MSVC on x64 does (/fpcvt:BC, the
 *  default): values from 2^63 to 2^64 exactly; every other one as for the signed conversion
 *  (so -1.0 gives 0xFFFFFFFFFFFFFFFF and out-of-range values 0x8000000000000000). */
export function fromDoubleU(d: number): I64 {
  if (d >= TWO63 && d < TWO64) return fromBig(BigInt(d));
  return fromDouble(d);
}

/** A double converted to `int` as MSVC on x64 does: NaN and values out of range give INT_MIN. */
export const doubleToInt32 = (d: number): number => (d > -2147483649 && d < 2147483648 ? d | 0 : -2147483648);

/** A double converted to an integer type of `size` bytes as MSVC on x64 does: 64-bit types as
 *  above; `unsigned int` through `long long`, cut to 32 bits; `int`, `short` and `char` through
 *  `int` (`cvttsd2si`), then cut. (`_Bool` is the caller's: `d != 0`.) */
export function fromDoubleTo(d: number, size: number, signed: boolean): I64 {
  if (size === 8) return signed ? fromDouble(d) : fromDoubleU(d);
  if (size === 4) return signed ? doubleToInt32(d) : low32(fromDouble(d)) >>> 0;
  const i = doubleToInt32(d);
  const up = 32 - size * 8;
  return signed ? (i << up) >> up : i & ((1 << (size * 8)) - 1);
}

// ---- text ---------------------------------------------------------------------------------------

/** Decimal text of the value, signed or unsigned. */
export const toText = (v: I64, unsigned: boolean): string =>
  unsigned && negative(v) ? toUnsignedBig(v).toString() : String(v);
