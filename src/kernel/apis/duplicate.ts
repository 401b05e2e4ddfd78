/** DuplicateHandle within and across processes (spec 4.8–4.14). */
import { ACCESS, DUPLICATE, ERROR, FALSE, TRUE } from '../constants.ts';
import { closeEntry } from '../close.ts';
import { openHandle, removeEntry, resolveHandle, type NewEntry } from '../handles.ts';
import { fail, ok, type CallCtx, type Handler } from '../handler.ts';
import type { HandleValue, Pid } from '../ids.ts';
import type { HandleEntry } from '../state.ts';
import { release } from '../refs.ts';
import { emit, type Tx } from '../tx.ts';
import { lookupProcess, processByPid, type ProcessRef } from './common.ts';
import type { SyscallArgs } from '../api-types.ts';

type Args = SyscallArgs['DuplicateHandle'];

/** A failed DuplicateHandle writes NULL to *lpTargetHandle (K.11). */
const NO_TARGET = { lpTargetHandle: 0 };
const refuse = (error: number) => fail<'DuplicateHandle'>(FALSE, error, ['4.12', 'K.11'], NO_TARGET);

/** The entry the source handle names in the source process; pseudo handles only for the caller
 *  itself (4.12), where they become a new entry for the caller's process or thread object. */
function sourceEntry(
  tx: Tx,
  ctx: CallCtx,
  src: ProcessRef,
  h: number,
): Omit<HandleEntry, 'value'> | undefined {
  const r = resolveHandle(tx.state, src.process.pid, h);
  if (r?.kind === 'entry') return r.entry;
  if (r === undefined || !src.isSelf) return undefined;
  const p = processByPid(tx, ctx.pid);
  return r.kind === 'pseudoProcess'
    ? {
        objectId: p.processObject,
        role: 'process',
        access: ACCESS.PROCESS_ALL_ACCESS,
        inherit: false,
        protectFromClose: false,
      }
    : {
        objectId: p.threadObject,
        role: 'thread',
        access: ACCESS.THREAD_ALL_ACCESS,
        inherit: false,
        protectFromClose: false,
      };
}

/** DUPLICATE_CLOSE_SOURCE closes the source whatever else happens, unless it is protected (4.11, 4.12). */
function closeSource(tx: Tx, pid: Pid, h: number): void {
  const r = resolveHandle(tx.state, pid, h);
  if (r?.kind === 'entry' && !r.entry.protectFromClose) closeEntry(tx, pid, r.entry.value, ['4.12']);
}

type Source = ReturnType<typeof sourceEntry> & object;

/** The facts a duplication applies, by what kind of source it had. */
function factsFor(entry: Source, moving: boolean, closing: boolean): string[] {
  if (moving) return ['4.9', '4.10', '8.1', '4.13'];
  if (!('value' in entry)) return ['4.8', '4.14', '4.13'];
  return closing ? ['4.11', '4.14', '4.13'] : ['4.14', '4.13'];
}

/** Puts the copy in the target's table. Moving (DUPLICATE_CLOSE_SOURCE on a closable handle):
 *  the source slot is freed first, so a same-process duplicate gets it back (4.9, 4.10), and
 *  the source's reference passes to the copy. */
function place(
  tx: Tx,
  src: ProcessRef,
  target: ProcessRef,
  entry: Source,
  fresh: NewEntry,
  moving: boolean,
): HandleValue {
  if (moving) {
    const old = removeEntry(tx, src.process.pid, (entry as HandleEntry).value);
    emit(tx, {
      type: 'HandleClosed',
      pid: src.process.pid,
      handle: old.value,
      objectId: old.objectId,
      facts: ['4.12'],
    });
  }
  const value = openHandle(tx, target.process.pid, fresh, moving ? ['4.9'] : ['4.14']);
  if (moving) release(tx, entry.objectId, ['4.9']);
  return value;
}

function duplicate(tx: Tx, ctx: CallCtx, a: Args, src: ProcessRef, target: ProcessRef) {
  const entry = sourceEntry(tx, ctx, src, a.hSourceHandle);
  if (entry === undefined) return refuse(ERROR.INVALID_HANDLE);
  if (target.process.exitCode !== null) return refuse(ERROR.ACCESS_DENIED);
  const sameAccess = (a.dwOptions & DUPLICATE.SAME_ACCESS) !== 0;
  const access = sameAccess ? entry.access : a.dwDesiredAccess >>> 0;
  const fresh = { ...entry, access, inherit: a.bInheritHandle, protectFromClose: false };
  const closing = (a.dwOptions & DUPLICATE.CLOSE_SOURCE) !== 0;
  const moving = closing && 'value' in entry && !entry.protectFromClose;
  const facts = factsFor(entry, moving, closing);
  const value = place(tx, src, target, entry, fresh, moving);
  emit(tx, {
    type: 'HandleDuplicated',
    sourcePid: src.process.pid,
    sourceHandle: a.hSourceHandle,
    targetPid: target.process.pid,
    targetHandle: value,
    objectId: entry.objectId,
    facts,
  });
  if (closing && !moving) closeSource(tx, src.process.pid, a.hSourceHandle);
  return ok<'DuplicateHandle'>(TRUE, facts, { lpTargetHandle: value });
}

export const DuplicateHandle: Handler<'DuplicateHandle'> = {
  run(tx, ctx, a) {
    const src = lookupProcess(tx, ctx, a.hSourceProcessHandle);
    if (!src.ok) return refuse(src.error);
    if ((src.value.access & ACCESS.PROCESS_DUP_HANDLE) === 0) return refuse(ERROR.ACCESS_DENIED);
    const closing = (a.dwOptions & DUPLICATE.CLOSE_SOURCE) !== 0;
    if (a.hTargetProcessHandle === 0 && closing) {
      closeSource(tx, src.value.process.pid, a.hSourceHandle);
      return ok(TRUE, ['4.12']);
    }
    const target = lookupProcess(tx, ctx, a.hTargetProcessHandle);
    const bad = !target.ok
      ? target.error
      : (target.value.access & ACCESS.PROCESS_DUP_HANDLE) === 0
        ? ERROR.ACCESS_DENIED
        : 0;
    if (bad !== 0 || !target.ok) {
      if (closing) closeSource(tx, src.value.process.pid, a.hSourceHandle);
      return refuse(bad);
    }
    return duplicate(tx, ctx, a, src.value, target.value);
  },
};
