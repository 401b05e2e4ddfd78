/**
 * FILE* streams. The console streams stdin/stdout/stderr are fixed addresses in the never-
 * mapped low 64 KiB (what `__acrt_iob_func(0..2)` returns), so a program cannot scribble on
 * them and no per-process state is needed to find them. Every other FILE* must be a FILE
 * object that fopen allocated (see file-stream.ts).
 *
 * Reading is modelled as "the text available now, and whether more can come": scanf and fgets
 * scan it and then consume what they used, so a console read that needs more input can block
 * without consuming anything.
 */
import type { NativeContext } from '../native-api.ts';
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

/** stdin, stdout, stderr: __acrt_iob_func(i) = CONSOLE_FILE_BASE + 8*i. */
export const CONSOLE_FILE_BASE = 0x1000;
export const consoleFile = (i: number): number => CONSOLE_FILE_BASE + 8 * i;

export type Stream =
  { readonly kind: 'console'; readonly index: 0 | 1 | 2 } | { readonly kind: 'file'; readonly addr: number };

/** Resolves a FILE* argument; NULL or a pointer that is no FILE ends the process as the UCRT's
 *  invalid-parameter handler does. */
export function resolveStream(ctx: NativeContext, fn: string, ptr: number): Stream {
  for (const index of [0, 1, 2] as const) if (ptr === consoleFile(index)) return { kind: 'console', index };
  if (ptr === 0) throw invalidParameter(fn, 'the FILE pointer is NULL (did fopen fail?)');
  if (!isFileObject(ctx.mem, ptr)) throw invalidParameter(fn, 'the pointer is not a FILE opened by fopen');
  return { kind: 'file', addr: ptr };
}

/** Writes text; false when the stream cannot be written (reported as EOF by the callers).
 *  Text from a wide function goes through the locale's wide-to-multibyte conversion, as in the
 *  UCRT: in the "C" locale a character above U+00FF cannot be converted, so the output stops
 *  there and the call fails — why Korean programs call _tsetlocale(LC_ALL, _T("korean")) first. */
export function writeStream(
  ctx: NativeContext,
  fn: string,
  stream: Stream,
  text: string,
  width: CharWidth = 1,
): boolean {
  const bad =
    width === 2 && inCLocale(ctx.mem, ctx.pid)
      ? [...text].findIndex((c) => (c.codePointAt(0) ?? 0) > 0xff)
      : -1;
  const printable = bad < 0 ? text : [...text].slice(0, bad).join('');
  const ok = writeConverted(ctx, fn, stream, printable);
  return ok && bad < 0;
}

function writeConverted(ctx: NativeContext, fn: string, stream: Stream, text: string): boolean {
  if (stream.kind === 'file') return text === '' || fileWrite(ctx, fn, stream.addr, text);
  if (stream.index === 0) return false;
  if (text !== '') ctx.writeConsole(text);
  return true;
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
  return consoleAvailable(ctx);
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
  else if (chars > 0) ctx.consumeConsoleInput(chars);
}

/** Marks end-of-file on a FILE object when a read hit the end (feof then answers true). */
export function noteEndOfFile(ctx: NativeContext, stream: Stream): void {
  if (stream.kind === 'file') setFileFlags(ctx.mem, stream.addr, FILE_FLAG.EOF);
}
