/** SetNamedPipeHandleState, GetNamedPipeHandleState, GetNamedPipeInfo (spec 2.1, 3.13, 3.42–3.44, 3.63). */
import { ERROR, FALSE, PIPE, TRUE } from '../constants.ts';
import { fail, ok, type Handler } from '../handler.ts';
import { endRef } from '../io/named-pipe-io.ts';
import { instance, nowaitOf, readModeOf } from '../objects/named-pipe.ts';
import { pipe } from '../objects/pipe.ts';
import { emit, putObject } from '../tx.ts';
import { lookupEntry } from './common.ts';
import { notAPipe } from './peek.ts';

const MODE_BITS = PIPE.READMODE_MESSAGE | PIPE.NOWAIT;

export const SetNamedPipeHandleState: Handler<'SetNamedPipeHandleState'> = {
  run(tx, ctx, { hNamedPipe, lpMode }) {
    const e = lookupEntry(tx, ctx, hNamedPipe);
    if (e === undefined) return fail(FALSE, ERROR.INVALID_HANDLE, ['4.3']);
    const message = lpMode !== null && (lpMode & PIPE.READMODE_MESSAGE) !== 0;
    if (lpMode !== null && (lpMode & ~MODE_BITS) !== 0) return fail(FALSE, ERROR.INVALID_PARAMETER, ['3.42']);
    if (e.role === 'pipeRead' || e.role === 'pipeWrite')
      return message ? fail(FALSE, ERROR.INVALID_PARAMETER, ['3.42', '7.7']) : ok(TRUE, ['3.43']);
    if (e.role !== 'pipeServer' && e.role !== 'pipeClient') return notAPipe(e);
    const p = instance(tx, e.objectId);
    if (message && p.pipeType === 'byte') return fail(FALSE, ERROR.INVALID_PARAMETER, ['3.42', '7.7']);
    if (lpMode === null) return ok(TRUE, ['3.43']);
    const mode = message ? 'message' : 'byte';
    const nowait = (lpMode & PIPE.NOWAIT) !== 0;
    const next =
      endRef(e).end === 'server'
        ? { ...p, serverReadMode: mode, serverNowait: nowait }
        : { ...p, clientReadMode: mode, clientNowait: nowait };
    putObject(tx, next as typeof p);
    const field = `${endRef(e).end}ReadMode`;
    emit(tx, {
      type: 'ObjectUpdated',
      objectId: p.id,
      field,
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
    if (a.lpMaxCollectionCount || a.lpCollectDataTimeout || a.lpUserName)
      return fail(FALSE, ERROR.INVALID_PARAMETER, ['3.44']);
    if (e.role === 'pipeRead' || e.role === 'pipeWrite')
      return ok(TRUE, ['3.44'], { lpState: 0, lpCurInstances: 1 });
    if (e.role !== 'pipeServer' && e.role !== 'pipeClient') return notAPipe(e);
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
    if (e.role !== 'pipeServer' && e.role !== 'pipeClient') return notAPipe(e);
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
