/**
 * The parts of a printf/scanf conversion specification shared by both engines: length
 * modifiers (with MSVC's I64/I32/I and LLP64's 32-bit `long`) and the character width a
 * string or character conversion means in a narrow or a wide function.
 */
import type { CharWidth } from '../cstring.ts';

/** Length modifiers as written. `w` is MSVC's synonym for `l` on strings and characters. */
export type LengthModifier = '' | 'hh' | 'h' | 'l' | 'll' | 'L' | 'I64' | 'I32' | 'I' | 'z' | 'j' | 't' | 'w';

const LENGTHS: readonly LengthModifier[] = ['I64', 'I32', 'hh', 'll', 'h', 'l', 'L', 'I', 'z', 'j', 't', 'w'];

/** Reads a length modifier at `i`; returns it and the index after it. */
export function parseLength(fmt: string, i: number): [LengthModifier, number] {
  for (const m of LENGTHS) if (fmt.startsWith(m, i)) return [m, i + m.length];
  return ['', i];
}

/** Bits of an integer conversion with this modifier (Windows x64: long is 32 bits, size_t 64). */
export function integerBits(length: LengthModifier): 8 | 16 | 32 | 64 {
  switch (length) {
    case 'hh':
      return 8;
    case 'h':
      return 16;
    case 'll':
    case 'I64':
    case 'I':
    case 'z':
    case 'j':
    case 't':
      return 64;
    default:
      return 32;
  }
}

/**
 * The width of the characters a %s/%c (upper-case: %S/%C) conversion works on. MSVC rule: in a
 * wide function %s and %c mean wchar_t and %S/%C mean char; in a narrow one the reverse;
 * `h` forces char, `l`/`w` force wchar_t whatever the function.
 */
export function charWidthOf(conv: string, length: LengthModifier, fnWidth: CharWidth): CharWidth {
  if (length === 'h' || length === 'hh') return 1;
  if (length === 'l' || length === 'w') return 2;
  const upper = conv === 'S' || conv === 'C';
  if (fnWidth === 2) return upper ? 1 : 2;
  return upper ? 2 : 1;
}

/** Wraps an argument (a JS number, or a 64-bit integer as a bigint) to a two's-complement
 *  integer of `bits`, signed or not. */
export function wrapInteger(value: number | bigint, bits: number, signed: boolean): bigint {
  const v = typeof value === 'bigint' ? value : BigInt(Math.trunc(Number.isFinite(value) ? value : 0));
  return signed ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v);
}
