/**
 * <string.h>/<wchar.h> string functions, each written once over the character width:
 * strlen/wcslen, strcpy/wcscpy, strcpy_s/wcscpy_s, strncpy/wcsncpy, strcat/wcscat,
 * strcmp/wcscmp, _stricmp/_wcsicmp, strncmp/wcsncmp, strchr/wcschr, strstr/wcsstr.
 * Writes are bounds-checked against the destination object (spec 8.8).
 */
import type { CFault } from '../native-api.ts';
import { type CMemory, type Native } from '../native-api.ts';
import { checkWritable } from './bounds.ts';
import { readUnit, readUnits, unitLength, unitsToBytes, type CharWidth } from './cstring.ts';
import { arg, twins, value, type NativeCall } from './define.ts';
import { faultOf, type FaultWordKey } from '../fault-words.ts';

type WidthImpl = (w: CharWidth, name: string) => NativeCall;

/** Copies `units` (plus a NUL if `terminate`) to `dst`, refusing to run past its object. */
export function storeUnits(
  mem: CMemory,
  fn: string,
  dst: number,
  units: readonly number[],
  width: CharWidth,
  terminate = true,
): void {
  const bytes = unitsToBytes(terminate ? [...units, 0] : units, width);
  checkWritable(mem, fn, dst, bytes.length);
  mem.writeBytes(dst, bytes);
}

const lower = (u: number): number => (u >= 65 && u <= 90 ? u + 32 : u);

/** strcmp's result: the sign of the first difference, units compared unsigned. */
export function compareUnits(a: readonly number[], b: readonly number[], fold = false): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = fold ? lower(a[i] ?? 0) : (a[i] ?? 0);
    const y = fold ? lower(b[i] ?? 0) : (b[i] ?? 0);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

const lengthImpl: WidthImpl = (w) => (ctx, a) => value(unitLength(ctx.mem, arg(a, 0), w));
const length = twins('strlen', 'wcslen', lengthImpl);

const copyImpl: WidthImpl = (w, name) => (ctx, a) => {
  storeUnits(ctx.mem, name, arg(a, 0), readUnits(ctx.mem, arg(a, 1), w), w);
  return value(arg(a, 0));
};
const copy = twins('strcpy', 'wcscpy', copyImpl);

/** strcpy_s: too small a destination is a runtime-constraint violation; the UCRT's default
 *  handler ends the process (after writing an empty string), as Windows does. */
const copySafe = twins('strcpy_s', 'wcscpy_s', (w, name) => (ctx, a) => {
  const [dst, size, src] = [arg(a, 0), arg(a, 1), arg(a, 2)];
  const units = readUnits(ctx.mem, src, w);
  if (dst === 0 || src === 0 || size === 0) throw invalidParameter('invalidNullOrZero', name);
  if (units.length + 1 > size) {
    storeUnits(ctx.mem, name, dst, [], w);
    throw invalidParameter('invalidTooSmall', name, { need: units.length + 1, size });
  }
  storeUnits(ctx.mem, name, dst, units, w);
  return value(0);
});

/** The C runtime's invalid parameter handler: the process ends with STATUS_STACK_BUFFER_OVERRUN
 *  (0xC0000409), as MSVC's default handler ends it. */
export function invalidParameter(
  key: Extract<FaultWordKey, `invalid${string}`>,
  fn: string,
  args: Readonly<Record<string, number>> = {},
): CFault {
  return faultOf(0xc0000409, key, { fn, ...args });
}

/** strncpy copies at most n units and pads with NULs up to n; no terminator if src is longer. */
const copyN = twins('strncpy', 'wcsncpy', (w, name) => (ctx, a) => {
  const n = arg(a, 2);
  const units = readUnits(ctx.mem, arg(a, 1), w, n);
  const padded = [...units, ...new Array<number>(n - units.length).fill(0)];
  storeUnits(ctx.mem, name, arg(a, 0), padded, w, false);
  return value(arg(a, 0));
});

const concatImpl: WidthImpl = (w, name) => (ctx, a) => {
  const dst = arg(a, 0);
  const end = dst + unitLength(ctx.mem, dst, w) * w;
  storeUnits(ctx.mem, name, end, readUnits(ctx.mem, arg(a, 1), w), w);
  return value(dst);
};
const concat = twins('strcat', 'wcscat', concatImpl);

const compareImpl: WidthImpl = (w) => (ctx, a) =>
  value(compareUnits(readUnits(ctx.mem, arg(a, 0), w), readUnits(ctx.mem, arg(a, 1), w)));
const compare = twins('strcmp', 'wcscmp', compareImpl);

const compareFold = twins(
  '_stricmp',
  '_wcsicmp',
  (w) => (ctx, a) =>
    value(compareUnits(readUnits(ctx.mem, arg(a, 0), w), readUnits(ctx.mem, arg(a, 1), w), true)),
);

const compareN = twins('strncmp', 'wcsncmp', (w) => (ctx, a) => {
  const n = arg(a, 2);
  return value(compareUnits(readUnits(ctx.mem, arg(a, 0), w, n), readUnits(ctx.mem, arg(a, 1), w, n)));
});

/** strchr finds the terminator too when asked for 0. */
const find = twins('strchr', 'wcschr', (w) => (ctx, a) => {
  const [s, ch] = [arg(a, 0), arg(a, 1) & (w === 1 ? 0xff : 0xffff)];
  for (let p = s; ; p += w) {
    const u = readUnit(ctx.mem, p, w);
    if (u === ch) return value(p);
    if (u === 0) return value(0);
  }
});

const findString = twins('strstr', 'wcsstr', (w) => (ctx, a) => {
  const hay = readUnits(ctx.mem, arg(a, 0), w);
  const needle = readUnits(ctx.mem, arg(a, 1), w);
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((u, k) => hay[i + k] === u)) return value(arg(a, 0) + i * w);
  }
  return value(0);
});

/** The kernel32 string functions: the same operations under their Win32 names. lstrcmp really
 *  compares with the user locale's word sort; for the ASCII text of these programs the order is
 *  the same as strcmp's except for punctuation, which is a documented simplification here. */

export const STRING_NATIVES: readonly Native[] = [
  ...twins('lstrlenA', 'lstrlenW', lengthImpl),
  ...twins('lstrcpyA', 'lstrcpyW', copyImpl),
  ...twins('lstrcmpA', 'lstrcmpW', compareImpl),
  ...twins('lstrcatA', 'lstrcatW', concatImpl),
  ...length,
  ...copy,
  ...copySafe,
  ...copyN,
  ...concat,
  ...compare,
  ...compareFold,
  ...compareN,
  ...find,
  ...findString,
];
