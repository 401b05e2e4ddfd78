/**
 * <ctype.h>/<wctype.h> in the "C" locale: toupper/towupper, tolower/towlower, isdigit/iswdigit,
 * isspace/iswspace, isalpha/iswalpha. Classification answers 0 or a non-zero value (MSVC
 * returns the class bit; programs only test for non-zero).
 */
import type { Native } from '../native-api.ts';
import { arg, twins, value } from './define.ts';

/** Units the narrow forms pass through unchanged: EOF and anything outside a byte. */
const inByte = (c: number): boolean => c >= 0 && c <= 0xff;

function upper(c: number, w: 1 | 2): number {
  if (!inByte(c) && w === 1) return c;
  return c >= 97 && c <= 122
    ? c - 32
    : w === 2 && c > 0x7f
      ? String.fromCharCode(c).toUpperCase().charCodeAt(0)
      : c;
}

function lowerCase(c: number, w: 1 | 2): number {
  if (!inByte(c) && w === 1) return c;
  return c >= 65 && c <= 90
    ? c + 32
    : w === 2 && c > 0x7f
      ? String.fromCharCode(c).toLowerCase().charCodeAt(0)
      : c;
}

const DIGIT = 0x4;
const SPACE = 0x8;
const ALPHA = 0x103;

const isDigit = (c: number): number => (c >= 48 && c <= 57 ? DIGIT : 0);
const isSpace = (c: number): number => (c === 32 || (c >= 9 && c <= 13) ? SPACE : 0);
function isAlpha(c: number, w: 1 | 2): number {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return ALPHA;
  if (w === 2 && c > 0x7f && c <= 0xffff) return /\p{L}/u.test(String.fromCharCode(c)) ? ALPHA : 0;
  return 0;
}

export const CTYPE_NATIVES: readonly Native[] = [
  ...twins('toupper', 'towupper', (w) => (_ctx, a) => value(upper(arg(a, 0), w))),
  ...twins('tolower', 'towlower', (w) => (_ctx, a) => value(lowerCase(arg(a, 0), w))),
  ...twins('isdigit', 'iswdigit', () => (_ctx, a) => value(isDigit(arg(a, 0)))),
  ...twins('isspace', 'iswspace', () => (_ctx, a) => value(isSpace(arg(a, 0)))),
  ...twins('isalpha', 'iswalpha', (w) => (_ctx, a) => value(isAlpha(arg(a, 0), w))),
];
