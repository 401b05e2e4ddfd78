/** ReadFile / WriteFile / FlushFileBuffers on named-pipe ends (spec 3.33–3.46, 3.56–3.64). */
import { ERROR } from '../constants.ts';
import { block } from '../handler.ts';
import type { ObjectId, Pid } from '../ids.ts';
import {
  inbound,
  instance,
  nowaitOf,
  outbound,
  readModeOf,
  withBuffer,
  type End,
} from '../objects/named-pipe.ts';
import {
  appendChunk,
  bufferedBytes,
  bytesThroughWrite,
  takeBytes,
  takeMessage,
} from '../objects/pipe-buffer.ts';
import type { InstanceState } from '../objects/types.ts';
import type { HandleEntry } from '../state.ts';
import { emit, nextSeq, putObject, type Tx } from '../tx.ts';
import { pendingReadBytes } from './pending-reads.ts';
import {
  readFail,
  readOk,
  wrote,
  writeFail,
  type ReadResult,
  type ReadRun,
  type WriteResult,
  type WriteRun,
} from './results.ts';
import { said } from '../wait-words.ts';

/** One end of one connection: what a handle (or a pending call made through it) stands for. */
export interface EndRef {
  readonly id: ObjectId;
  readonly end: End;
  /** The connection a client end belongs to (ignored for the server end). */
  readonly connection: number;
}

export const endRef = (e: HandleEntry): EndRef => ({
  id: e.objectId,
  end: e.role === 'pipeServer' ? 'server' : 'client',
  connection: e.connection ?? 0,
});

/** The instance state this end sees: a client of an earlier connection is disconnected. */
export function seenState(tx: Tx, r: EndRef): InstanceState {
  const p = instance(tx, r.id);
  if (r.end === 'client' && r.connection !== p.connection) return 'disconnected';
  return p.state;
}

/** Errors that do not depend on the buffers (3.33, 3.56, 3.72). */
function stateError(state: InstanceState): { error: number; facts: string[] } | undefined {
  if (state === 'listening') return { error: ERROR.PIPE_LISTENING, facts: ['3.33', '3.69'] };
  if (state === 'disconnected')
    return { error: ERROR.PIPE_NOT_CONNECTED, facts: ['3.56', '3.72', '3.66', '3.59'] };
  return undefined;
}

/** Reads what is there, per the end's read mode; undefined when it must wait. */
export function tryReadNamed(tx: Tx, pid: Pid, r: EndRef, n: number): ReadResult | undefined {
  const bad = stateError(seenState(tx, r));
  if (bad !== undefined) return readFail(bad.error, bad.facts);
  const p = instance(tx, r.id);
  const buf = inbound(p, r.end);
  if (buf.chunks.length === 0)
    return p.state === 'closing' ? readFail(ERROR.BROKEN_PIPE, ['3.60', '3.62', '3.71', '3.61']) : undefined;
  const message = readModeOf(p, r.end) === 'message';
  if (n === 0 && !message) return readOk(new Uint8Array(0), ['3.61', '2.14']);
  const taken = message ? takeMessage(buf, n) : takeBytes(buf, n);
  putObject(tx, withBuffer(p, r.end, taken.buffer));
  emit(tx, { type: 'BytesRead', pid, objectId: r.id, count: taken.bytes.length, facts: ['3.34'] });
  if (message)
    emit(tx, { type: 'MessageDequeued', objectId: r.id, size: taken.bytes.length, facts: ['3.35'] });
  if (taken.moreData) return readFail(ERROR.MORE_DATA, ['3.37', '3.38', '7.7'], taken.bytes);
  const facts = message
    ? ['3.35', '3.37', '3.40']
    : p.pipeType === 'message'
      ? ['3.36', '3.20', '7.7']
      : ['3.34'];
  return readOk(taken.bytes, p.state === 'closing' ? [...facts, '3.60'] : facts);
}

export function readNamed(tx: Tx, pid: Pid, r: EndRef, n: number): ReadRun {
  const now = tryReadNamed(tx, pid, r, n);
  if (now !== undefined) return now;
  const p = instance(tx, r.id);
  if (nowaitOf(p, r.end)) return readFail(ERROR.NO_DATA, ['3.45']);
  const words = said(r.end === 'server' ? 'readNamedServer' : 'readNamedClient', { name: p.name });
  return block({ kind: 'read', objectId: r.id, deadline: null, ...words }, [r.id], ['3.28', '2.7'], {
    connection: r.connection,
    server: r.end === 'server' ? 1 : 0,
  });
}

const peerOf = (end: End): End => (end === 'server' ? 'client' : 'server');

export function writeNamed(tx: Tx, pid: Pid, r: EndRef, bytes: Uint8Array): WriteRun {
  const bad = stateError(seenState(tx, r));
  if (bad !== undefined) return writeFail(bad.error, bad.facts);
  const p = instance(tx, r.id);
  if (p.state === 'closing') return writeFail(ERROR.NO_DATA, ['3.60', '3.71', '2.10']);
  const toward = peerOf(r.end);
  const buf = outbound(p, r.end);
  if (bytes.length === 0 && p.pipeType === 'byte') return wrote(0, ['3.40', '3.41']);
  const nowait = nowaitOf(p, r.end);
  if (nowait) {
    // All or nothing: it must fit the free space plus what waiting reads will take (3.46).
    const waiting = pendingReadBytes(tx.state, r.id, (d) => d['server'] === (toward === 'server' ? 1 : 0));
    if (bufferedBytes(buf) + bytes.length > buf.capacity + waiting) return wrote(0, ['3.46']);
  }
  const seq = nextSeq(tx);
  const next = appendChunk(buf, bytes, seq);
  putObject(tx, withBuffer(p, toward, next));
  emit(tx, { type: 'MessageQueued', objectId: r.id, size: bytes.length, toward, facts: ['3.34'] });
  emit(tx, { type: 'BytesWritten', pid, objectId: r.id, count: bytes.length, facts: ['3.34'] });
  const facts = bytes.length === 0 ? ['3.40', '3.41'] : ['3.34', '3.41'];
  if (nowait) return wrote(bytes.length, [...facts, '3.46']);
  if (bytesThroughWrite(next, seq) <= next.capacity) return wrote(bytes.length, facts);
  const words = said('writeNamed', { bytes: bytes.length, name: p.name });
  return block({ kind: 'write', objectId: r.id, deadline: null, ...words }, [r.id], ['3.41', '2.8', '2.9'], {
    writeSeq: seq,
    size: bytes.length,
    towardServer: toward === 'server' ? 1 : 0,
    connection: r.connection,
    server: r.end === 'server' ? 1 : 0,
  });
}

/** A blocked write: done once it fits; fails if the peer closed (3.62) or disconnected (3.59). */
export function resumeNamedWrite(tx: Tx, r: EndRef, seq: number, size: number): WriteResult | undefined {
  const state = seenState(tx, r);
  if (state === 'disconnected') return writeFail(ERROR.PIPE_NOT_CONNECTED, ['3.59']);
  if (state === 'closing') return writeFail(ERROR.BROKEN_PIPE, ['3.62', '2.11']);
  const buf = outbound(instance(tx, r.id), r.end);
  return bytesThroughWrite(buf, seq) <= buf.capacity ? wrote(size, ['3.41', '2.8']) : undefined;
}

/** The end a pending call was made through, from its saved data. */
export function endOfCall(id: ObjectId, data: Readonly<Record<string, number>>): EndRef {
  return { id, end: data['server'] === 1 ? 'server' : 'client', connection: data['connection'] ?? 0 };
}
