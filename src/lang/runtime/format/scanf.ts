/**
 * The scanf scanning engine (MSVC semantics), shared by scanf/wscanf/fscanf/fwscanf/sscanf/
 * swscanf. Pure: it scans a JS string and returns what to assign, how many characters were
 * consumed and the C return value; the natives write the values through the pointer arguments.
 *
 * Input that may grow (the console) is scanned with `atEnd = false`: if the scan needs to look
 * past the text it has, the result is `need-more` and nothing may be consumed — the caller
 * retries with more text, as a line-buffered console read waits for the next line.
 */
import type { CharWidth } from '../cstring.ts';
import { charWidthOf, integerBits, parseLength, type LengthModifier } from './spec.ts';

export type ScanValue =
  | { readonly kind: 'int'; readonly value: bigint; readonly bits: 8 | 16 | 32 | 64 }
  | { readonly kind: 'float'; readonly value: number; readonly bits: 32 | 64 }
  /** Characters for %c (no terminator) or %s / %[ (terminated), in the target's width. */
  | { readonly kind: 'chars'; readonly text: string; readonly width: CharWidth; readonly terminate: boolean }
  /** %n: characters consumed so far (not counted in the return value). */
  | { readonly kind: 'count'; readonly value: bigint; readonly bits: 8 | 16 | 32 | 64 };

export type ScanResult =
  | {
      readonly status: 'done';
      /** Values for the non-suppressed conversions, in argument order. */
      readonly values: readonly ScanValue[];
      /** The C return value: the number of assigned conversions, or EOF (-1). */
      readonly result: number;
      /** Characters of the input the scan consumed. */
      readonly consumed: number;
    }
  | { readonly status: 'need-more' };

export const EOF = -1;

class NeedMore {}

/** A read position over input that may be incomplete. */
class Input {
  pos = 0;
  constructor(
    private readonly text: string,
    private readonly atEnd: boolean,
  ) {}
  /** The character at the position, undefined at end of input; throws NeedMore if not known yet. */
  peek(): string | undefined {
    if (this.pos < this.text.length) return this.text[this.pos];
    if (this.atEnd) return undefined;
    throw new NeedMore();
  }
  skipSpace(): void {
    for (let c = this.peek(); c !== undefined && isSpace(c); c = this.peek()) this.pos++;
  }
  /** Takes characters while `ok` holds, at most `max`. */
  takeWhile(ok: (c: string) => boolean, max: number): string {
    let s = '';
    for (let c = s.length < max ? this.peek() : undefined; c !== undefined && ok(c);) {
      s += c;
      this.pos++;
      c = s.length < max ? this.peek() : undefined;
    }
    return s;
  }
}

const isSpace = (c: string): boolean => c === ' ' || (c >= '\t' && c <= '\r');

/** Why scanning stopped early: the input ran out (EOF if nothing was converted) or did not match. */
type Stop = 'input' | 'match';

interface Conversion {
  readonly suppress: boolean;
  readonly width: number | undefined;
  readonly length: LengthModifier;
  readonly conv: string;
  /** For %[: membership in the scan set. */
  readonly inSet?: (c: string) => boolean;
}

interface Scan {
  readonly input: Input;
  readonly fnWidth: CharWidth;
  readonly values: ScanValue[];
  assigned: number;
  /** A conversion (assigned or suppressed) has completed: EOF is no longer the result. */
  converted: boolean;
}

/** Scans `text` against `fmt`. `fnWidth` is the function's character width (MSVC %s/%S rule). */
export function scan(fmt: string, text: string, atEnd: boolean, fnWidth: CharWidth): ScanResult {
  const s: Scan = { input: new Input(text, atEnd), fnWidth, values: [], assigned: 0, converted: false };
  let stop: Stop | undefined;
  try {
    stop = scanDirectives(fmt, s);
  } catch (e) {
    if (e instanceof NeedMore) return { status: 'need-more' };
    throw e;
  }
  const result = stop === 'input' && !s.converted ? EOF : s.assigned;
  return { status: 'done', values: s.values, result, consumed: s.input.pos };
}

function scanDirectives(fmt: string, s: Scan): Stop | undefined {
  let i = 0;
  while (i < fmt.length) {
    const f = fmt[i] ?? '';
    if (isSpace(f)) {
      s.input.skipSpace();
      i++;
      continue;
    }
    if (f !== '%' || fmt[i + 1] === '%') {
      if (f === '%') s.input.skipSpace();
      const c = s.input.peek();
      if (c === undefined) return 'input';
      if (c !== f) return 'match';
      s.input.pos++;
      i += f === '%' ? 2 : 1;
      continue;
    }
    const parsed = parseConversion(fmt, i + 1);
    if (parsed === undefined) return 'match';
    const stop = convert(parsed[0], s);
    if (stop !== undefined) return stop;
    i = parsed[1];
  }
  return undefined;
}

/** Parses `*`, width, length and the conversion (with its scan set) after a '%'. */
function parseConversion(fmt: string, start: number): [Conversion, number] | undefined {
  let i = start;
  const suppress = fmt[i] === '*';
  if (suppress) i++;
  let j = i;
  while (/[0-9]/.test(fmt[j] ?? '')) j++;
  const width = j > i ? Number(fmt.slice(i, j)) : undefined;
  const [length, k] = parseLength(fmt, j);
  const conv = fmt[k];
  if (conv === undefined) return undefined;
  if (conv !== '[') return [{ suppress, width, length, conv }, k + 1];
  const set = parseScanSet(fmt, k + 1);
  if (set === undefined) return undefined;
  return [{ suppress, width, length, conv, inSet: set[0] }, set[1]];
}

/** `%[abc]`, `%[^\n]`, `%[]x]`, `%[a-z]`: returns the membership test and the index after ']'. */
function parseScanSet(fmt: string, start: number): [(c: string) => boolean, number] | undefined {
  let i = start;
  const negate = fmt[i] === '^';
  if (negate) i++;
  const close = fmt.indexOf(']', fmt[i] === ']' ? i + 1 : i);
  if (close < 0) return undefined;
  const body = fmt.slice(i, close);
  const inBody = (c: string): boolean => {
    for (let k = 0; k < body.length; k++) {
      const lo = body[k] ?? '';
      const hi = body[k + 2];
      if (body[k + 1] === '-' && hi !== undefined && lo <= hi) {
        if (c >= lo && c <= hi) return true;
        k += 2;
      } else if (c === lo) return true;
    }
    return false;
  };
  return [(c) => inBody(c) !== negate, close + 1];
}

function emit(s: Scan, conv: Conversion, v: ScanValue): undefined {
  s.converted = true;
  if (conv.suppress) return undefined;
  s.values.push(v);
  if (v.kind !== 'count') s.assigned++;
  return undefined;
}

function convert(conv: Conversion, s: Scan): Stop | undefined {
  const { input } = s;
  switch (conv.conv) {
    case 'n':
      if (!conv.suppress)
        s.values.push({ kind: 'count', value: BigInt(input.pos), bits: integerBits(conv.length) });
      return undefined;
    case 'c':
    case 'C':
      return scanChars(conv, s);
    case '[':
      return scanString(conv, s, conv.inSet ?? (() => false));
    case 's':
    case 'S':
      input.skipSpace();
      return scanString(conv, s, (c) => !isSpace(c));
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o':
    case 'p':
      input.skipSpace();
      return scanInteger(conv, s);
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G':
    case 'a':
    case 'A':
      input.skipSpace();
      return scanFloat(conv, s);
    default:
      return 'match';
  }
}

function scanChars(conv: Conversion, s: Scan): Stop | undefined {
  const count = conv.width ?? 1;
  let text = '';
  while (text.length < count) {
    const c = s.input.peek();
    if (c === undefined) break;
    text += c;
    s.input.pos++;
  }
  if (text.length === 0) return 'input';
  const width = charWidthOf(conv.conv, conv.length, s.fnWidth);
  return emit(s, conv, { kind: 'chars', text, width, terminate: false });
}

function scanString(conv: Conversion, s: Scan, ok: (c: string) => boolean): Stop | undefined {
  if (s.input.peek() === undefined) return 'input';
  const text = s.input.takeWhile(ok, conv.width ?? Infinity);
  if (text.length === 0) return 'match';
  const width = charWidthOf(conv.conv === '[' ? 's' : conv.conv, conv.length, s.fnWidth);
  return emit(s, conv, { kind: 'chars', text, width, terminate: true });
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const isDigitOf = (c: string, base: number): boolean => {
  const d = DIGITS.indexOf(c.toLowerCase());
  return d >= 0 && d < base;
};

function scanInteger(conv: Conversion, s: Scan): Stop | undefined {
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
function scanFloat(conv: Conversion, s: Scan): Stop | undefined {
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
