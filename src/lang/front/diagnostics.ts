/**
 * Compile errors. A stage that meets an error throws a `CompileError` carrying a location; the
 * parser catches it at a recovery point (a statement, a declaration, a struct member, a
 * condition), records it in the context and resynchronises (recovery.ts), so one compilation
 * reports up to `MAX_ERRORS` errors. A `FollowOnError` aborts a construct whose cause was
 * already reported (a name reported as undeclared, used again): it is never shown.
 */
import type { Loc } from './ast.ts';
import type { CompileWords } from './error-words.ts';

export interface CompileErrorInfo {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly message: string;
  /** The message's words, for the reader's language; absent for the compiler's own failures
   *  (and in data saved before errors had words): the message is then shown as it is. */
  readonly words?: CompileWords;
}

export class CompileError extends Error {
  constructor(
    readonly loc: Loc,
    message: string,
    readonly words?: CompileWords,
  ) {
    super(message);
    this.name = 'CompileError';
  }
}

/** Aborts a construct whose error was already reported; recovery drops it silently. */
export class FollowOnError extends Error {
  constructor() {
    super('follow-on error');
    this.name = 'FollowOnError';
  }
}

/** Thrown when a compilation has reported `MAX_ERRORS` errors: it stops there. */
export class TooManyErrors extends Error {
  constructor() {
    super('too many errors');
    this.name = 'TooManyErrors';
  }
}

/** Errors reported per compilation at most. */
export const MAX_ERRORS = 20;

export function followOn(): never {
  throw new FollowOnError();
}

/** `FILE:LINE:COL: error: MESSAGE`, as compilers print it. */
export function formatError(e: CompileErrorInfo): string {
  return `${e.file}:${e.line}:${e.col}: error: ${e.message}`;
}

/** Throws a compile error without words: only for the compiler's own failures ("internal: …");
 *  a student's error is thrown with its words (error-words.ts `failWith`). */
export function fail(loc: Loc, message: string): never {
  throw new CompileError(loc, message);
}

/** A range from the start of `a` to the end of `b`, when both are in the same file. */
export function span(a: Loc, b: Loc): Loc {
  if (a.file !== b.file || b.endLine < a.line || (b.endLine === a.line && b.endCol < a.col)) return a;
  return { file: a.file, line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol };
}

/** Levenshtein distance, case-insensitive, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[y.length] ?? 0;
}

/** The closest candidate within a distance that scales with the name's length, if any. */
export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  for (const c of candidates) {
    if (c === name || Math.abs(c.length - name.length) > bestD) continue;
    const d = editDistance(name, c);
    if (d <= bestD && (best === undefined || d < bestD)) {
      best = c;
      bestD = d;
    }
  }
  return best;
}
