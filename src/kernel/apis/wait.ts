/** WaitForSingleObject, WaitForMultipleObjects, Sleep, GetTickCount (spec 4.1, 4.2, 4.7, 5.1, 5.4). */
import { ACCESS, ERROR, MAXIMUM_WAIT_OBJECTS, WAIT } from '../constants.ts';
import { resolveHandle } from '../handles.ts';
import { block, deadlineAfter, fail, ok, type CallCtx, type Handler } from '../handler.ts';
import type { ObjectId } from '../ids.ts';
import type { HandleEntry, KernelState } from '../state.ts';
import type { Tx } from '../tx.ts';
import { processByPid } from './common.ts';
import { said } from '../wait-words.ts';

/** What one waited handle stands for; a client pipe handle remembers its connection (3.58). */
interface Target {
  readonly objectId: ObjectId;
  readonly entry: HandleEntry | null;
}

type TargetLookup = Target | { readonly error: number };

function targetOf(tx: Tx, ctx: CallCtx, h: number, allowPseudo: boolean): TargetLookup {
  const r = resolveHandle(tx.state, ctx.pid, h);
  if (r === undefined) return { error: ERROR.INVALID_HANDLE };
  if (r.kind !== 'entry') {
    if (!allowPseudo) return { error: ERROR.INVALID_HANDLE };
    const p = processByPid(tx, ctx.pid);
    return { objectId: r.kind === 'pseudoProcess' ? p.processObject : p.threadObject, entry: null };
  }
  if ((r.entry.access & ACCESS.SYNCHRONIZE) === 0) return { error: ERROR.ACCESS_DENIED };
  return { objectId: r.entry.objectId, entry: r.entry };
}

function signaled(state: KernelState, t: Target): boolean {
  const o = state.objects[t.objectId];
  if (o === undefined) return false;
  if (o.kind === 'namedPipeInstance' && t.entry?.role === 'pipeClient' && t.entry.connection !== o.connection)
    return false;
  return o.signaled;
}

// --- WaitForSingleObject -------------------------------------------------------------------

function singleTarget(tx: Tx, ctx: CallCtx, h: number): TargetLookup {
  return targetOf(tx, ctx, h, true);
}

export const WaitForSingleObject: Handler<'WaitForSingleObject'> = {
  run(tx, ctx, { hHandle, dwMilliseconds }) {
    const t = singleTarget(tx, ctx, hHandle);
    if ('error' in t)
      return fail(WAIT.FAILED, t.error, t.error === ERROR.ACCESS_DENIED ? ['4.21'] : ['4.2', '5.1']);
    const tagged = hHandle > 0 && (hHandle & 3) !== 0 ? ['4.1'] : [];
    const facts = ['5.1', ...tagged, ...(t.entry?.role === 'pipeClient' ? ['3.58'] : [])];
    if (signaled(tx.state, t)) return ok(WAIT.OBJECT_0, [...facts, '4.2']);
    if (dwMilliseconds === 0) return ok(WAIT.TIMEOUT, hHandle < 0 ? [...facts, '4.7', '7.10'] : facts);
    const condition = {
      kind: 'objects' as const,
      objectIds: [t.objectId],
      waitAll: false,
      deadline: deadlineAfter(tx.state.now, dwMilliseconds),
      ...said('waitOne', { id: t.objectId }),
    };
    return block(condition, [t.objectId], hHandle < 0 ? [...facts, '4.7', '7.10'] : facts);
  },
  resume(tx, ctx, { hHandle }, call) {
    const id = call.held[0];
    if (id === undefined) return undefined;
    const r = resolveHandle(tx.state, ctx.pid, hHandle);
    const entry = r?.kind === 'entry' && r.entry.objectId === id ? r.entry : null;
    return signaled(tx.state, { objectId: id, entry }) ? ok(WAIT.OBJECT_0, ['5.1', '5.7']) : undefined;
  },
  timeout: () => ok(WAIT.TIMEOUT, ['5.1']),
};

// --- WaitForMultipleObjects ----------------------------------------------------------------

function targetsOf(tx: Tx, ctx: CallCtx, hs: readonly number[]): Target[] | { error: number } {
  const out: Target[] = [];
  for (const h of hs) {
    const t = targetOf(tx, ctx, h, false);
    if ('error' in t) return t;
    out.push(t);
  }
  return out;
}

/** WAIT_OBJECT_0 + the lowest signaled index (any), WAIT_OBJECT_0 (all), or undefined. */
function check(state: KernelState, ts: readonly Target[], all: boolean): number | undefined {
  if (all) return ts.every((t) => signaled(state, t)) ? WAIT.OBJECT_0 : undefined;
  const i = ts.findIndex((t) => signaled(state, t));
  return i < 0 ? undefined : WAIT.OBJECT_0 + i;
}

function retarget(tx: Tx, ctx: CallCtx, hs: readonly number[], ids: readonly ObjectId[]): Target[] {
  return ids.map((objectId, i) => {
    const r = resolveHandle(tx.state, ctx.pid, hs[i] ?? 0);
    return { objectId, entry: r?.kind === 'entry' && r.entry.objectId === objectId ? r.entry : null };
  });
}

export const WaitForMultipleObjects: Handler<'WaitForMultipleObjects'> = {
  run(tx, ctx, { nCount, lpHandles, bWaitAll, dwMilliseconds }) {
    if (!Number.isInteger(nCount) || nCount < 1 || nCount > MAXIMUM_WAIT_OBJECTS || nCount > lpHandles.length)
      return fail(WAIT.FAILED, ERROR.INVALID_PARAMETER, ['5.4']);
    const ts = targetsOf(tx, ctx, lpHandles.slice(0, nCount));
    if ('error' in ts) return fail(WAIT.FAILED, ts.error, ['4.7', '4.2']);
    const done = check(tx.state, ts, bWaitAll);
    if (done !== undefined) return ok(done, ['5.4']);
    if (dwMilliseconds === 0) return ok(WAIT.TIMEOUT, ['5.1']);
    const ids = ts.map((t) => t.objectId);
    const condition = {
      kind: 'objects' as const,
      objectIds: ids,
      waitAll: bWaitAll,
      deadline: deadlineAfter(tx.state.now, dwMilliseconds),
      ...(ids.length === 1
        ? said('waitMultipleOne', { id: ids[0] ?? 0 })
        : said(bWaitAll ? 'waitAll' : 'waitAny', { count: ids.length })),
    };
    return block(condition, ids, ['5.4']);
  },
  resume(tx, ctx, { lpHandles, bWaitAll }, call) {
    const done = check(tx.state, retarget(tx, ctx, lpHandles, call.held), bWaitAll);
    return done === undefined ? undefined : ok(done, ['5.4']);
  },
  timeout: () => ok(WAIT.TIMEOUT, ['5.1']),
};

// --- Sleep, GetTickCount -------------------------------------------------------------------

export const Sleep: Handler<'Sleep'> = {
  run(tx, _ctx, { dwMilliseconds }) {
    if (dwMilliseconds === 0) return ok(0, ['K.1']);
    const deadline = deadlineAfter(tx.state.now, dwMilliseconds);
    return block({ kind: 'sleep', deadline, ...said('sleep', { ms: dwMilliseconds >>> 0 }) }, [], ['K.1']);
  },
  timeout: () => ok(0, ['K.1']),
};

export const GetTickCount: Handler<'GetTickCount'> = {
  run: (tx) => ok(tx.state.now >>> 0, ['K.1']),
};
