/**
 * Natives over streams that may have to wait for the kernel: a write to a redirected stdout or
 * stderr (a WriteFile into a full pipe waits, spec 2.8) and a read from a redirected stdin (a
 * ReadFile of an empty pipe waits, spec 2.7). Each is written once as a plan or a body that is
 * pure in its arguments; `call` runs it and `resume` finishes the runtime's WriteFile/ReadFile
 * when the kernel completes it, then goes on.
 */
import type { CValue, Native, NativeContext, NativeOutcome } from '../native-api.ts';
import type { CharWidth } from './cstring.ts';
import { value } from './define.ts';
import { fillStdin, finishCrtWrite, finishStdinRead, flushFull, type StdWrite } from './std-streams.ts';
import { convertible, writeOut, type Stream } from './streams.ts';

/** What an output call writes and what it returns. */
export interface OutputPlan {
  readonly stream: Stream;
  readonly text: string;
  readonly width: CharWidth;
  /** The C return value, given whether all the text went out. */
  result(ok: boolean): number;
}

const waitFor = (r: { readonly reason: string }): NativeOutcome => ({
  kind: 'block',
  on: 'kernel',
  reason: r.reason,
});

/** A native that writes what `plan` says. */
export function writingNative(
  name: string,
  plan: (ctx: NativeContext, args: readonly CValue[]) => OutputPlan,
): Native {
  return {
    name,
    call(ctx, args) {
      const p = plan(ctx, args);
      const r = writeOut(ctx, name, p.stream, p.text, p.width);
      return r.kind === 'blocked' ? waitFor(r) : value(p.result(r.ok));
    },
    resume(ctx, args, completion) {
      const p = plan(ctx, args);
      const ok = finishCrtWrite(ctx, completion) && convertible(ctx, p.text, p.width).complete;
      const s = p.stream;
      const more: StdWrite =
        s.kind === 'console' && s.index !== 0 ? flushFull(ctx, s.index) : { kind: 'done', ok: true };
      return more.kind === 'blocked' ? waitFor(more) : value(p.result(ok && more.ok));
    },
  };
}

/** The narrow and wide forms of a writing native. */
export function writingTwins(
  narrow: string,
  wide: string,
  make: (w: CharWidth, name: string) => (ctx: NativeContext, args: readonly CValue[]) => OutputPlan,
): readonly Native[] {
  return [writingNative(narrow, make(1, narrow)), writingNative(wide, make(2, wide))];
}

/** What a reading body answers: its outcome, or 'read' when a redirected stdin must read more. */
export type ReadStep = NativeOutcome | 'read';
type ReadBody = (ctx: NativeContext, args: readonly CValue[]) => ReadStep;

/** Every block read adds data or ends the input, so a read finishes; this only catches a bug. */
const MAX_BLOCKS = 1 << 16;

function attempt(name: string, body: ReadBody, ctx: NativeContext, args: readonly CValue[]): NativeOutcome {
  for (let i = 0; i < MAX_BLOCKS; i++) {
    const r = body(ctx, args);
    if (r !== 'read') return r;
    const filled = fillStdin(ctx);
    if (filled !== 'filled') return waitFor({ reason: filled.blocked });
  }
  throw new Error(`${name}: a redirected stdin read does not end`);
}

/** A native that reads, filling a redirected stdin's buffer with ReadFile as it needs (C.4). */
export function readingNative(name: string, body: ReadBody): Native {
  return {
    name,
    call: (ctx, args) => attempt(name, body, ctx, args),
    resume(ctx, args, completion) {
      finishStdinRead(ctx, completion);
      return attempt(name, body, ctx, args);
    },
  };
}

export function readingTwins(
  narrow: string,
  wide: string,
  make: (w: CharWidth, name: string) => ReadBody,
): readonly Native[] {
  return [readingNative(narrow, make(1, narrow)), readingNative(wide, make(2, wide))];
}
