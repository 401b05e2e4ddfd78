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
import { emit, Input, isSpace, NeedMore, type Conversion, type Scan, type Stop } from './scan-input.ts';
import { scanFloat, scanInteger } from './scan-numbers.ts';
import { charWidthOf, integerBits, parseLength } from './spec.ts';

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
      /** The scan reached the end of the input (feof becomes true). */
      readonly hitEnd: boolean;
    }
  | { readonly status: 'need-more' };

export const EOF = -1;

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
  return { status: 'done', values: s.values, result, consumed: s.input.pos, hitEnd: s.input.hitEnd };
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
