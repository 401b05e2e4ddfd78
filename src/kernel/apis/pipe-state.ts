/** SetNamedPipeHandleState, GetNamedPipeHandleState, GetNamedPipeInfo (spec 2.1, 3.13, 3.42–3.44, 3.63). */
import { ERROR, FALSE, PIPE, TRUE } from '../constants.ts';
import { fail, ok, type Handler } from '../handler.ts';
import { endRef } from '../io/named-pipe-io.ts';
import { instance, nowaitOf, readModeOf } from '../objects/named-pipe.ts';
import { pipe } from '../objects/pipe.ts';
import type { HandleEntry } from '../state.ts';
import { emit, putObject, type Tx } from '../tx.ts';
import { lookupEntry } from './common.ts';
import { detachedClient, lacksAccess, notAPipe } from './pipe-checks.ts';

const MODE_BITS = PIPE.READMODE_MESSAGE | PIPE.NOWAIT;

/** An anonymous pipe end reads in byte mode only; PIPE_NOWAIT is kept per end (3.42, K.12). */
function setAnonymousMode(tx: Tx, e: HandleEntry, lpMode: number) {
  if (lpMode & PIPE.READMODE_MESSAGE)
    return fail<'SetNamedPipeHandleState'>(FALSE, ERROR.INVALID_PARAMETER, ['3.42', '7.7']);
  const nowait = (lpMode & PIPE.NOWAIT) !== 0;
  const p = pipe(tx, e.objectId);
  putObject(tx, e.role === 'pipeRead' ? { ...p, readNowait: nowait } : { ...p, writeNowait: nowait });
  const field = e.role === 'pipeRead' ? 'readNowait' : 'writeNowait';
  emit(tx, { type: 'ObjectUpdated', objectId: p.id, field, value: String(nowait), facts: ['K.12'] });
  return ok<'SetNamedPipeHandleState'>(TRUE, nowait ? ['3.43', 'K.12'] : ['3.43']);
}

export const SetNamedPipeHandleState: Handler<'SetNamedPipeHandleState'> = {
  run(tx, ctx, { hNamedPipe, lpMode }) {
    if (lpMode !== null && (lpMode & ~MODE_BITS) !== 0) return fail(FALSE, ERROR.INVALID_PARAMETER, ['3.42']);
    const e = lookupEntry(tx, ctx, hNamedPipe);
    if (e === undefined) return fail(FALSE, ERROR.INVALID_HANDLE, ['4.3']);
    const refused = notAPipe(e) ?? lacksAccess(e, 'writeAttributes', ['K.6']) ?? detachedClient(tx, e);
    if (refused !== undefined) return fail(FALSE, refused.error, refused.facts);
    if (lpMode === null) return ok(TRUE, ['3.43']);
    if (e.role === 'pipeRead' || e.role === 'pipeWrite') return setAnonymousMode(tx, e, lpMode);
    const message = (lpMode & PIPE.READMODE_MESSAGE) !== 0;
    const p = instance(tx, e.objectId);
    if (message && p.pipeType === 'byte') return fail(FALSE, ERROR.INVALID_PARAMETER, ['3.42', '7.7']);
    const mode = message ? 'message' : 'byte';
    const nowait = (lpMode & PIPE.NOWAIT) !== 0;
    const end = endRef(e).end;
    putObject(
      tx,
      end === 'server'
        ? { ...p, serverReadMode: mode, serverNowait: nowait }
        : { ...p, clientReadMode: mode, clientNowait: nowait },
    );
    emit(tx, {
      type: 'ObjectUpdated',
      objectId: p.id,
      field: `${end}ReadMode`,
      value: nowait ? `${mode}, nowait` : mode,
      facts: ['3.43'],
    });
    return ok(TRUE, p.state === 'closing' ? ['3.43', '3.63'] : ['3.43', '7.7']);
  },
};

export const GetNamedPipeHandleState: Handler<'GetNamedPipeHandleState'> = {
  run(tx, ctx, a) {
    const e = lookupEntry(tx, ctx, a.hNamedPipe);
    if (e === undefined) return fail(FALSE, ERROR.INVALID_HANDLE, ['4.3']);
    const refused = notAPipe(e) ?? detachedClient(tx, e);
    if (refused !== undefined) return fail(FALSE, refused.error, refused.facts);
    if (a.lpMaxCollectionCount || a.lpCollectDataTimeout || a.lpUserName)
      return fail(FALSE, ERROR.INVALID_PARAMETER, ['3.44']);
    if (e.role === 'pipeRead' || e.role === 'pipeWrite') {
      const p = pipe(tx, e.objectId);
      const nowait = e.role === 'pipeRead' ? p.readNowait : p.writeNowait;
      return ok(TRUE, nowait ? ['3.44', 'K.12'] : ['3.44'], {
        lpState: nowait ? PIPE.NOWAIT : 0,
        lpCurInstances: 1,
      });
    }
    const p = instance(tx, e.objectId);
    const end = endRef(e).end;
    const lpState =
      (readModeOf(p, end) === 'message' ? PIPE.READMODE_MESSAGE : 0) | (nowaitOf(p, end) ? PIPE.NOWAIT : 0);
    const entry = tx.state.namespace[p.key];
    const lpCurInstances = entry?.kind === 'namedPipe' && !p.serverGone ? entry.instances.length : 0;
    return ok(TRUE, p.state === 'closing' ? ['3.44', '3.63', '3.67'] : ['3.44', '3.67'], {
      lpState,
      lpCurInstances,
    });
  },
};

export const GetNamedPipeInfo: Handler<'GetNamedPipeInfo'> = {
  run(tx, ctx, { hNamedPipe }) {
    const e = lookupEntry(tx, ctx, hNamedPipe);
    if (e === undefined) return fail(FALSE, ERROR.INVALID_HANDLE, ['4.3']);
    const refused = notAPipe(e) ?? detachedClient(tx, e);
    if (refused !== undefined) return fail(FALSE, refused.error, refused.facts);
    if (e.role === 'pipeRead' || e.role === 'pipeWrite') {
      const size = pipe(tx, e.objectId).buffer.capacity;
      const lpFlags = e.role === 'pipeRead' ? PIPE.SERVER_END : PIPE.CLIENT_END;
      return ok(TRUE, ['2.1', '2.2'], {
        lpFlags,
        lpOutBufferSize: size,
        lpInBufferSize: size,
        lpMaxInstances: 1,
      });
    }
    const p = instance(tx, e.objectId);
    const lpFlags =
      (e.role === 'pipeServer' ? PIPE.SERVER_END : 0) | (p.pipeType === 'message' ? PIPE.TYPE_MESSAGE : 0);
    const out = {
      lpFlags,
      lpOutBufferSize: p.outBufferSize,
      lpInBufferSize: p.inBufferSize,
      lpMaxInstances: p.maxInstances,
    };
    return ok(TRUE, ['3.13'], out);
  },
};
