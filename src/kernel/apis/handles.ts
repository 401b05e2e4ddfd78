/** CloseHandle, Get/SetHandleInformation and the GetCurrent* calls (spec 4, 8.1, 8.2). */
import { ERROR, FALSE, HANDLE_FLAG, PSEUDO, TRUE } from '../constants.ts';
import { closeEntry } from '../close.ts';
import { resolveHandle, updateEntry } from '../handles.ts';
import type { Returned } from '../api-types.ts';
import { fail, ok, type CallCtx, type Handler } from '../handler.ts';
import { emit, type Tx } from '../tx.ts';
import { lookupEntry, processByPid } from './common.ts';
import { closeConsoleHandle, isConsoleValue, setStd, stdOfHandleValue } from './std-handles.ts';

export const CloseHandle: Handler<'CloseHandle'> = {
  run(tx, ctx, { hObject }) {
    // (HANDLE)STD_ERROR_HANDLE closes the current standard-error handle and clears it (4.22).
    const std = stdOfHandleValue(hObject);
    if (std === undefined) return closeValue(tx, ctx, hObject);
    const current = processByPid(tx, ctx.pid).stdHandles[std];
    if (current !== 0) setStd(tx, ctx, std, 0, ['4.22']);
    const r = stdOfHandleValue(current) === undefined ? closeValue(tx, ctx, current) : undefined;
    return r === undefined
      ? fail(FALSE, ERROR.INVALID_HANDLE, ['4.22', '4.3'])
      : { ...r, facts: ['4.22', ...r.facts] };
  },
};

/** Closes what a handle value names: a console pseudo handle, a pseudo handle or a table row. */
function closeValue(tx: Tx, ctx: CallCtx, hObject: number): Returned<'CloseHandle'> {
  if (isConsoleValue(hObject)) return closeConsoleHandle(tx, ctx, hObject);
  const r = resolveHandle(tx.state, ctx.pid, hObject);
  if (r?.kind === 'pseudoProcess') return ok(TRUE, ['4.4', '7.10']);
  if (r?.kind === 'pseudoThread') return ok(TRUE, ['4.5']);
  if (r === undefined) return fail(FALSE, ERROR.INVALID_HANDLE, ['4.3']);
  if (r.entry.protectFromClose) return fail(FALSE, ERROR.INVALID_HANDLE, ['4.16']);
  const waitedOn = tx.state.pending.some((c) => c.held.includes(r.entry.objectId));
  const facts = waitedOn ? ['4.17', '8.7', '4.19'] : ['4.17', '8.7'];
  closeEntry(tx, ctx.pid, r.entry.value, facts);
  return ok(TRUE, facts);
}

const flagsOf = (e: { inherit: boolean; protectFromClose: boolean }): number =>
  (e.inherit ? HANDLE_FLAG.INHERIT : 0) | (e.protectFromClose ? HANDLE_FLAG.PROTECT_FROM_CLOSE : 0);

const isPseudo = (r: ReturnType<typeof resolveHandle>): boolean =>
  r?.kind === 'pseudoProcess' || r?.kind === 'pseudoThread';

export const GetHandleInformation: Handler<'GetHandleInformation'> = {
  run(tx, ctx, { hObject }) {
    // A pseudo handle is no table entry: it has no flags to report (K.10).
    if (isPseudo(resolveHandle(tx.state, ctx.pid, hObject)))
      return ok(TRUE, ['K.10', '4.5'], { lpdwFlags: 0 });
    const e = lookupEntry(tx, ctx, hObject);
    if (e === undefined) return fail(FALSE, ERROR.INVALID_HANDLE, ['4.3', '5.11']);
    return ok(TRUE, ['4.15'], { lpdwFlags: flagsOf(e) });
  },
};

export const SetHandleInformation: Handler<'SetHandleInformation'> = {
  run(tx, ctx, { hObject, dwMask, dwFlags }) {
    // ... and no entry whose flags could change (K.10).
    if (isPseudo(resolveHandle(tx.state, ctx.pid, hObject)))
      return fail(FALSE, ERROR.ACCESS_DENIED, ['K.10', '4.5']);
    const e = lookupEntry(tx, ctx, hObject);
    if (e === undefined) return fail(FALSE, ERROR.INVALID_HANDLE, ['4.3']);
    const merged = (flagsOf(e) & ~dwMask) | (dwFlags & dwMask);
    const next = {
      ...e,
      inherit: (merged & HANDLE_FLAG.INHERIT) !== 0,
      protectFromClose: (merged & HANDLE_FLAG.PROTECT_FROM_CLOSE) !== 0,
    };
    updateEntry(tx, ctx.pid, next);
    emit(tx, {
      type: 'HandleFlagsChanged',
      pid: ctx.pid,
      handle: e.value,
      inherit: next.inherit,
      protectFromClose: next.protectFromClose,
      facts: ['4.15', '2.15'],
    });
    return ok(TRUE, ['4.15', '2.15']);
  },
};

export const GetCurrentProcess: Handler<'GetCurrentProcess'> = {
  run: () => ok(PSEUDO.CURRENT_PROCESS, ['8.2', '4.5']),
};

export const GetCurrentThread: Handler<'GetCurrentThread'> = {
  run: () => ok(PSEUDO.CURRENT_THREAD, ['8.2', '4.5']),
};

export const GetCurrentProcessId: Handler<'GetCurrentProcessId'> = {
  run: (_tx, ctx) => ok(ctx.pid, ['5.19']),
};

export const GetCurrentThreadId: Handler<'GetCurrentThreadId'> = {
  run: (_tx, ctx) => ok(ctx.tid, ['5.19']),
};
