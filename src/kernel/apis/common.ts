/** Helpers shared by the API handlers: handle lookups that produce Windows errors, access maps. */
import { ACCESS, ERROR } from '../constants.ts';
import { resolveHandle } from '../handles.ts';
import type { ObjectId, Pid } from '../ids.ts';
import type { CallCtx } from '../handler.ts';
import type { HandleEntry, ProcessRecord } from '../state.ts';
import type { Tx } from '../tx.ts';

/** Maps GENERIC_* bits of a file-like access mask to the specific rights (MSDOC File Security). */
export function mapFileAccess(desired: number): number {
  let a = desired & 0x0fffffff;
  if (desired & ACCESS.GENERIC_READ) a |= ACCESS.FILE_GENERIC_READ;
  if (desired & ACCESS.GENERIC_WRITE) a |= ACCESS.FILE_GENERIC_WRITE;
  if (desired & ACCESS.GENERIC_ALL) a |= ACCESS.FILE_ALL_ACCESS;
  return a >>> 0;
}

export function mapProcessAccess(desired: number): number {
  return desired & ACCESS.GENERIC_ALL ? ACCESS.PROCESS_ALL_ACCESS : (desired & 0x0fffffff) >>> 0;
}

export const canRead = (e: HandleEntry): boolean => (e.access & ACCESS.FILE_READ_DATA) !== 0;
export const canWrite = (e: HandleEntry): boolean =>
  (e.access & (ACCESS.FILE_WRITE_DATA | ACCESS.FILE_APPEND_DATA)) !== 0;

/** A process handle as seen by the caller: the pseudo handle is the caller with all access. */
export interface ProcessRef {
  readonly process: ProcessRecord;
  readonly objectId: ObjectId;
  readonly access: number;
  readonly isSelf: boolean;
}

export type Lookup<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: number };

export function processByPid(tx: Tx, pid: Pid): ProcessRecord {
  const p = tx.state.processes[pid];
  if (p === undefined) throw new Error(`kernel bug: no process ${pid}`);
  return p;
}

export function lookupProcess(tx: Tx, ctx: CallCtx, h: number): Lookup<ProcessRef> {
  const r = resolveHandle(tx.state, ctx.pid, h);
  if (r?.kind === 'pseudoProcess') {
    const process = processByPid(tx, ctx.pid);
    return {
      ok: true,
      value: { process, objectId: process.processObject, access: ACCESS.PROCESS_ALL_ACCESS, isSelf: true },
    };
  }
  if (r?.kind !== 'entry' || r.entry.role !== 'process') return { ok: false, error: ERROR.INVALID_HANDLE };
  const o = tx.state.objects[r.entry.objectId];
  if (o?.kind !== 'process') return { ok: false, error: ERROR.INVALID_HANDLE };
  const process = processByPid(tx, o.pid);
  return { ok: true, value: { process, objectId: o.id, access: r.entry.access, isSelf: o.pid === ctx.pid } };
}

/** A handle-table entry of the caller (pseudo handles excluded). */
export function lookupEntry(tx: Tx, ctx: CallCtx, h: number): HandleEntry | undefined {
  const r = resolveHandle(tx.state, ctx.pid, h);
  return r?.kind === 'entry' ? r.entry : undefined;
}
