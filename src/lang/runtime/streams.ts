/**
 * FILE* streams. The standard streams stdin/stdout/stderr are fixed addresses in the never-
 * mapped low 64 KiB (what `__acrt_iob_func(0..2)` returns), so a program cannot scribble on
 * them and no per-process state is needed to find them; where they go (the console, a pipe, a
 * file, nowhere) is decided by the process's standard handles (std-streams.ts). Every other
 * FILE* must be a FILE object that fopen allocated (see file-stream.ts).
 *
 * Reading is modelled as "the text available now, and whether more can come": scanf and fgets
 * scan it and then consume what they used, so a console read that needs more input can block
 * without consuming anything.
 */
import type { NativeContext, NativeOutcome } from '../native-api.ts';
import { inCLocale } from './crt-state.ts';
import type { CharWidth } from './cstring.ts';
import { invalidParameter } from './strings.ts';
import {
  fileAvailable,
  fileConsume,
  fileWrite,
  isFileObject,
  setFileFlags,
  FILE_FLAG,
} from './file-stream.ts';
import {
  consumeRedirectedStdin,
  redirectedStdin,
  stdTarget,
  writeStd,
  type StdinText,
  type StdWrite,
} from './std-streams.ts';

/** stdin, stdout, stderr: __acrt_iob_func(i) = CONSOLE_FILE_BASE + 8*i. */
export const CONSOLE_FILE_BASE = 0x1000;
export const consoleFile = (i: number): number => CONSOLE_FILE_BASE + 8 * i;

export type Stream =
  { readonly kind: 'console'; readonly index: 0 | 1 | 2 } | { readonly kind: 'file'; readonly addr: number };

/** Resolves a FILE* argument; NULL or a pointer that is no FILE ends the process as the UCRT's
 *  invalid-parameter handler does. */
export function resolveStream(ctx: NativeContext, fn: string, ptr: number): Stream {
  for (const index of [0, 1, 2] as const) if (ptr === consoleFile(index)) return { kind: 'console', index };
  if (ptr === 0) throw invalidParameter('invalidFileNull', fn);
  if (!isFileObject(ctx.mem, ptr)) throw invalidParameter('invalidNotFile', fn);
  return { kind: 'file', addr: ptr };
}

/** The part of `text` the stream can take, and whether that is all of it. Text from a wide
 *  function goes through the locale's wide-to-multibyte conversion, as in the UCRT: in the "C"
 *  locale a character above U+00FF cannot be converted, so the output stops there and the call
 *  fails — why Korean programs call _tsetlocale(LC_ALL, _T("korean")) first. */
export function convertible(
  ctx: NativeContext,
  text: string,
  width: CharWidth,
): { readonly printable: string; readonly complete: boolean } {
  const bad =
    width === 2 && inCLocale(ctx.mem, ctx.pid)
      ? [...text].findIndex((c) => (c.codePointAt(0) ?? 0) > 0xff)
      : -1;
  return { printable: bad < 0 ? text : [...text].slice(0, bad).join(''), complete: bad < 0 };
}

/** Writes text: a file at once; stdout and stderr wherever their handles go, which may have to
 *  wait for a pipe (`blocked`). `ok` is false when the stream could not take all of it. */
export function writeOut(
  ctx: NativeContext,
  fn: string,
  stream: Stream,
  text: string,
  width: CharWidth = 1,
): StdWrite {
  const { printable, complete } = convertible(ctx, text, width);
  if (stream.kind === 'file')
    return { kind: 'done', ok: (printable === '' || fileWrite(ctx, fn, stream.addr, printable)) && complete };
  if (stream.index === 0) return { kind: 'done', ok: false };
  const r = writeStd(ctx, fn, stream.index, printable);
  return r.kind === 'blocked' ? r : { kind: 'done', ok: r.ok && complete };
}

export interface Available {
  /** Text that can be read now. */
  readonly text: string;
  /** No more text will come after it (end of file, or console input closed). */
  readonly atEnd: boolean;
}

export function availableText(ctx: NativeContext, stream: Stream): Available {
  if (stream.kind === 'file') return fileAvailable(ctx, stream.addr);
  if (stream.index !== 0) return { text: '', atEnd: true };
  const target = stdTarget(ctx, 0);
  if (target.kind === 'handle') return redirectedStdin(ctx);
  return target.kind === 'console' ? consoleAvailable(ctx) : { text: '', atEnd: true };
}

/** A read needs more input than there is: the console waits for typing; a redirected stdin
 *  reads its next block (`'read'`, done by the reading natives, C.4). */
export function needInput(ctx: NativeContext, stream: Stream, reason: string): NativeOutcome | 'read' {
  if (stream.kind === 'console' && stream.index === 0 && stdTarget(ctx, 0).kind === 'handle') return 'read';
  return { kind: 'block', on: 'console', reason };
}

/**
 * The console input: the text typed and not yet read, and whether more can come. The contract
 * says only "undefined at end of input", which cannot express "this text, and then end of input"
 * (a scripted stdin whose last line has no newline, or a "\n" left after the last scanf): a
 * context that also offers `consoleInputEnded: true` lets such reads finish instead of waiting.
 */
export function consoleAvailable(ctx: NativeContext): Available {
  const input = ctx.consoleInput;
  if (input === undefined) return { text: '', atEnd: true };
  const ended = (ctx as { readonly consoleInputEnded?: boolean }).consoleInputEnded === true;
  return { text: input, atEnd: ended };
}

/** Consumes `chars` characters of what `availableText` returned. */
export function consumeText(ctx: NativeContext, stream: Stream, available: Available, chars: number): void {
  if (stream.kind === 'file') fileConsume(ctx, stream.addr, available, chars);
  else if (stdTarget(ctx, 0).kind === 'handle') consumeRedirectedStdin(ctx, available as StdinText, chars);
  else if (chars > 0) ctx.consumeConsoleInput(chars);
}

/** Marks end-of-file on a FILE object when a read hit the end (feof then answers true). */
export function noteEndOfFile(ctx: NativeContext, stream: Stream): void {
  if (stream.kind === 'file') setFileFlags(ctx.mem, stream.addr, FILE_FLAG.EOF);
}
