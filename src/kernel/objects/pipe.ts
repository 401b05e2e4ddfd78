/** Anonymous pipe objects (spec 2): one buffer, a read end and a write end. */
import { handlesTo } from '../handles.ts';
import type { ObjectId } from '../ids.ts';
import { emit, objectOfKind, putObject, type Tx } from '../tx.ts';
import { bufferedBytes, emptyBuffer } from './pipe-buffer.ts';
import type { PipeObject } from './types.ts';

export function pipe(tx: Tx, id: ObjectId): PipeObject {
  const p = objectOfKind(tx, id, 'pipe');
  if (p === undefined) throw new Error(`kernel bug: ${id} is not a pipe`);
  return p;
}

/** The last read handle closed: nobody can read the buffer any more, writes fail (spec 2.10). */
export function afterReadEndClosed(tx: Tx, id: ObjectId): void {
  if (handlesTo(tx.state, id, 'pipeRead').length > 0) return;
  const p = pipe(tx, id);
  const unread = bufferedBytes(p.buffer);
  if (unread > 0) emit(tx, { type: 'BytesDiscarded', objectId: id, count: unread, facts: ['2.10'] });
  putObject(tx, { ...p, readClosed: true, buffer: emptyBuffer(p.buffer.capacity) });
}

/** The last write handle closed: the reader drains what is left, then gets EOF (spec 2.5). */
export function afterWriteEndClosed(tx: Tx, id: ObjectId): void {
  if (handlesTo(tx.state, id, 'pipeWrite').length > 0) return;
  putObject(tx, { ...pipe(tx, id), writeClosed: true });
}
