/**
 * Input: scanf/wscanf, fscanf/fwscanf, sscanf/swscanf, fgets/fgetws, getchar/getwchar.
 * A read from the console that needs more input than has been typed blocks (`on: 'console'`)
 * without consuming anything; the executor calls it again when input arrives. A read from a
 * redirected stdin reads the next block with ReadFile instead (C.4, stream-natives.ts).
 */
import type { CMemory, CValue, Native, NativeContext, NativeOutcome } from '../native-api.ts';
import { checkWritable } from './bounds.ts';
import { readCString, stringToUnits, type CharWidth } from './cstring.ts';
import { arg, twins, value } from './define.ts';
import { scan, type ScanValue } from './format/scanf.ts';
import { readingTwins, type ReadStep } from './stream-natives.ts';
import {
  availableText,
  consumeText,
  needInput,
  noteEndOfFile,
  resolveStream,
  type Available,
  type Stream,
} from './streams.ts';
import { storeUnits } from './strings.ts';

const EOF = -1;
const WEOF = 0xffff;

const waitForInput = (ctx: NativeContext, stream: Stream): NativeOutcome | 'read' =>
  needInput(ctx, stream, 'waiting for console input');

/** Writes one scanned value through its pointer argument. */
function store(mem: CMemory, fn: string, ptr: number, v: ScanValue): void {
  switch (v.kind) {
    case 'int':
    case 'count': {
      const bytes = v.bits / 8;
      checkWritable(mem, fn, ptr, bytes);
      let u = BigInt.asUintN(v.bits, v.value);
      for (let i = 0; i < bytes; i++, u >>= 8n) mem.writeU8(ptr + i, Number(u & 0xffn));
      return;
    }
    case 'float':
      checkWritable(mem, fn, ptr, v.bits / 8);
      if (v.bits === 32) mem.writeF32(ptr, v.value);
      else mem.writeF64(ptr, v.value);
      return;
    case 'chars':
      storeUnits(mem, fn, ptr, stringToUnits(v.text, v.width), v.width, v.terminate);
  }
}

/** Scans `available` against the format at args[fmtIndex], storing through the arguments after
 *  it; returns the scanf result, or undefined when more input is needed. */
function scanInto(
  ctx: NativeContext,
  fn: string,
  args: readonly CValue[],
  fmtIndex: number,
  w: CharWidth,
  available: Available,
): { result: number; consumed: number; hitEnd: boolean } | undefined {
  const fmt = readCString(ctx.mem, arg(args, fmtIndex), w);
  const r = scan(fmt, available.text, available.atEnd, w);
  if (r.status === 'need-more') return undefined;
  r.values.forEach((v, i) => store(ctx.mem, fn, arg(args, fmtIndex + 1 + i), v));
  return { result: r.result, consumed: r.consumed, hitEnd: r.hitEnd };
}

function scanStream(
  ctx: NativeContext,
  fn: string,
  stream: Stream,
  args: readonly CValue[],
  fmtIndex: number,
  w: CharWidth,
): ReadStep {
  const available = availableText(ctx, stream);
  const r = scanInto(ctx, fn, args, fmtIndex, w, available);
  if (r === undefined) return waitForInput(ctx, stream);
  consumeText(ctx, stream, available, r.consumed);
  if (r.hitEnd) noteEndOfFile(ctx, stream);
  return value(r.result);
}

const stdin: Stream = { kind: 'console', index: 0 };

const scanfs = readingTwins(
  'scanf',
  'wscanf',
  (w, name) => (ctx, a) => scanStream(ctx, name, stdin, a, 0, w),
);

const fscanfs = readingTwins(
  'fscanf',
  'fwscanf',
  (w, name) => (ctx, a) => scanStream(ctx, name, resolveStream(ctx, name, arg(a, 0)), a, 1, w),
);

const sscanfs = twins('sscanf', 'swscanf', (w, name) => (ctx, a) => {
  const text = readCString(ctx.mem, arg(a, 0), w);
  return value(scanInto(ctx, name, a, 1, w, { text, atEnd: true })?.result ?? EOF);
});

/** The line fgets takes from `text`: through the first newline, at most `max` units. */
export function takeLine(text: string, max: number, w: CharWidth): string | undefined {
  let line = '';
  let units = 0;
  for (const c of text) {
    const n = stringToUnits(c, w).length;
    if (units + n > max) return line;
    line += c;
    units += n;
    if (c === '\n') return line;
  }
  return undefined;
}

const fgetss = readingTwins('fgets', 'fgetws', (w, name) => (ctx, a): ReadStep => {
  const [buf, n] = [arg(a, 0), arg(a, 1) | 0];
  const stream = resolveStream(ctx, name, arg(a, 2));
  if (n <= 0) return value(0);
  const available = availableText(ctx, stream);
  let line = takeLine(available.text, n - 1, w);
  if (line === undefined) {
    if (!available.atEnd) return waitForInput(ctx, stream);
    line = available.text;
  }
  if (line === '' && n > 1) {
    noteEndOfFile(ctx, stream);
    return value(0);
  }
  storeUnits(ctx.mem, name, buf, stringToUnits(line, w), w);
  consumeText(ctx, stream, available, line.length);
  if (available.atEnd && line.length === available.text.length && !line.endsWith('\n'))
    noteEndOfFile(ctx, stream);
  return value(buf);
});

const getchars = readingTwins('getchar', 'getwchar', (w) => (ctx): ReadStep => {
  const available = availableText(ctx, stdin);
  const c = available.text[0];
  if (c === undefined) return available.atEnd ? value(w === 1 ? EOF : WEOF) : waitForInput(ctx, stdin);
  consumeText(ctx, stdin, available, 1);
  return value(w === 1 ? (stringToUnits(c, 1)[0] ?? 0) : c.charCodeAt(0));
});

export const INPUT_NATIVES: readonly Native[] = [...scanfs, ...fscanfs, ...sscanfs, ...fgetss, ...getchars];
