/** ResumeThread, SuspendThread and GetExitCodeThread on a process's one thread (spec 5.10, K.15). */
import { ACCESS, ERROR, FALSE, MAXIMUM_SUSPEND_COUNT, STILL_ACTIVE, TRUE } from '../constants.ts';
import { resolveHandle } from '../handles.ts';
import { fail, ok, type CallCtx } from '../handler.ts';
import type { Handler } from '../handler.ts';
import type { ProcessRecord } from '../state.ts';
import { emit, putProcess, type Tx } from '../tx.ts';
import { processByPid, type Lookup } from './common.ts';

const FAILED = 0xffffffff;

/** The process whose thread a handle names (GetCurrentThread() is the caller's), with the
 *  handle's access; a process handle or anything else is ERROR_INVALID_HANDLE. */
function lookupThread(tx: Tx, ctx: CallCtx, h: number): Lookup<{ process: ProcessRecord; access: number }> {
  const r = resolveHandle(tx.state, ctx.pid, h);
  if (r?.kind === 'pseudoThread')
    return { ok: true, value: { process: processByPid(tx, ctx.pid), access: ACCESS.THREAD_ALL_ACCESS } };
  const o = r?.kind === 'entry' ? tx.state.objects[r.entry.objectId] : undefined;
  if (r?.kind !== 'entry' || o?.kind !== 'thread') return { ok: false, error: ERROR.INVALID_HANDLE };
  return { ok: true, value: { process: processByPid(tx, o.pid), access: r.entry.access } };
}

function setCount(tx: Tx, p: ProcessRecord, to: number, facts: readonly string[]): void {
  putProcess(tx, { ...p, suspendCount: to });
  emit(tx, { type: 'ThreadSuspendCountChanged', pid: p.pid, tid: p.tid, from: p.suspendCount, to, facts });
}

export const ResumeThread: Handler<'ResumeThread'> = {
  run(tx, ctx, { hThread }) {
    const r = lookupThread(tx, ctx, hThread);
    if (!r.ok) return fail(FAILED, r.error, ['K.15']);
    if ((r.value.access & ACCESS.THREAD_SUSPEND_RESUME) === 0)
      return fail(FAILED, ERROR.ACCESS_DENIED, ['K.15']);
    const p = r.value.process;
    // The previous count; a thread that is not suspended stays as it is and gives 0.
    if (p.suspendCount === 0) return ok(0, ['K.15']);
    setCount(tx, p, p.suspendCount - 1, ['5.10']);
    return ok(p.suspendCount, ['5.10']);
  },
};

export const SuspendThread: Handler<'SuspendThread'> = {
  run(tx, ctx, { hThread }) {
    const r = lookupThread(tx, ctx, hThread);
    if (!r.ok) return fail(FAILED, r.error, ['K.15']);
    const p = r.value.process;
    if ((r.value.access & ACCESS.THREAD_SUSPEND_RESUME) === 0 || p.exitCode !== null)
      return fail(FAILED, ERROR.ACCESS_DENIED, ['K.15']);
    if (p.suspendCount >= MAXIMUM_SUSPEND_COUNT) return fail(FAILED, ERROR.SIGNAL_REFUSED, ['K.15']);
    setCount(tx, p, p.suspendCount + 1, ['K.15']);
    return ok(p.suspendCount, ['K.15']);
  },
};

export const GetExitCodeThread: Handler<'GetExitCodeThread'> = {
  run(tx, ctx, { hThread }) {
    const r = lookupThread(tx, ctx, hThread);
    if (!r.ok) return fail(FALSE, r.error, ['K.15']);
    const query = ACCESS.THREAD_QUERY_INFORMATION | ACCESS.THREAD_QUERY_LIMITED_INFORMATION;
    if ((r.value.access & query) === 0) return fail(FALSE, ERROR.ACCESS_DENIED, ['K.15']);
    const code = r.value.process.exitCode;
    return code === null
      ? ok(TRUE, ['5.10', '5.8'], { lpExitCode: STILL_ACTIVE })
      : ok(TRUE, ['5.10', '5.7'], { lpExitCode: code });
  },
};
