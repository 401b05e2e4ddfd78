/**
 * Standard handles: GetStdHandle, SetStdHandle, and what CloseHandle does with the STD_*_HANDLE
 * values and with console pseudo handles (spec 4.22, 5.14; K.14, K.16).
 */
import { CONSOLE_HANDLE, ERROR, FALSE, INVALID_HANDLE_VALUE, STD_HANDLE, TRUE } from '../constants.ts';
import { fail, ok, type CallCtx, type Handler } from '../handler.ts';
import type { Returned } from '../api-types.ts';
import type { StdHandles } from '../state.ts';
import { emit, putProcess, type Tx } from '../tx.ts';
import { processByPid } from './common.ts';

export type StdWhich = keyof StdHandles;

const BY_NUMBER: Readonly<Record<number, StdWhich>> = {
  [STD_HANDLE.INPUT]: 'input',
  [STD_HANDLE.OUTPUT]: 'output',
  [STD_HANDLE.ERROR]: 'error',
};

/** Which standard handle an nStdHandle names: (DWORD)-10, -11, -12, signed or not. */
export const stdWhich = (n: number): StdWhich | undefined => BY_NUMBER[n | 0];

/** A handle value that stands for a standard handle in CloseHandle: (HANDLE)STD_ERROR_HANDLE
 *  is 0xFFFFFFF4 on x64 (the DWORD zero-extended), (HANDLE)-12 is -12; both are accepted, as
 *  kernel32 compares the low 32 bits. */
export function stdOfHandleValue(h: number): StdWhich | undefined {
  if (!Number.isInteger(h) || h < -12 || h > 0xffffffff) return undefined;
  return h < 0 || h >= 0xfffffff4 ? stdWhich(h) : undefined;
}

export const CONSOLE_VALUES: readonly number[] = Object.values(CONSOLE_HANDLE);
export const isConsoleValue = (h: number): boolean => CONSOLE_VALUES.includes(h);

/** Sets one standard handle of the caller and reports it. */
export function setStd(
  tx: Tx,
  ctx: CallCtx,
  which: StdWhich,
  handle: number,
  facts: readonly string[],
): void {
  const p = processByPid(tx, ctx.pid);
  putProcess(tx, { ...p, stdHandles: { ...p.stdHandles, [which]: handle } });
  emit(tx, { type: 'StdHandleChanged', pid: ctx.pid, which, handle, facts });
}

/** CloseHandle on a console pseudo handle: it is no table row, but it is open or not (K.14). */
export function closeConsoleHandle(tx: Tx, ctx: CallCtx, h: number): Returned<'CloseHandle'> {
  const p = processByPid(tx, ctx.pid);
  if (!p.consoleHandles.includes(h)) return fail(FALSE, ERROR.INVALID_HANDLE, ['4.3', 'K.14']);
  putProcess(tx, { ...p, consoleHandles: p.consoleHandles.filter((c) => c !== h) });
  return ok(TRUE, ['K.14']);
}

export const GetStdHandle: Handler<'GetStdHandle'> = {
  run(tx, ctx, { nStdHandle }) {
    const which = stdWhich(nStdHandle);
    if (which === undefined) return fail(INVALID_HANDLE_VALUE, ERROR.INVALID_HANDLE, ['K.16']);
    return ok(processByPid(tx, ctx.pid).stdHandles[which], ['K.16', '5.14']);
  },
};

export const SetStdHandle: Handler<'SetStdHandle'> = {
  run(tx, ctx, { nStdHandle, hHandle }) {
    const which = stdWhich(nStdHandle);
    if (which === undefined) return fail(FALSE, ERROR.INVALID_HANDLE, ['K.16']);
    // The value is not checked: any number is stored, as on Windows (K.16).
    setStd(tx, ctx, which, hHandle, ['K.16']);
    return ok(TRUE, ['K.16']);
  },
};
