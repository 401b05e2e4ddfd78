/** Closing one handle-table entry: the slot is freed, the object's side-specific bookkeeping runs
 *  (last server of a mailslot, last reader of a pipe …), then the usage count drops. */
import type { HandleValue, Pid } from './ids.ts';
import { removeEntry } from './handles.ts';
import * as mailslot from './objects/mailslot.ts';
import * as namedPipe from './objects/named-pipe.ts';
import * as pipe from './objects/pipe.ts';
import { release } from './refs.ts';
import type { HandleEntry, HandleRole } from './state.ts';
import { emit, type Tx } from './tx.ts';

const afterClose: Partial<Record<HandleRole, (tx: Tx, e: HandleEntry) => void>> = {
  mailslotServer: (tx, e) => mailslot.afterServerClosed(tx, e.objectId),
  pipeRead: (tx, e) => pipe.afterReadEndClosed(tx, e.objectId),
  pipeWrite: (tx, e) => pipe.afterWriteEndClosed(tx, e.objectId),
  pipeServer: (tx, e) => namedPipe.afterServerClosed(tx, e.objectId),
  pipeClient: (tx, e) => namedPipe.afterClientClosed(tx, e.objectId, e),
};

export function closeEntry(tx: Tx, pid: Pid, value: HandleValue, facts: readonly string[]): void {
  const entry = removeEntry(tx, pid, value);
  emit(tx, { type: 'HandleClosed', pid, handle: value, objectId: entry.objectId, facts });
  afterClose[entry.role]?.(tx, entry);
  release(tx, entry.objectId, facts);
}
