/**
 * fopen/_wfopen, fclose, fread, fwrite, fflush, feof over the kernel's file objects
 * (file-stream.ts). fopen's handle is inheritable unless the mode has 'N', as with the UCRT's
 * _open (which passes bInheritHandle = TRUE by default) — so a child started with
 * bInheritHandles = TRUE can use a FILE's handle value its parent wrote down.
 */
import type { Native, NativeContext, NativeOutcome } from '../native-api.ts';
import { writeChecked } from './bounds.ts';
import { decodeNarrow, readCString, type CharWidth } from './cstring.ts';
import { arg, fn, twins, value } from './define.ts';
import {
  FILE_FLAG,
  FILE_OBJECT_SIZE,
  fileFlags,
  fileHandle,
  fileRest,
  fileWriteBytes,
  initFileObject,
  seek,
  setFileFlags,
} from './file-stream.ts';
import {
  finishCrtWrite,
  flushAllStd,
  flushStd,
  stdBuffers,
  stdTarget,
  type StdWrite,
} from './std-streams.ts';
import { readingNative, writingNative, type ReadStep } from './stream-natives.ts';
import { availableText, consumeText, needInput, resolveStream, type Stream } from './streams.ts';
import { callKernelNow } from '../win32/kernel-call.ts';

const GENERIC_READ = 0x80000000;
const GENERIC_WRITE = 0x40000000;
const SHARE_READ_WRITE = 0x3;
const DISPOSITION = { r: 3 /* OPEN_EXISTING */, w: 2 /* CREATE_ALWAYS */, a: 4 /* OPEN_ALWAYS */ } as const;
const FILE_ATTRIBUTE_NORMAL = 0x80;

export interface OpenMode {
  readonly access: number;
  readonly disposition: number;
  readonly flags: number;
  readonly inherit: boolean;
}

/** Parses an fopen mode ("r", "w+", "ab", "rt, ccs=UTF-8", "wN"); undefined if invalid. */
export function parseMode(mode: string): OpenMode | undefined {
  const [head = ''] = mode.split(',');
  const kind = head[0] as 'r' | 'w' | 'a' | undefined;
  if (kind === undefined || !(kind in DISPOSITION)) return undefined;
  const rest = head.slice(1);
  const update = rest.includes('+');
  const read = kind === 'r' || update;
  const write = kind !== 'r' || update;
  let flags =
    (read ? FILE_FLAG.READ : 0) | (write ? FILE_FLAG.WRITE : 0) | (kind === 'a' ? FILE_FLAG.APPEND : 0);
  if (!rest.includes('b')) flags |= FILE_FLAG.TEXT;
  const access = (read ? GENERIC_READ : 0) | (write ? GENERIC_WRITE : 0);
  return { access: access >>> 0, disposition: DISPOSITION[kind], flags, inherit: !rest.includes('N') };
}

function open(ctx: NativeContext, name: string, path: string, modeText: string): number {
  const mode = parseMode(modeText);
  if (mode === undefined) return 0;
  const r = callKernelNow(ctx, {
    api: 'CreateFile',
    args: {
      lpFileName: path,
      dwDesiredAccess: mode.access,
      dwShareMode: SHARE_READ_WRITE,
      lpSecurityAttributes: { bInheritHandle: mode.inherit },
      dwCreationDisposition: mode.disposition,
      dwFlagsAndAttributes: FILE_ATTRIBUTE_NORMAL,
      hTemplateFile: 0,
    },
  });
  const handle = r.value;
  ctx.recordApiCall({
    api: name,
    args: [
      { name: 'filename', display: JSON.stringify(path) },
      { name: 'mode', display: JSON.stringify(modeText) },
    ],
    result: handle === -1 ? 'NULL (CreateFile failed)' : `FILE* (handle 0x${handle.toString(16)})`,
    lastError: r.lastError ?? 0,
    facts: r.facts,
  });
  if (handle === -1 || handle === 0) return 0;
  const file = ctx.mem.alloc(FILE_OBJECT_SIZE, `FILE for "${path}"`);
  initFileObject(ctx.mem, file, mode.flags, handle);
  return file;
}

const fopens = twins(
  'fopen',
  '_wfopen',
  (w: CharWidth, name) => (ctx, a) =>
    value(open(ctx, name, readCString(ctx.mem, arg(a, 0), w), readCString(ctx.mem, arg(a, 1), w))),
);

const EOF = -1;

function close(ctx: NativeContext, ptr: number): number {
  const stream = resolveStream(ctx, 'fclose', ptr);
  if (stream.kind === 'console') return 0;
  const hObject = fileHandle(ctx.mem, stream.addr);
  const r = callKernelNow(ctx, { api: 'CloseHandle', args: { hObject } });
  ctx.mem.free(stream.addr);
  ctx.recordApiCall({
    api: 'fclose',
    args: [{ name: 'stream', display: `FILE* (handle 0x${hObject.toString(16)})` }],
    result: r.value !== 0 ? '0' : 'EOF',
    lastError: r.lastError ?? 0,
    facts: r.facts,
  });
  return r.value !== 0 ? 0 : EOF;
}

const isText = (ctx: NativeContext, file: number): boolean =>
  (fileFlags(ctx.mem, file) & FILE_FLAG.TEXT) !== 0;

function write(ctx: NativeContext, buf: number, size: number, count: number, ptr: number): number {
  const stream = resolveStream(ctx, 'fwrite', ptr);
  if (size === 0 || count === 0) return 0;
  const bytes = ctx.mem.readBytes(buf, size * count);
  const out = stream.kind === 'file' && isText(ctx, stream.addr) ? expandNewlines(bytes) : bytes;
  return stream.kind === 'file' && fileWriteBytes(ctx, stream.addr, out) ? count : 0;
}

/** fwrite to stdout or stderr goes where their handles go (it may wait); to a file at once. */
const fwriteStd = writingNative('fwrite', (ctx, a) => {
  const [buf, size, count] = [arg(a, 0), arg(a, 1), arg(a, 2)];
  const text = decodeNarrow(ctx.mem.readBytes(buf, size * count));
  return {
    stream: resolveStream(ctx, 'fwrite', arg(a, 3)),
    text,
    width: 1,
    result: (ok) => (ok ? count : 0),
  };
});
const fwrite: Native = {
  ...fwriteStd,
  call(ctx, a, kinds) {
    const [buf, size, count, ptr] = [arg(a, 0), arg(a, 1), arg(a, 2), arg(a, 3)];
    const stream = resolveStream(ctx, 'fwrite', ptr);
    if (stream.kind === 'file' || size === 0 || count === 0) return value(write(ctx, buf, size, count, ptr));
    return fwriteStd.call(ctx, a, kinds);
  },
};

/** fread from stdin: what has been typed or read (up to the request), waiting while nothing has. */
function readConsole(ctx: NativeContext, stream: Stream, buf: number, size: number, want: number): ReadStep {
  const available = availableText(ctx, stream);
  if (available.text === '' && !available.atEnd)
    return needInput(ctx, stream, 'fread waits for console input');
  let chars = 0;
  let bytes = new Uint8Array(0);
  for (const c of available.text) {
    const next = new TextEncoder().encode(available.text.slice(0, chars + c.length));
    if (next.length > want) break;
    bytes = next;
    chars += c.length;
  }
  writeChecked(ctx.mem, 'fread', buf, bytes);
  consumeText(ctx, stream, available, chars);
  return value(Math.floor(bytes.length / size));
}

function readFile(ctx: NativeContext, file: number, buf: number, size: number, want: number): number {
  const { pos, bytes } = fileRest(ctx, file);
  const [data, used] = isText(ctx, file)
    ? collapseNewlines(bytes, want)
    : [bytes.slice(0, want), Math.min(want, bytes.length)];
  writeChecked(ctx.mem, 'fread', buf, data);
  seek(ctx, file, pos + used);
  if (data.length < want) setFileFlags(ctx.mem, file, FILE_FLAG.EOF);
  return Math.floor(data.length / size);
}

/** feof(stdin): the console input has ended, or a redirected stdin has ended with nothing left. */
function stdinAtEnd(ctx: NativeContext): boolean {
  if (stdTarget(ctx, 0).kind !== 'handle') return ctx.consoleInput === undefined;
  const b = stdBuffers(ctx);
  return b.stdinEnded && b.stdin.length === 0;
}

/** fflush(stdout), fflush(stderr) or fflush(NULL) writes what a redirected stream's buffer holds
 *  (C.1), EOF if that fails; a file is written at once already. */
function flushFor(ctx: NativeContext, ptr: number): StdWrite {
  if (ptr === 0) return flushAllStd(ctx);
  const stream = resolveStream(ctx, 'fflush', ptr);
  if (stream.kind === 'console' && stream.index !== 0) return flushStd(ctx, stream.index);
  return { kind: 'done', ok: true };
}

const fflushResult = (r: StdWrite, ok = true): NativeOutcome =>
  r.kind === 'blocked' ? { kind: 'block', on: 'kernel', reason: r.reason } : value(r.ok && ok ? 0 : EOF);

const fflush: Native = {
  name: 'fflush',
  call: (ctx, a) => fflushResult(flushFor(ctx, arg(a, 0))),
  resume(ctx, a, completion) {
    const ok = finishCrtWrite(ctx, completion);
    // fflush(NULL) goes on with stderr once stdout's write is done.
    return fflushResult(arg(a, 0) === 0 ? flushAllStd(ctx) : { kind: 'done', ok: true }, ok);
  },
};

export const STDIO_FILE_NATIVES: readonly Native[] = [
  ...fopens,
  fn('fclose', (ctx, a) => close(ctx, arg(a, 0))),
  fflush,
  fn('feof', (ctx, a) => {
    const stream = resolveStream(ctx, 'feof', arg(a, 0));
    if (stream.kind === 'console') return stream.index === 0 && stdinAtEnd(ctx) ? 1 : 0;
    return fileFlags(ctx.mem, stream.addr) & FILE_FLAG.EOF ? 1 : 0;
  }),
  fwrite,
  readingNative('fread', (ctx, a) => {
    const [buf, size, count] = [arg(a, 0), arg(a, 1), arg(a, 2)];
    const stream = resolveStream(ctx, 'fread', arg(a, 3));
    if (size === 0 || count === 0) return value(0);
    if (stream.kind === 'console') return readConsole(ctx, stream, buf, size, size * count);
    return value(readFile(ctx, stream.addr, buf, size, size * count));
  }),
];

/** "\n" → "\r\n" on bytes (text-mode fwrite). */
function expandNewlines(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (const b of bytes) {
    if (b === 10) out.push(13);
    out.push(b);
  }
  return Uint8Array.from(out);
}

/** "\r\n" → "\n" for up to `want` output bytes; returns them and the raw bytes used. */
function collapseNewlines(bytes: Uint8Array, want: number): [Uint8Array, number] {
  const out: number[] = [];
  let i = 0;
  for (; i < bytes.length && out.length < want; i++) {
    if (bytes[i] === 13 && bytes[i + 1] === 10) i++;
    out.push(bytes[i] ?? 0);
  }
  return [Uint8Array.from(out), i];
}
