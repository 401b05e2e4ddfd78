/**
 * The scanf engine's input cursor and shared types. Input that may still grow (the console)
 * throws `NeedMore` when a scan must look past the text it has.
 */
import type { LengthModifier } from './spec.ts';
import type { ScanValue } from './scanf.ts';

export class NeedMore {}

/** A read position over input that may be incomplete. */
export class Input {
  pos = 0;
  /** The scan looked past the last character (a stream's end-of-file indicator gets set). */
  hitEnd = false;
  constructor(
    private readonly text: string,
    private readonly atEnd: boolean,
  ) {}
  /** The character at the position, undefined at end of input; throws NeedMore if not known yet. */
  peek(): string | undefined {
    if (this.pos < this.text.length) return this.text[this.pos];
    if (!this.atEnd) throw new NeedMore();
    this.hitEnd = true;
    return undefined;
  }
  skipSpace(): void {
    for (let c = this.peek(); c !== undefined && isSpace(c); c = this.peek()) this.pos++;
  }
  /** Takes characters while `ok` holds, at most `max`. */
  takeWhile(ok: (c: string) => boolean, max: number): string {
    let s = '';
    for (let c = s.length < max ? this.peek() : undefined; c !== undefined && ok(c);) {
      s += c;
      this.pos++;
      c = s.length < max ? this.peek() : undefined;
    }
    return s;
  }
}

export const isSpace = (c: string): boolean => c === ' ' || (c >= '\t' && c <= '\r');

/** Why scanning stopped early: the input ran out (EOF if nothing was converted) or did not match. */
export type Stop = 'input' | 'match';

export interface Conversion {
  readonly suppress: boolean;
  readonly width: number | undefined;
  readonly length: LengthModifier;
  readonly conv: string;
  /** For %[: membership in the scan set. */
  readonly inSet?: (c: string) => boolean;
}

export interface Scan {
  readonly input: Input;
  readonly fnWidth: 1 | 2;
  readonly values: ScanValue[];
  assigned: number;
  /** A conversion (assigned or suppressed) has completed: EOF is no longer the result. */
  converted: boolean;
}

export function emit(s: Scan, conv: Conversion, v: ScanValue): undefined {
  s.converted = true;
  if (conv.suppress) return undefined;
  s.values.push(v);
  if (v.kind !== 'count') s.assigned++;
  return undefined;
}
