/**
 * The C runtime's standard streams over the process's standard handles (facts C.1–C.4).
 *
 * The runtime uses the handles the process started with (C.3): a console handle writes to the
 * console as before; a pipe or file handle is written with WriteFile through a 4096-byte buffer
 * per stream (stdout and stderr alike: only a console makes the MSVC runtime write at once) that
 * is written when full, on fflush, or when the process ends normally (C.1) — in text mode, "\n"
 * going out as "\r\n" (C.2); a NULL handle loses the output.
 * A redirected stdin is read with ReadFile in blocks of up to 4096 bytes into a buffer that
 * scanf and fgets consume (C.4). A WriteFile or ReadFile the runtime makes may block like any
 * other: the native then blocks on the kernel and finishes in its `resume`.
 *
 * The buffers are the world's (NativeContext.stdBuffers), kept per process like the console
 * text; every WriteFile/ReadFile the runtime makes is recorded for the narration.
 */
import { CONSOLE_HANDLE, type Outcome, type ProcessRecord } from '../../kernel/index.ts';
import type { KernelOutcome, NativeContext, StdBuffers } from '../native-api.ts';
import { callKernel } from '../win32/kernel-call.ts';
import { currentLastError, showHandle } from '../win32/marshal.ts';
import { decodeFile } from './file-stream.ts';

/** Where a standard stream goes. */
export type StdTarget =
  | { readonly kind: 'console' }
  | { readonly kind: 'handle'; readonly handle: number }
  | { readonly kind: 'none' };

export type StdIndex = 0 | 1 | 2;

/** What writing to a standard stream came to: done (ok = nothing lost), or a WriteFile waits. */
export type StdWrite =
  { readonly kind: 'done'; readonly ok: boolean } | { readonly kind: 'blocked'; readonly reason: string };

/** The C runtime's buffer size for a redirected stream (UCRT _INTERNAL_BUFSIZ). */
export const CRT_BUFFER_SIZE = 4096;

const CONSOLE: StdTarget = { kind: 'console' };
const NONE: StdTarget = { kind: 'none' };
const CONSOLE_VALUES: readonly number[] = Object.values(CONSOLE_HANDLE);
const EMPTY = new Uint8Array(0);
const NO_BUFFERS: StdBuffers = { stdout: EMPTY, stderr: EMPTY, stdin: EMPTY, stdinEnded: false };
const STREAM_NAMES = ['stdin', 'stdout', 'stderr'] as const;

const done = (ok: boolean): StdWrite => ({ kind: 'done', ok });

/** The calling process's kernel record; none for a host without a kernel (the executor's unit
 *  tests), which has only the console. */
function processOf(ctx: NativeContext): ProcessRecord | undefined {
  try {
    const processes = (ctx.kernel as { processes?: Readonly<Record<number, ProcessRecord>> }).processes;
    return processes?.[ctx.pid];
  } catch {
    return undefined;
  }
}

/** Where stream `index` goes: the handle the process started with (C.3). A process the kernel
 *  does not know (a unit test's context) writes to the console. */
export function stdTarget(ctx: NativeContext, index: StdIndex): StdTarget {
  const p = processOf(ctx);
  if (p === undefined) return CONSOLE;
  const std = p.startStdHandles;
  const h = index === 0 ? std.input : index === 1 ? std.output : std.error;
  if (CONSOLE_VALUES.includes(h)) return p.consoleHandles.includes(h) ? CONSOLE : NONE;
  return h === 0 || h === -1 ? NONE : { kind: 'handle', handle: h };
}

export const stdBuffers = (ctx: NativeContext): StdBuffers => ctx.stdBuffers ?? NO_BUFFERS;

function setBuffers(ctx: NativeContext, patch: Partial<StdBuffers>): void {
  ctx.setStdBuffers?.({ ...stdBuffers(ctx), ...patch });
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Text-mode output bytes: "\n" becomes "\r\n" (C.2); narrow text is UTF-8 here, standing for
 *  the ANSI code page, as in simulated files. */
export const textModeBytes = (text: string): Uint8Array =>
  new TextEncoder().encode(text.replace(/\n/g, '\r\n'));

function record(
  ctx: NativeContext,
  api: 'WriteFile' | 'ReadFile',
  handle: number,
  buffer: string,
  count: number,
  result: string,
  facts: readonly string[],
): void {
  const countName = api === 'WriteFile' ? 'nNumberOfBytesToWrite' : 'nNumberOfBytesToRead';
  ctx.recordApiCall({
    api,
    args: [
      { name: 'hFile', display: showHandle(handle) },
      { name: 'lpBuffer', display: buffer },
      { name: countName, display: String(count) },
    ],
    result,
    lastError: currentLastError(ctx),
    facts,
  });
}

const resultOf = (value: number): string => (value === 0 ? 'FALSE' : 'TRUE');

// ---- writing -------------------------------------------------------------------------------

/** One WriteFile of the runtime on a standard handle. */
function crtWrite(ctx: NativeContext, index: 1 | 2, handle: number, bytes: Uint8Array): StdWrite {
  const outcome = callKernel(ctx, {
    api: 'WriteFile',
    args: { hFile: handle, lpBuffer: bytes, nNumberOfBytesToWrite: bytes.length },
  });
  const buffer = `the C runtime's ${STREAM_NAMES[index]} buffer`;
  const facts = ['C.1', 'C.2', ...outcome.facts];
  if (outcome.kind === 'blocked') {
    record(
      ctx,
      'WriteFile',
      handle,
      buffer,
      bytes.length,
      `blocked: ${outcome.condition.description}`,
      facts,
    );
    return { kind: 'blocked', reason: outcome.condition.description };
  }
  const value = outcome.kind === 'returned' ? outcome.value : 0;
  record(ctx, 'WriteFile', handle, buffer, bytes.length, resultOf(value), facts);
  return done(value !== 0);
}

/** A WriteFile of the runtime that had blocked has completed: true if it succeeded. */
export function finishCrtWrite(ctx: NativeContext, completion: KernelOutcome): boolean {
  const ok = completion.kind === 'returned' && completion.value !== 0;
  const written = completion.kind === 'returned' ? completion.out['lpNumberOfBytesWritten'] : 0;
  ctx.recordApiCall({
    api: 'WriteFile',
    args: [{ name: 'lpNumberOfBytesWritten', display: String(written ?? 0) }],
    result: resultOf(ok ? 1 : 0),
    lastError: currentLastError(ctx),
    facts: ['C.1', ...completion.facts],
  });
  return ok;
}

const bufferOf = (ctx: NativeContext, index: 1 | 2): Uint8Array =>
  index === 1 ? stdBuffers(ctx).stdout : stdBuffers(ctx).stderr;
const setBuffer = (ctx: NativeContext, index: 1 | 2, bytes: Uint8Array): void =>
  setBuffers(ctx, index === 1 ? { stdout: bytes } : { stderr: bytes });

/** Writes whole 4096-byte blocks of a stream's buffer while it holds one (C.1). */
export function flushFull(ctx: NativeContext, index: 1 | 2): StdWrite {
  const t = stdTarget(ctx, index);
  let ok = true;
  while (t.kind === 'handle' && bufferOf(ctx, index).length >= CRT_BUFFER_SIZE) {
    const all = bufferOf(ctx, index);
    setBuffer(ctx, index, all.slice(CRT_BUFFER_SIZE));
    const r = crtWrite(ctx, index, t.handle, all.slice(0, CRT_BUFFER_SIZE));
    if (r.kind === 'blocked') return r;
    ok &&= r.ok;
  }
  return done(ok);
}

/** fflush(stdout) or fflush(stderr): writes whatever the stream's buffer holds (C.1). */
export function flushStd(ctx: NativeContext, index: 1 | 2): StdWrite {
  const t = stdTarget(ctx, index);
  const pending = bufferOf(ctx, index);
  if (t.kind !== 'handle' || pending.length === 0) return done(true);
  setBuffer(ctx, index, EMPTY);
  return crtWrite(ctx, index, t.handle, pending);
}

/** fflush(NULL), exit, ExitProcess: writes stdout's buffer, then stderr's (C.1). A write that
 *  waits ends this call; calling it again after the completion goes on with what is left. */
export function flushAllStd(ctx: NativeContext): StdWrite {
  const out = flushStd(ctx, 1);
  if (out.kind === 'blocked') return out;
  const err = flushStd(ctx, 2);
  return err.kind === 'blocked' ? err : done(out.ok && err.ok);
}

/** Writes text to stdout (1) or stderr (2) wherever it goes; `fn` is the C function writing. */
export function writeStd(ctx: NativeContext, fn: string, index: 1 | 2, text: string): StdWrite {
  const t = stdTarget(ctx, index);
  if (t.kind === 'console') {
    if (text !== '') ctx.writeConsole(text);
    return done(true);
  }
  if (t.kind === 'none') {
    // Nothing to write to: the narration says where the text went (C.3).
    ctx.recordApiCall({
      api: fn,
      args: [],
      result: `the text is lost: the process started with no ${STREAM_NAMES[index]} handle`,
      lastError: currentLastError(ctx),
      facts: ['C.3', '5.14'],
    });
    return done(false);
  }
  const bytes = textModeBytes(text);
  if (ctx.setStdBuffers === undefined)
    return bytes.length ? crtWrite(ctx, index, t.handle, bytes) : done(true);
  setBuffer(ctx, index, concat(bufferOf(ctx, index), bytes));
  return flushFull(ctx, index);
}

// ---- reading -------------------------------------------------------------------------------

/** How much of a redirected stdin's buffer can be decoded now: all of it once the input has
 *  ended; otherwise not an unfinished UTF-8 character or a "\r" whose "\n" may still come. */
function decodableLength(bytes: Uint8Array, ended: boolean): number {
  if (ended) return bytes.length;
  let n = bytes.length;
  if (n > 0 && bytes[n - 1] === 13) n--;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back] ?? 0;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

export interface StdinText {
  readonly text: string;
  readonly atEnd: boolean;
  /** Byte offset in the buffer where each character starts (one more for the end). */
  readonly offsets: readonly number[];
}

/** The text of a redirected stdin's buffer, "\r\n" read as "\n" (C.2). */
export function redirectedStdin(ctx: NativeContext): StdinText {
  const { stdin, stdinEnded } = stdBuffers(ctx);
  const { text, offsets } = decodeFile(stdin.slice(0, decodableLength(stdin, stdinEnded)), true);
  return { text, atEnd: stdinEnded, offsets };
}

/** Consumes the first `chars` characters of what `redirectedStdin` returned. */
export function consumeRedirectedStdin(ctx: NativeContext, available: StdinText, chars: number): void {
  const cut = available.offsets[chars] ?? available.offsets[available.offsets.length - 1] ?? 0;
  setBuffers(ctx, { stdin: stdBuffers(ctx).stdin.slice(cut) });
}

/** Takes what a ReadFile of the runtime gave into the stdin buffer; a failure (the writers are
 *  gone: ERROR_BROKEN_PIPE) or 0 bytes is the end of the input (C.4). */
function takeRead(ctx: NativeContext, outcome: KernelOutcome | Outcome<'ReadFile'>): void {
  const bytes = outcome.kind === 'returned' ? (outcome.out['lpBuffer'] as Uint8Array | undefined) : undefined;
  if (outcome.kind !== 'returned' || outcome.value === 0 || bytes === undefined || bytes.length === 0) {
    setBuffers(ctx, { stdinEnded: true });
    return;
  }
  setBuffers(ctx, { stdin: concat(stdBuffers(ctx).stdin, bytes) });
}

/** Reads the next block of a redirected stdin into the buffer: 'filled' (data or end of input
 *  arrived), or the ReadFile waits. */
export function fillStdin(ctx: NativeContext): 'filled' | { readonly blocked: string } {
  const t = stdTarget(ctx, 0);
  if (t.kind !== 'handle') {
    setBuffers(ctx, { stdinEnded: true });
    return 'filled';
  }
  const outcome = callKernel(ctx, {
    api: 'ReadFile',
    args: { hFile: t.handle, nNumberOfBytesToRead: CRT_BUFFER_SIZE },
  });
  const facts = ['C.4', ...outcome.facts];
  const buffer = "the C runtime's stdin buffer";
  if (outcome.kind === 'blocked') {
    record(
      ctx,
      'ReadFile',
      t.handle,
      buffer,
      CRT_BUFFER_SIZE,
      `blocked: ${outcome.condition.description}`,
      facts,
    );
    return { blocked: outcome.condition.description };
  }
  record(
    ctx,
    'ReadFile',
    t.handle,
    buffer,
    CRT_BUFFER_SIZE,
    resultOf(outcome.kind === 'returned' ? outcome.value : 0),
    facts,
  );
  takeRead(ctx, outcome);
  return 'filled';
}

/** A ReadFile of the runtime that had blocked has completed. */
export function finishStdinRead(ctx: NativeContext, completion: KernelOutcome): void {
  ctx.recordApiCall({
    api: 'ReadFile',
    args: [{ name: 'lpBuffer', display: "the C runtime's stdin buffer" }],
    result: resultOf(completion.kind === 'returned' ? completion.value : 0),
    lastError: currentLastError(ctx),
    facts: ['C.4', ...completion.facts],
  });
  takeRead(ctx, completion);
}
