/** ReadFile on a mailslot server handle, WriteFile on a client handle (spec 1.12–1.26, 8.4, 8.5). */
import { ERROR, MAILSLOT_WAIT_FOREVER } from '../constants.ts';
import { block, deadlineAfter } from '../handler.ts';
import type { ObjectId, Pid } from '../ids.ts';
import { dequeue, enqueue, mailslot } from '../objects/mailslot.ts';
import { emit, type Tx } from '../tx.ts';
import {
  readFail,
  readOk,
  wrote,
  writeFail,
  type ReadResult,
  type ReadRun,
  type WriteResult,
} from './results.ts';
import { said } from '../wait-words.ts';

/** Takes the head message if there is one and it fits, else says why not. */
export function tryReadMailslot(tx: Tx, pid: Pid, id: ObjectId, n: number): ReadResult | undefined {
  const head = mailslot(tx, id).messages[0];
  if (head === undefined) return undefined;
  if (head.length > n) return readFail(ERROR.INSUFFICIENT_BUFFER, ['8.4', '1.25', '7.8']);
  const bytes = dequeue(tx, id, ['1.19', '1.20']);
  emit(tx, { type: 'BytesRead', pid, objectId: id, count: bytes.length, facts: ['1.19'] });
  return readOk(bytes, bytes.length === 0 ? ['1.19', '1.20', '1.22'] : ['1.19', '1.20']);
}

export function readMailslot(tx: Tx, pid: Pid, id: ObjectId, n: number): ReadRun {
  const now = tryReadMailslot(tx, pid, id, n);
  if (now !== undefined) return now;
  const m = mailslot(tx, id);
  if (m.readTimeout === 0) return readFail(ERROR.SEM_TIMEOUT, ['1.12', '1.13', '1.23', '7.8']);
  const deadline = deadlineAfter(tx.state.now, m.readTimeout);
  const facts = m.readTimeout === MAILSLOT_WAIT_FOREVER ? ['1.15'] : ['1.14'];
  return block(
    { kind: 'read', objectId: id, deadline, ...said('readMailslot', { name: m.name }) },
    [id],
    facts,
  );
}

export function writeMailslot(tx: Tx, pid: Pid, id: ObjectId, bytes: Uint8Array): WriteResult {
  const m = mailslot(tx, id);
  if (m.deleted) return writeFail(ERROR.NO_DATA, ['8.5', '1.26']);
  if (m.maxMessageSize !== 0 && bytes.length > m.maxMessageSize)
    return writeFail(ERROR.INVALID_PARAMETER, ['8.5', '1.24']);
  enqueue(tx, id, bytes, ['1.19']);
  emit(tx, { type: 'BytesWritten', pid, objectId: id, count: bytes.length, facts: ['1.19'] });
  return wrote(bytes.length, bytes.length === 0 ? ['1.22'] : ['1.19', '1.11']);
}
