/**
 * Mailslot objects: a FIFO of whole messages, one reader side (server handles) and any number of
 * writers (client handles). Pure functions over the transaction.
 */
import { MAILSLOT_NO_MESSAGE } from '../constants.ts';
import { handlesTo } from '../handles.ts';
import type { ObjectId } from '../ids.ts';
import { unname } from '../refs.ts';
import { emit, objectOfKind, putObject, type Tx } from '../tx.ts';
import type { MailslotObject } from './types.ts';

export function mailslot(tx: Tx, id: ObjectId): MailslotObject {
  const m = objectOfKind(tx, id, 'mailslot');
  if (m === undefined) throw new Error(`kernel bug: ${id} is not a mailslot`);
  return m;
}

/** Size of the head message, MAILSLOT_NO_MESSAGE when empty (spec 1.21–1.23). */
export const nextSize = (m: MailslotObject): number => m.messages[0]?.length ?? MAILSLOT_NO_MESSAGE;

export function enqueue(tx: Tx, id: ObjectId, bytes: Uint8Array, facts: readonly string[]): void {
  const m = mailslot(tx, id);
  putObject(tx, { ...m, messages: [...m.messages, bytes.slice()] });
  emit(tx, { type: 'MessageQueued', objectId: id, size: bytes.length, toward: 'reader', facts });
}

/** Removes and returns the head message. */
export function dequeue(tx: Tx, id: ObjectId, facts: readonly string[]): Uint8Array {
  const m = mailslot(tx, id);
  const [head, ...rest] = m.messages;
  if (head === undefined) throw new Error('kernel bug: dequeue on an empty mailslot');
  putObject(tx, { ...m, messages: rest });
  emit(tx, { type: 'MessageDequeued', objectId: id, size: head.length, facts });
  return head;
}

/** Called after a server handle is removed: the last one deletes the slot (spec 1.7, 1.26, 8.5). */
export function afterServerClosed(tx: Tx, id: ObjectId): void {
  if (handlesTo(tx.state, id, 'mailslotServer').length > 0) return;
  const m = mailslot(tx, id);
  if (m.deleted) return;
  const unread = m.messages.reduce((n, b) => n + b.length, 0);
  if (m.messages.length > 0)
    emit(tx, { type: 'BytesDiscarded', objectId: id, count: unread, facts: ['1.26'] });
  unname(tx, m);
  putObject(tx, { ...m, messages: [], deleted: true });
}
