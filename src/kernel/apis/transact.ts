/** TransactNamedPipe: one message out, one reply message in (spec 3.53–3.55). */
import { ERROR, FALSE, TRUE } from '../constants.ts';
import { block, fail, ok, type Handler } from '../handler.ts';
import { endOfCall, endRef, seenState, type EndRef } from '../io/named-pipe-io.ts';
import { writeNamed } from '../io/named-pipe-io.ts';
import { inbound, instance, readModeOf, withBuffer } from '../objects/named-pipe.ts';
import { takeMessage } from '../objects/pipe-buffer.ts';
import type { Completion } from '../api-types.ts';
import type { Pid } from '../ids.ts';
import type { HandleEntry } from '../state.ts';
import { emit, putObject, type Tx } from '../tx.ts';
import { lookupEntry } from './common.ts';
import { detachedClient, lacksAccess, notAFile, notAPipe, type Refusal } from './pipe-checks.ts';
import { said } from '../wait-words.ts';

type Result = Completion<'TransactNamedPipe'>;

/** The reply, once a message is there (a too-long one leaves its rest: ERROR_MORE_DATA, 3.55). */
function tryReply(tx: Tx, pid: Pid, r: EndRef, n: number): Result | undefined {
  const state = seenState(tx, r);
  if (state === 'disconnected') return fail(FALSE, ERROR.PIPE_NOT_CONNECTED, ['3.59']);
  const p = instance(tx, r.id);
  const buf = inbound(p, r.end);
  if (buf.chunks.length === 0)
    return state === 'closing' ? fail(FALSE, ERROR.BROKEN_PIPE, ['3.62']) : undefined;
  const taken = takeMessage(buf, n);
  putObject(tx, withBuffer(p, r.end, taken.buffer));
  emit(tx, { type: 'BytesRead', pid, objectId: r.id, count: taken.bytes.length, facts: ['3.55'] });
  const out = { lpOutBuffer: taken.bytes, lpBytesRead: taken.bytes.length };
  return taken.moreData ? fail(FALSE, ERROR.MORE_DATA, ['3.55'], out) : ok(TRUE, ['3.55'], out);
}

/** Why the transaction cannot start, in the order Windows checks: the handle (K.3, K.4), a
 *  detached client (K.7), the instance state (K.8), the read mode (3.53), unread data (3.54). */
function refusal(tx: Tx, e: HandleEntry): Refusal | undefined {
  const early = notAFile(e) ?? lacksAccess(e, 'readWrite', ['K.4']) ?? notAPipe(e);
  if (early !== undefined) return early;
  if (e.role === 'pipeRead' || e.role === 'pipeWrite') return { error: ERROR.BAD_PIPE, facts: ['3.53'] };
  const detached = detachedClient(tx, e);
  if (detached !== undefined) return detached;
  const r = endRef(e);
  const p = instance(tx, r.id);
  if (p.state !== 'connected') return { error: ERROR.BAD_PIPE, facts: ['K.8'] };
  if (p.pipeType === 'byte' || readModeOf(p, r.end) === 'byte')
    return { error: ERROR.BAD_PIPE, facts: ['3.53'] };
  if (inbound(p, r.end).chunks.length > 0) return { error: ERROR.PIPE_BUSY, facts: ['3.54'] };
  return undefined;
}

export const TransactNamedPipe: Handler<'TransactNamedPipe'> = {
  run(tx, ctx, { hNamedPipe, lpInBuffer, nInBufferSize, nOutBufferSize }) {
    const e = lookupEntry(tx, ctx, hNamedPipe);
    if (e === undefined) return fail(FALSE, ERROR.INVALID_HANDLE, ['4.3']);
    const refused = refusal(tx, e);
    if (refused !== undefined) return fail(FALSE, refused.error, refused.facts);
    const r = endRef(e);
    const w = writeNamed(tx, ctx.pid, r, lpInBuffer.slice(0, nInBufferSize >>> 0));
    if (w.kind === 'returned' && w.value === FALSE)
      return fail(FALSE, w.lastError ?? ERROR.BAD_PIPE, w.facts);
    const reply = tryReply(tx, ctx.pid, r, nOutBufferSize >>> 0);
    if (reply !== undefined) return reply;
    const words = said('transact', { name: instance(tx, r.id).name });
    return block({ kind: 'transact', objectId: r.id, deadline: null, ...words }, [r.id], ['3.55'], {
      connection: r.connection,
      server: r.end === 'server' ? 1 : 0,
    });
  },
  resume(tx, ctx, { nOutBufferSize }, call) {
    return tryReply(tx, ctx.pid, endOfCall(call.held[0]!, call.data), nOutBufferSize >>> 0);
  },
};
