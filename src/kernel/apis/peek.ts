/** PeekNamedPipe on anonymous and named pipes (spec 2.13, 3.47–3.52). */
import { ERROR, FALSE, TRUE } from '../constants.ts';
import { fail, ok, type Handler } from '../handler.ts';
import { endRef, seenState } from '../io/named-pipe-io.ts';
import { inbound, instance } from '../objects/named-pipe.ts';
import { pipe } from '../objects/pipe.ts';
import { bufferedBytes, takeBytes, type PipeBuffer } from '../objects/pipe-buffer.ts';
import type { Returned } from '../api-types.ts';
import type { HandleEntry } from '../state.ts';
import type { Tx } from '../tx.ts';
import { lookupEntry } from './common.ts';
import { lacksAccess, notAFile, notAPipe } from './pipe-checks.ts';

type Result = Returned<'PeekNamedPipe'>;

/** Copies without consuming. Message pipes show the head message and what is left of it; byte
 *  pipes show bytes across writes, and "left" is 0 minus the bytes read, wrapped (3.49, 3.50). */
function peek(buf: PipeBuffer, n: number, message: boolean, facts: readonly string[]): Result {
  const avail = bufferedBytes(buf);
  const head = buf.chunks[0]?.bytes ?? new Uint8Array(0);
  const bytes = message ? head.slice(0, Math.min(n, head.length)) : takeBytes(buf, n).bytes;
  const left = message ? head.length - bytes.length : (0 - bytes.length) >>> 0;
  return ok(TRUE, facts, {
    lpBuffer: bytes,
    lpBytesRead: bytes.length,
    lpTotalBytesAvail: avail,
    lpBytesLeftThisMessage: left,
  });
}

function peekAnonymous(tx: Tx, e: HandleEntry, n: number): Result {
  const p = pipe(tx, e.objectId);
  if (bufferedBytes(p.buffer) === 0 && p.writeClosed) return fail(FALSE, ERROR.BROKEN_PIPE, ['3.51']);
  return peek(p.buffer, n, false, ['2.13', '2.9', '3.49']);
}

function peekNamed(tx: Tx, e: HandleEntry, n: number): Result {
  const r = endRef(e);
  const state = seenState(tx, r);
  if (state === 'listening') return fail(FALSE, ERROR.BAD_PIPE, ['3.47', '3.69']);
  if (state === 'disconnected')
    return r.end === 'server'
      ? fail(FALSE, ERROR.BAD_PIPE, ['3.52', '3.72'])
      : fail(FALSE, ERROR.PIPE_NOT_CONNECTED, ['3.52']);
  const p = instance(tx, e.objectId);
  const buf = inbound(p, r.end);
  if (state === 'closing' && buf.chunks.length === 0) return fail(FALSE, ERROR.BROKEN_PIPE, ['3.51']);
  const facts = ['3.48', '3.49', '3.50'];
  return peek(buf, n, p.pipeType === 'message', state === 'closing' ? [...facts, '3.51'] : facts);
}

export const PeekNamedPipe: Handler<'PeekNamedPipe'> = {
  run(tx, ctx, { hNamedPipe, nBufferSize }) {
    const e = lookupEntry(tx, ctx, hNamedPipe);
    if (e === undefined) return fail(FALSE, ERROR.INVALID_HANDLE, ['4.3']);
    // The write end of an anonymous pipe has no read access: ERROR_ACCESS_DENIED (8.6, K.4).
    const refused =
      notAFile(e) ?? lacksAccess(e, 'read', e.role === 'pipeWrite' ? ['8.6', 'K.4'] : ['K.4']) ?? notAPipe(e);
    if (refused !== undefined) return fail(FALSE, refused.error, refused.facts);
    const n = nBufferSize >>> 0;
    return e.role === 'pipeRead' ? peekAnonymous(tx, e, n) : peekNamed(tx, e, n);
  },
};
