/** FlushFileBuffers: on a pipe, waits until the peer has read everything this end wrote (3.64). */
import { ERROR, FALSE, TRUE } from '../constants.ts';
import { block, fail, ok, type Handler } from '../handler.ts';
import { endOfCall, endRef, seenState, type EndRef } from '../io/named-pipe-io.ts';
import { instance, outbound } from '../objects/named-pipe.ts';
import { pipe } from '../objects/pipe.ts';
import type { ObjectId } from '../ids.ts';
import type { Completion } from '../api-types.ts';
import type { Tx } from '../tx.ts';
import { lookupEntry } from './common.ts';
import { lacksAccess, notAFile } from './pipe-checks.ts';
import { said } from '../wait-words.ts';

type Result = Completion<'FlushFileBuffers'>;

function flushNamed(tx: Tx, r: EndRef, blocked: boolean): Result | undefined {
  const state = seenState(tx, r);
  if (state === 'disconnected')
    return r.end === 'client' || blocked
      ? fail(FALSE, ERROR.PIPE_NOT_CONNECTED, ['3.64', '3.59'])
      : ok(TRUE, ['3.64']);
  if (state === 'closing') return blocked ? fail(FALSE, ERROR.BROKEN_PIPE, ['3.62']) : ok(TRUE, ['3.64']);
  if (state === 'listening') return ok(TRUE, ['3.64']);
  return outbound(instance(tx, r.id), r.end).chunks.length === 0 ? ok(TRUE, ['3.64', '7.6']) : undefined;
}

/** The reader gone: at once TRUE (closing state), but a flush that was waiting fails (3.62, 3.64). */
function flushAnonymous(tx: Tx, id: ObjectId, blocked: boolean): Result | undefined {
  const p = pipe(tx, id);
  if (p.readClosed) return blocked ? fail(FALSE, ERROR.BROKEN_PIPE, ['3.62']) : ok(TRUE, ['3.64']);
  return p.buffer.chunks.length === 0 ? ok(TRUE, ['3.64']) : undefined;
}

export const FlushFileBuffers: Handler<'FlushFileBuffers'> = {
  run(tx, ctx, { hFile }) {
    const e = lookupEntry(tx, ctx, hFile);
    if (e === undefined) return fail(FALSE, ERROR.INVALID_HANDLE, ['4.3']);
    const refused = notAFile(e) ?? lacksAccess(e, 'write', []);
    if (refused !== undefined) return fail(FALSE, refused.error, [...refused.facts, 'K.5']);
    const words = said('flush');
    if (e.role === 'pipeWrite') {
      const now = flushAnonymous(tx, e.objectId, false);
      return (
        now ??
        block({ kind: 'flush', objectId: e.objectId, deadline: null, ...words }, [e.objectId], ['3.64'])
      );
    }
    if (e.role !== 'pipeServer' && e.role !== 'pipeClient') return ok(TRUE, ['3.64', 'F.3']);
    const r = endRef(e);
    const now = flushNamed(tx, r, false);
    if (now !== undefined) return now;
    return block({ kind: 'flush', objectId: e.objectId, deadline: null, ...words }, [e.objectId], ['3.64'], {
      connection: r.connection,
      server: r.end === 'server' ? 1 : 0,
    });
  },
  resume(tx, _ctx, _args, call) {
    const id = call.held[0]!;
    const o = tx.state.objects[id];
    if (o?.kind === 'pipe') return flushAnonymous(tx, id, true);
    return flushNamed(tx, endOfCall(id, call.data), true);
  },
};
