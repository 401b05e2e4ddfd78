/**
 * Output: printf/wprintf, fprintf/fwprintf, sprintf/swprintf (MSVC's non-conforming two-
 * argument swprintf, as `_stprintf` uses it), sprintf_s/swprintf_s, puts/_putws, fputs/fputws,
 * putchar/putwchar, and __acrt_iob_func (what stdin/stdout/stderr expand to).
 * Each narrow/wide pair is one implementation over the character width.
 */
import type { CValue, Native, NativeContext } from '../native-api.ts';
import { readCString, stringToUnits, type CharWidth } from './cstring.ts';
import { arg, fn, twins, value } from './define.ts';
import { ArgCursor, formatPrintf } from './format/printf.ts';
import { writingTwins } from './stream-natives.ts';
import { consoleFile, resolveStream, type Stream } from './streams.ts';
import { invalidParameter, storeUnits } from './strings.ts';

const EOF = -1;
const WEOF = 0xffff;
const eofOf = (w: CharWidth): number => (w === 1 ? EOF : WEOF);

/** Formats with the format string at `args[fmtIndex]` and the variadic arguments after it. */
export function formatAt(
  ctx: NativeContext,
  args: readonly CValue[],
  fmtIndex: number,
  w: CharWidth,
): string {
  const fmt = readCString(ctx.mem, arg(args, fmtIndex), w);
  const env = {
    width: w,
    readString: (addr: number, sw: CharWidth, max?: number) => readCString(ctx.mem, addr, sw, max),
  };
  return formatPrintf(fmt, new ArgCursor(args.slice(fmtIndex + 1)), env);
}

/** printf's return: characters written in the function's width, or a negative value on error. */
const written = (text: string, w: CharWidth, ok: boolean): number =>
  ok ? stringToUnits(text, w).length : -1;

const stdout: Stream = { kind: 'console', index: 1 };

const printfs = writingTwins('printf', 'wprintf', (w) => (ctx, a) => {
  const text = formatAt(ctx, a, 0, w);
  return { stream: stdout, text, width: w, result: (ok) => written(text, w, ok) };
});

const fprintfs = writingTwins('fprintf', 'fwprintf', (w, name) => (ctx, a) => {
  const stream = resolveStream(ctx, name, arg(a, 0));
  const text = formatAt(ctx, a, 1, w);
  return { stream, text, width: w, result: (ok) => written(text, w, ok) };
});

/** sprintf / two-argument swprintf: writes the text and a NUL into the buffer. */
const sprintfs = twins('sprintf', 'swprintf', (w, name) => (ctx, a) => {
  const units = stringToUnits(formatAt(ctx, a, 1, w), w);
  storeUnits(ctx.mem, name, arg(a, 0), units, w);
  return value(units.length);
});

/** sprintf_s: a result that does not fit in `size` characters is a constraint violation. */
const sprintfSafe = twins('sprintf_s', 'swprintf_s', (w, name) => (ctx, a) => {
  const [buf, size] = [arg(a, 0), arg(a, 1)];
  const units = stringToUnits(formatAt(ctx, a, 2, w), w);
  if (buf === 0 || size === 0) throw invalidParameter('invalidNullBufferOrZero', name);
  if (units.length + 1 > size) {
    storeUnits(ctx.mem, name, buf, [], w);
    throw invalidParameter('invalidTooSmall', name, { need: units.length + 1, size });
  }
  storeUnits(ctx.mem, name, buf, units, w);
  return value(units.length);
});

const putss = writingTwins('puts', '_putws', (w) => (ctx, a) => ({
  stream: stdout,
  text: readCString(ctx.mem, arg(a, 0), w) + '\n',
  width: w,
  result: (ok) => (ok ? 0 : eofOf(w)),
}));

const fputss = writingTwins('fputs', 'fputws', (w, name) => (ctx, a) => ({
  stream: resolveStream(ctx, name, arg(a, 1)),
  text: readCString(ctx.mem, arg(a, 0), w),
  width: w,
  result: (ok) => (ok ? 0 : eofOf(w)),
}));

const putchars = writingTwins('putchar', 'putwchar', (w) => (_ctx, a) => {
  const unit = arg(a, 0) & (w === 1 ? 0xff : 0xffff);
  return {
    stream: stdout,
    text: String.fromCharCode(unit),
    width: w,
    result: (ok) => (ok ? unit : eofOf(w)),
  };
});

export const OUTPUT_NATIVES: readonly Native[] = [
  fn('__acrt_iob_func', (_ctx, a) => consoleFile(arg(a, 0))),
  ...printfs,
  ...fprintfs,
  ...sprintfs,
  ...sprintfSafe,
  ...putss,
  ...fputss,
  ...putchars,
];
