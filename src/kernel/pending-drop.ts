/** Dropping a pending call whose process is ending (spec 2.17): a blocked write's unread bytes
 *  leave the pipe; the references the call held are released. */
import type { PendingCall } from './pending.ts';
import { bufferedBytes, dropWrite } from './objects/pipe-buffer.ts';
import { withBuffer } from './objects/named-pipe.ts';
import { release } from './refs.ts';
import { emit, getObject, patchState, putObject, type Tx } from './tx.ts';

function dropUnwritten(tx: Tx, call: PendingCall): void {
  const seq = call.data['writeSeq'];
  const id = call.held[0];
  if (seq === undefined || id === undefined) return;
  const o = getObject(tx, id);
  if (o?.kind === 'pipe') {
    const buffer = dropWrite(o.buffer, seq);
    const count = bufferedBytes(o.buffer) - bufferedBytes(buffer);
    if (count > 0) emit(tx, { type: 'BytesDiscarded', objectId: id, count, facts: ['2.17'] });
    putObject(tx, { ...o, buffer });
  }
  if (o?.kind === 'namedPipeInstance') {
    const toward = call.data['towardServer'] === 1 ? 'server' : 'client';
    const before = toward === 'server' ? o.toServer : o.toClient;
    const after = dropWrite(before, seq);
    const count = bufferedBytes(before) - bufferedBytes(after);
    if (count > 0) emit(tx, { type: 'BytesDiscarded', objectId: id, count, facts: ['2.17'] });
    putObject(tx, withBuffer(o, toward, after));
  }
}

/** A server that stops waiting in ConnectNamedPipe is signaled again (spec 3.12). */
function resignal(tx: Tx, call: PendingCall): void {
  const id = call.held[0];
  const o = id === undefined ? undefined : getObject(tx, id);
  if (call.api !== 'ConnectNamedPipe' || o?.kind !== 'namedPipeInstance' || o.signaled) return;
  putObject(tx, { ...o, signaled: true });
  emit(tx, { type: 'SignaledChanged', objectId: o.id, signaled: true, facts: ['3.12'] });
}

/** Removes the pending call of a process (if any) and undoes what it held. */
export function dropPending(tx: Tx, pid: number): void {
  const call = tx.state.pending.find((c) => c.pid === pid);
  if (call === undefined) return;
  dropUnwritten(tx, call);
  resignal(tx, call);
  patchState(tx, { pending: tx.state.pending.filter((c) => c !== call) });
  emit(tx, { type: 'PendingCallDropped', pid: call.pid, api: call.api, facts: ['2.17'] });
  for (const id of call.held) release(tx, id, ['8.7']);
}
