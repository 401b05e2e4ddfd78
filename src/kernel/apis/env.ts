/** Environment variables and the per-thread last error (spec 6, 5.15). */
import { ERROR, FALSE, TRUE } from '../constants.ts';
import { fail, ok, type Handler } from '../handler.ts';
import { emit, putProcess } from '../tx.ts';
import { processByPid } from './common.ts';

const nameOf = (entry: string): string => entry.slice(0, Math.max(0, entry.indexOf('=', 1)));
const valueOf = (entry: string): string => entry.slice(entry.indexOf('=', 1) + 1);
const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The value of a variable (names are case-insensitive, 6.5), or undefined. */
export function lookupVariable(env: readonly string[], name: string): string | undefined {
  const hit = env.find((e) => e.indexOf('=', 1) > 0 && sameName(nameOf(e), name));
  return hit === undefined ? undefined : valueOf(hit);
}

export const GetEnvironmentVariable: Handler<'GetEnvironmentVariable'> = {
  run(tx, ctx, { lpName, nSize }) {
    if (lpName === null || lpName === '') return fail(0, ERROR.ENVVAR_NOT_FOUND, ['6.9']);
    const value = lookupVariable(processByPid(tx, ctx.pid).environment, lpName);
    if (value === undefined) return fail(0, ERROR.ENVVAR_NOT_FOUND, ['6.6', '6.8', '6.5']);
    if (nSize <= value.length)
      return ok(value.length + 1, value === '' ? ['6.7'] : ['6.2', '6.3', '6.5', '7.9']);
    return ok(value.length, value === '' ? ['6.7', '6.8'] : ['6.4', '6.5'], { lpBuffer: value });
  },
};

export const SetEnvironmentVariable: Handler<'SetEnvironmentVariable'> = {
  run(tx, ctx, { lpName, lpValue }) {
    if (lpName === null || lpName === '' || lpName.includes('='))
      return fail(FALSE, ERROR.INVALID_PARAMETER, ['6.14']);
    const p = processByPid(tx, ctx.pid);
    const others = p.environment.filter((e) => !(e.indexOf('=', 1) > 0 && sameName(nameOf(e), lpName)));
    const at = p.environment.findIndex((e) => e.indexOf('=', 1) > 0 && sameName(nameOf(e), lpName));
    const entry = `${lpName}=${lpValue ?? ''}`;
    const environment =
      lpValue === null
        ? others
        : at < 0
          ? [...others, entry]
          : [...others.slice(0, at), entry, ...others.slice(at)];
    putProcess(tx, { ...p, environment });
    const facts =
      lpValue === null ? ['6.6', '6.5', '6.13'] : lpValue === '' ? ['6.7', '6.13'] : ['6.1', '6.13'];
    emit(tx, { type: 'EnvironmentChanged', pid: ctx.pid, name: lpName, value: lpValue, facts });
    return ok(TRUE, facts);
  },
};

export const GetEnvironmentStrings: Handler<'GetEnvironmentStrings'> = {
  run: (tx, ctx) => ok(1, ['6.10'], { lpszEnvironmentBlock: [...processByPid(tx, ctx.pid).environment] }),
};

export const SetLastError: Handler<'SetLastError'> = {
  run: (_tx, _ctx, { dwErrCode }) => ok(0, ['K.2'], {}, dwErrCode >>> 0),
};

export const GetLastError: Handler<'GetLastError'> = {
  run: (tx, ctx) => ok(tx.state.lastError[ctx.tid] ?? 0, ['K.2']),
};
