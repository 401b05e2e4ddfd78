/** Integer and floating conversions of the scanf engine (%d %i %u %x %o %p, %f %e %g %a). */
import { emit, type Conversion, type Scan, type Stop } from './scan-input.ts';
import { integerBits } from './spec.ts';

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const isDigitOf = (c: string, base: number): boolean => {
  const d = DIGITS.indexOf(c.toLowerCase());
  return d >= 0 && d < base;
};

export function scanInteger(conv: Conversion, s: Scan): Stop | undefined {
  const { input } = s;
  if (input.peek() === undefined) return 'input';
  let max = conv.width ?? Infinity;
  const sign = input.takeWhile((c) => c === '-' || c === '+', Math.min(1, max));
  max -= sign.length;
  let base = { o: 8, x: 16, X: 16, p: 16, i: 0 }[conv.conv as 'o'] ?? 10;
  let digits = '';
  if ((base === 16 || base === 0) && input.peek() === '0' && max > 0) {
    input.pos++;
    max--;
    digits = '0';
    if (max > 0 && (input.peek() === 'x' || input.peek() === 'X')) {
      input.pos++;
      max--;
      base = 16;
      digits = '';
    } else if (base === 0) base = 8;
  }
  if (base === 0) base = 10;
  digits += input.takeWhile((c) => isDigitOf(c, base), max);
  if (digits === '') return 'match';
  const magnitude = parseBig(digits, base);
  const bits = conv.conv === 'p' ? 64 : integerBits(conv.length);
  const signedValue = sign === '-' ? -magnitude : magnitude;
  return emit(s, conv, { kind: 'int', value: BigInt.asIntN(64, signedValue), bits });
}

function parseBig(digits: string, base: number): bigint {
  let v = 0n;
  for (const c of digits.toLowerCase()) v = v * BigInt(base) + BigInt(DIGITS.indexOf(c));
  return v;
}

const FLOAT_PREFIX = /^[+-]?(?:inf(?:inity)?|nan|(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d*)?)/i;

/** Reads the longest prefix that is (or may still become) a floating constant, within the width. */
export function scanFloat(conv: Conversion, s: Scan): Stop | undefined {
  const { input } = s;
  if (input.peek() === undefined) return 'input';
  let text = '';
  const max = conv.width ?? Infinity;
  for (
    let c = input.peek();
    c !== undefined && text.length < max && /[0-9a-z.+-]/i.test(c);
    c = input.peek()
  ) {
    if (!isFloatPrefix(text + c)) break;
    text += c;
    input.pos++;
  }
  const valid = FLOAT_PREFIX.exec(text)?.[0] ?? '';
  if (valid === '' || /^[+-]?\.?$/.test(valid)) return 'match';
  const value = parseFloatText(valid);
  return emit(s, conv, { kind: 'float', value, bits: conv.length === 'l' || conv.length === 'L' ? 64 : 32 });
}

function isFloatPrefix(t: string): boolean {
  return /^[+-]?(?:(?:\d*\.?\d*(?:e[+-]?\d*)?)|i(?:n(?:f(?:i(?:n(?:i(?:t(?:y)?)?)?)?)?)?)?|n(?:a(?:n)?)?)$/i.test(
    t,
  );
}

function parseFloatText(t: string): number {
  const lower = t.toLowerCase();
  const negative = lower.startsWith('-');
  if (lower.includes('inf')) return negative ? -Infinity : Infinity;
  if (lower.includes('nan')) return NaN;
  return Number(lower.replace(/e[+-]?$/, ''));
}
