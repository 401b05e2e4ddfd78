/** ReadFile / WriteFile on anonymous pipes (spec 2.4–2.11, 2.14). */
import { ERROR } from '../constants.ts';
import { block } from '../handler.ts';
import type { ObjectId, Pid } from '../ids.ts';
import { pipe } from '../objects/pipe.ts';
import { appendChunk, bufferedBytes, bytesThroughWrite, takeBytes } from '../objects/pipe-buffer.ts';
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

/** Data present: take up to n bytes (a 0-byte read returns 0 and leaves them, 2.14). Empty with no
 *  writer left: EOF as ERROR_BROKEN_PIPE (2.5). Otherwise undefined: the reader must wait. */
export function tryReadPipe(tx: Tx, pid: Pid, id: ObjectId, n: number): ReadResult | undefined {
  const p = pipe(tx, id);
  if (bufferedBytes(p.buffer) > 0) {
    if (n === 0) return readOk(new Uint8Array(0), ['2.14']);
    const taken = takeBytes(p.buffer, n);
    putObject(tx, { ...p, buffer: taken.buffer });
    emit(tx, { type: 'BytesRead', pid, objectId: id, count: taken.bytes.length, facts: ['2.4', '2.7'] });
    return readOk(taken.bytes, ['2.4', '2.7', '2.9']);
  }
  if (p.writeClosed) return readFail(ERROR.BROKEN_PIPE, ['2.5', '7.1']);
  return undefined;
}

export function readPipe(tx: Tx, pid: Pid, id: ObjectId, n: number): ReadRun {
  const now = tryReadPipe(tx, pid, id, n);
  if (now !== undefined) return now;
  if (pipe(tx, id).readNowait) return readFail(ERROR.NO_DATA, ['3.45', 'K.12']);
  const words = said('readPipe');
  return block(
    { kind: 'read', objectId: id, deadline: null, ...words },
    [id],
    n === 0 ? ['2.7', '2.14', '7.1'] : ['2.7', '7.1'],
  );
}

/** Appends the whole write (no partial writes) and blocks while it does not fit (2.6, 2.8). */
export function writePipe(tx: Tx, pid: Pid, id: ObjectId, bytes: Uint8Array): WriteRun {
  const p = pipe(tx, id);
  if (p.readClosed) return writeFail(ERROR.NO_DATA, ['2.10', '2.11']);
  if (bytes.length === 0) return wrote(0, ['3.40']);
  if (
    p.writeNowait &&
    bufferedBytes(p.buffer) + bytes.length > p.buffer.capacity + pendingReadBytes(tx.state, id)
  )
    return wrote(0, ['3.46', 'K.12']);
  const seq = nextSeq(tx);
  const buffer = appendChunk(p.buffer, bytes, seq);
  putObject(tx, { ...p, buffer });
  emit(tx, { type: 'MessageQueued', objectId: id, size: bytes.length, toward: 'reader', facts: ['2.4'] });
  emit(tx, { type: 'BytesWritten', pid, objectId: id, count: bytes.length, facts: ['2.4'] });
  if (p.writeNowait) return wrote(bytes.length, ['2.4', '3.46', 'K.12']);
  if (bytesThroughWrite(buffer, seq) <= buffer.capacity) return wrote(bytes.length, ['2.4', '2.6']);
  const words = said('writePipe', { bytes: bytes.length });
  return block({ kind: 'write', objectId: id, deadline: null, ...words }, [id], ['2.8', '2.9'], {
    writeSeq: seq,
    size: bytes.length,
  });
}

/** A blocked write completes once the rest fits, or fails if the reader went away (2.11). */
export function resumePipeWrite(tx: Tx, id: ObjectId, seq: number, size: number): WriteResult | undefined {
  const p = pipe(tx, id);
  if (p.readClosed) return writeFail(ERROR.BROKEN_PIPE, ['2.11']);
  return bytesThroughWrite(p.buffer, seq) <= p.buffer.capacity ? wrote(size, ['2.8']) : undefined;
}
