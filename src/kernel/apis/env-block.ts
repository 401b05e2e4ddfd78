/** SetEnvironmentStrings and ExpandEnvironmentStrings (spec 6.11, 6.12, K.20). */
import { ERROR, FALSE, TRUE } from '../constants.ts';
import { fail, ok, type Handler } from '../handler.ts';
import { emit, putProcess } from '../tx.ts';
import { processByPid } from './common.ts';
import { lookupVariable } from './env.ts';

/** An entry must be NAME=value with a name: no "=" at all, or one first, is refused (6.11). */
const validEntry = (e: string): boolean => e.indexOf('=') > 0;

export const SetEnvironmentStrings: Handler<'SetEnvironmentStrings'> = {
  run(tx, ctx, { NewEnvironment }) {
    if (!NewEnvironment.every(validEntry)) return fail(FALSE, ERROR.INVALID_PARAMETER, ['6.11']);
    const p = processByPid(tx, ctx.pid);
    putProcess(tx, { ...p, environment: [...NewEnvironment] });
    emit(tx, { type: 'EnvironmentReplaced', pid: ctx.pid, count: NewEnvironment.length, facts: ['6.11'] });
    return ok(TRUE, ['6.11']);
  },
};

/**
 * Replaces each %NAME% of a defined variable by its value. A reference to a variable that is not
 * defined, a lone "%" and an unfinished "%NAME" stay as they are, and the values put in are not
 * expanded again (6.12) — the scan goes on after each reference.
 */
export function expandVariables(env: readonly string[], src: string): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const start = src.indexOf('%', i);
    if (start < 0) return out + src.slice(i);
    out += src.slice(i, start);
    const end = src.indexOf('%', start + 1);
    if (end < 0) return out + src.slice(start);
    const name = src.slice(start + 1, end);
    const value = name === '' ? undefined : lookupVariable(env, name);
    out += value ?? src.slice(start, end + 1);
    i = end + 1;
  }
  return out;
}

export const ExpandEnvironmentStrings: Handler<'ExpandEnvironmentStrings'> = {
  run(tx, ctx, { lpSrc, nSize }) {
    const expanded = expandVariables(processByPid(tx, ctx.pid).environment, lpSrc ?? '');
    // The size in characters, terminator included — whether or not it fits (6.12).
    const needed = expanded.length + 1;
    if (nSize >= needed) return ok(needed, ['6.12'], { lpDst: expanded });
    // Too small: what fits is copied and ends with a NUL, and the last error says why (K.20).
    const out = nSize > 0 ? { lpDst: expanded.slice(0, nSize - 1) } : {};
    return ok(needed, ['6.12', 'K.20'], out, ERROR.INSUFFICIENT_BUFFER);
  },
};
