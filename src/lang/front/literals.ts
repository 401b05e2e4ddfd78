/**
 * Decoding of C literals: integer and floating constants, character constants, string literal
 * contents with escapes, and their encoding (UTF-8 narrow, UTF-16LE wide).
 */
import type { Loc } from './ast.ts';
import { failWith } from './error-words.ts';

export interface IntLiteral {
  /** The value, exact (a literal may exceed 2^53: `18446744073709551615ull`). */
  readonly value: bigint;
  readonly unsigned: boolean;
  /** 0 none, 1 `l`, 2 `ll` or `i64`. */
  readonly longs: number;
  readonly decimal: boolean;
}

export function isFloatLiteral(text: string): boolean {
  return /^0[xX]/.test(text) ? /[pP]/.test(text) : /[.eE]/.test(text);
}

export function parseIntLiteral(text: string, loc: Loc): IntLiteral {
  const m = /^(0[xX][0-9a-fA-F]+|0[bB][01]+|[0-9]+)([uU]?)(l|L|ll|LL|i64|I64)?([uU]?)$/.exec(text);
  if (!m) return failWith(loc, 'invalidNumber', { text });
  const digits = m[1] ?? '0';
  const octal = digits.length > 1 && /^0[0-9]/.test(digits);
  if (octal && /[89]/.test(digits)) failWith(loc, 'octalDigit', { text });
  const value = BigInt(octal ? `0o${digits.slice(1)}` : digits);
  if (value >= 1n << 64n) failWith(loc, 'integerTooLarge', { text });
  const suffix = (m[3] ?? '').toLowerCase();
  return {
    value,
    unsigned: (m[2] ?? '') !== '' || (m[4] ?? '') !== '',
    longs: suffix === 'l' ? 1 : suffix === '' ? 0 : 2,
    decimal: !/^0[xXbB]/.test(digits) && !octal,
  };
}

export function parseFloatLiteral(text: string, loc: Loc): { value: number; single: boolean } {
  const single = /[fF]$/.test(text);
  const body = text.replace(/[fFlL]$/, '');
  const hex = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?[0-9]+)$/.exec(body);
  if (hex) {
    // C99 hexadecimal floating constant: hex digits, a binary exponent.
    const [, whole = '', frac = '', exp = '0'] = hex;
    if (whole === '' && frac === '') failWith(loc, 'invalidNumber', { text });
    const mantissa = parseInt(`${whole}${frac}` || '0', 16) / 16 ** frac.length;
    return { value: mantissa * 2 ** Number(exp), single };
  }
  const value = Number(body);
  if (!/^([0-9]*\.[0-9]*|[0-9]+)([eE][+-]?[0-9]+)?$/.test(body) || Number.isNaN(value)) {
    failWith(loc, 'invalidNumber', { text });
  }
  return { value, single };
}

/** Code points of a quoted literal's contents (`text` without prefix and quotes). */
export function decodeEscapes(body: string, loc: Loc): number[] {
  const out: number[] = [];
  for (let i = 0; i < body.length;) {
    const c = body.codePointAt(i) ?? 0;
    if (c !== 0x5c) {
      out.push(c);
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    const e = body[i + 1] ?? '';
    i += 2;
    const simple: Record<string, number> = {
      n: 10,
      t: 9,
      r: 13,
      a: 7,
      b: 8,
      f: 12,
      v: 11,
      '\\': 92,
      "'": 39,
      '"': 34,
      '?': 63,
    };
    if (e in simple) out.push(simple[e] ?? 0);
    else if (e === 'u' || e === 'U') {
      // A universal character name (C99): exactly 4 or 8 hex digits.
      const n = e === 'u' ? 4 : 8;
      const hex = body.slice(i, i + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) failWith(loc, 'hexDigitsNeeded', { esc: e, n });
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) failWith(loc, 'invalidCharacter', { esc: e, hex });
      out.push(cp);
      i += n;
    } else if (e === 'x') {
      const m = /^[0-9a-fA-F]+/.exec(body.slice(i));
      if (!m) failWith(loc, 'hexEscapeEmpty');
      out.push(parseInt(m[0], 16));
      i += m[0].length;
    } else if (/[0-7]/.test(e)) {
      const m = /^[0-7]{0,2}/.exec(body.slice(i))?.[0] ?? '';
      out.push(parseInt(e + m, 8));
      i += m.length;
    } else failWith(loc, 'unknownEscape', { esc: e });
  }
  return out;
}

/** Splits `L"abc"` into its prefix and contents. */
export function splitQuoted(text: string): { wide: boolean; body: string } {
  const q = text.indexOf(text.endsWith("'") ? "'" : '"');
  const prefix = text.slice(0, q);
  return { wide: prefix === 'L' || prefix === 'u', body: text.slice(q + 1, -1) };
}

export function parseCharConstant(text: string, loc: Loc): number {
  const { wide, body } = splitQuoted(text);
  const cps = decodeEscapes(body, loc);
  if (cps.length === 0) failWith(loc, 'emptyCharConstant');
  const c = cps[0] ?? 0;
  if (wide) return c & 0xffff;
  if (cps.length > 1) {
    // MSVC: the characters fill the int from its high-order byte down ('ab' is 0x6162).
    if (cps.length > 4) failWith(loc, 'charConstantTooLong');
    return cps.reduce((v, x) => (v << 8) | (x & 0xff) | 0, 0);
  }
  // A narrow char is signed on Windows: '\xff' is -1.
  return c > 0x7f && c < 0x100 ? c - 0x100 : c;
}

/** Encodes code points: wide as UTF-16LE units, narrow as UTF-8 (escapes \xNN are raw bytes). */
export function encode(cps: readonly number[], wide: boolean, rawEscapes: readonly boolean[]): number[] {
  const units: number[] = [];
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i] ?? 0;
    if (wide) {
      if (c > 0xffff && !rawEscapes[i]) {
        const v = c - 0x10000;
        units.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
      } else units.push(c & 0xffff);
    } else if (c < 0x80 || rawEscapes[i]) units.push(c & 0xff);
    else units.push(...new TextEncoder().encode(String.fromCodePoint(c)));
  }
  return units;
}

/** Code points plus which of them came from a numeric escape (kept as raw units). */
export function decodeWithRaw(body: string, loc: Loc): { cps: number[]; raw: boolean[] } {
  const cps: number[] = [];
  const raw: boolean[] = [];
  // Decode piecewise so we know which units were written as numeric escapes.
  const re = /\\(x[0-9a-fA-F]+|[0-7]{1,3})/y;
  for (let i = 0; i < body.length;) {
    re.lastIndex = i;
    if (body[i] === '\\' && re.test(body)) {
      cps.push(...decodeEscapes(body.slice(i, re.lastIndex), loc));
      raw.push(true);
      i = re.lastIndex;
      continue;
    }
    const ucn = body[i] === '\\' ? (body[i + 1] === 'u' ? 6 : body[i + 1] === 'U' ? 10 : 2) : 0;
    const len = ucn || ((body.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
    cps.push(...decodeEscapes(body.slice(i, i + len), loc));
    raw.push(false);
    i += len;
  }
  return { cps, raw };
}
