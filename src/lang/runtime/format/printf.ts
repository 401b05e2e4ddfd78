/**
 * The printf formatting engine with MSVC (UCRT) semantics, shared by every printf-family
 * native, narrow and wide. Pure: it reads arguments from a cursor and strings through the
 * `readString` callback, and returns the text; the natives decide where the text goes.
 */
import { low32 } from '../../int64.ts';
import type { CValue } from '../../native-api.ts';
import type { CharWidth } from '../cstring.ts';
import { charWidthOf, integerBits, parseLength, wrapInteger, type LengthModifier } from './spec.ts';
import { formatFloat } from './float.ts';

/** The variadic arguments, read in order. A missing argument reads as 0 (C leaves it undefined). */
export class ArgCursor {
  private index = 0;
  constructor(private readonly values: readonly CValue[]) {}
  /** The next argument exactly (a 64-bit integer may be a bigint). */
  next(): CValue {
    return this.values[this.index++] ?? 0;
  }
  /** The next argument as a number (a double, a pointer). */
  nextNumber(): number {
    return Number(this.next());
  }
  /** The next argument as an integer number (a 64-bit one cut to its low 32 bits). */
  nextInt(): number {
    const v = this.next();
    return typeof v === 'number' ? v : low32(v);
  }
}

export interface PrintfEnv {
  /** Character width of the function: 1 for printf, 2 for wprintf. */
  readonly width: CharWidth;
  /** Reads a C string of the given width at `addr`, at most `max` units. */
  readString(addr: number, width: CharWidth, max?: number): string;
}

export interface Spec {
  readonly flags: string;
  readonly width: number | undefined;
  readonly precision: number | undefined;
  readonly length: LengthModifier;
  readonly conv: string;
}

/** Formats `fmt` with the arguments from `args`. */
export function formatPrintf(fmt: string, args: ArgCursor, env: PrintfEnv): string {
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) return out + fmt.slice(i);
    out += fmt.slice(i, pct);
    const [spec, next] = parseSpec(fmt, pct + 1, args);
    out += spec === undefined ? fmt.slice(pct, next) : convert(spec, args, env);
    i = next;
  }
  return out;
}

/** Parses flags, width, precision, length and conversion after a '%'; `*` reads an argument. */
function parseSpec(fmt: string, start: number, args: ArgCursor): [Spec | undefined, number] {
  let i = start;
  let flags = '';
  while (i < fmt.length && '-+ #0'.includes(fmt[i] ?? '')) flags += fmt[i++];
  let width: number | undefined;
  [width, i] = parseNumberOrStar(fmt, i, args);
  if (width !== undefined && width < 0) {
    flags += '-';
    width = -width;
  }
  let precision: number | undefined;
  if (fmt[i] === '.') {
    [precision, i] = parseNumberOrStar(fmt, i + 1, args);
    precision = precision === undefined ? 0 : precision < 0 ? undefined : precision;
  }
  const [length, afterLength] = parseLength(fmt, i);
  const conv = fmt[afterLength];
  if (conv === undefined) return [undefined, fmt.length];
  return [{ flags, width, precision, length, conv }, afterLength + 1];
}

function parseNumberOrStar(fmt: string, i: number, args: ArgCursor): [number | undefined, number] {
  if (fmt[i] === '*') return [wrapNumber(args.next()), i + 1];
  let j = i;
  while (j < fmt.length && /[0-9]/.test(fmt[j] ?? '')) j++;
  return j === i ? [undefined, i] : [Number(fmt.slice(i, j)), j];
}

const wrapNumber = (v: CValue): number => Number(wrapInteger(v, 32, true));

function convert(spec: Spec, args: ArgCursor, env: PrintfEnv): string {
  switch (spec.conv) {
    case '%':
      return '%';
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o':
      return pad(spec, formatInteger(spec, args.next()));
    case 'p':
      return pad(
        { ...spec, flags: spec.flags.replace('0', '') },
        {
          prefix: '',
          digits: wrapInteger(args.next(), 64, false).toString(16).toUpperCase().padStart(16, '0'),
        },
      );
    case 'c':
    case 'C':
      return padText(spec, formatChar(spec, args.nextInt(), env.width));
    case 's':
    case 'S':
      return padText(spec, formatString(spec, args.nextNumber(), env));
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G':
    case 'a':
    case 'A':
      return pad(spec, formatFloat(spec, args.nextNumber()));
    case 'n':
      args.next(); // %n is disabled in the UCRT; the argument is consumed and nothing is stored.
      return '';
    default:
      return spec.conv;
  }
}

/** A number split into its sign/prefix part and its digits, so that zero padding goes between. */
export interface NumberText {
  readonly prefix: string;
  readonly digits: string;
  /** Zero padding applies (not for inf/nan). */
  readonly zeroPaddable?: boolean;
}

function formatInteger(spec: Spec, raw: CValue): NumberText {
  const signed = spec.conv === 'd' || spec.conv === 'i';
  const v = wrapInteger(raw, integerBits(spec.length), signed);
  const negative = v < 0n;
  const magnitude = negative ? -v : v;
  const base = spec.conv === 'o' ? 8 : spec.conv === 'x' || spec.conv === 'X' ? 16 : 10;
  let digits = magnitude.toString(base);
  if (spec.conv === 'X') digits = digits.toUpperCase();
  if (spec.precision !== undefined)
    digits = spec.precision === 0 && magnitude === 0n ? '' : digits.padStart(spec.precision, '0');
  let prefix = negative
    ? '-'
    : signed && spec.flags.includes('+')
      ? '+'
      : signed && spec.flags.includes(' ')
        ? ' '
        : '';
  if (spec.flags.includes('#') && magnitude !== 0n) {
    if (base === 16) prefix += spec.conv === 'X' ? '0X' : '0x';
    if (base === 8 && !digits.startsWith('0')) digits = '0' + digits;
  }
  return { prefix, digits, zeroPaddable: spec.precision === undefined };
}

/** Pads a number to the field width: left (-), with zeros after the sign (0), or with spaces. */
export function pad(spec: Spec, n: NumberText): string {
  const body = n.prefix + n.digits;
  const width = spec.width ?? 0;
  if (body.length >= width) return body;
  if (spec.flags.includes('-')) return body.padEnd(width, ' ');
  if (spec.flags.includes('0') && n.zeroPaddable !== false)
    return n.prefix + n.digits.padStart(width - n.prefix.length, '0');
  return body.padStart(width, ' ');
}

function padText(spec: Spec, text: string): string {
  const width = spec.width ?? 0;
  if (text.length >= width) return text;
  if (spec.flags.includes('-')) return text.padEnd(width, ' ');
  return text.padStart(width, spec.flags.includes('0') ? '0' : ' ');
}

function formatChar(spec: Spec, v: number, fnWidth: CharWidth): string {
  const w = charWidthOf(spec.conv, spec.length, fnWidth);
  const unit = w === 1 ? v & 0xff : v & 0xffff;
  return String.fromCharCode(unit);
}

function formatString(spec: Spec, addr: number, env: PrintfEnv): string {
  const w = charWidthOf(spec.conv, spec.length, env.width);
  if (addr === 0) return '(null)'.slice(0, spec.precision);
  return env.readString(addr, w, spec.precision);
}
