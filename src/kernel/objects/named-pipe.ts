/**
 * Named-pipe instance objects and their state machine (spec 3.69–3.73):
 * LISTENING --client opens--> CONNECTED --one end closes--> CLOSING
 * CONNECTED/CLOSING/LISTENING --DisconnectNamedPipe--> DISCONNECTED --ConnectNamedPipe--> LISTENING.
 * A client handle belongs to one connection; after a disconnect it stays disconnected for good.
 */
import { handlesTo } from '../handles.ts';
import type { ObjectId } from '../ids.ts';
import { unname } from '../refs.ts';
import type { HandleEntry } from '../state.ts';
import { emit, nextSeq, objectOfKind, putObject, type Tx } from '../tx.ts';
import { bufferedBytes, emptyBuffer, type PipeBuffer } from './pipe-buffer.ts';
import type { InstanceState, NamedPipeInstanceObject } from './types.ts';

export type End = 'server' | 'client';

export function instance(tx: Tx, id: ObjectId): NamedPipeInstanceObject {
  const p = objectOfKind(tx, id, 'namedPipeInstance');
  if (p === undefined) throw new Error(`kernel bug: ${id} is not a named-pipe instance`);
  return p;
}

export const endOf = (entry: HandleEntry): End => (entry.role === 'pipeServer' ? 'server' : 'client');

/** The state as seen through one handle: a client of an older connection is disconnected. */
export function stateFor(p: NamedPipeInstanceObject, entry: HandleEntry): InstanceState {
  if (entry.role === 'pipeClient' && entry.connection !== p.connection) return 'disconnected';
  return p.state;
}

/** The buffer an end reads from, and the one it writes into. */
export const inbound = (p: NamedPipeInstanceObject, end: End): PipeBuffer =>
  end === 'server' ? p.toServer : p.toClient;
export const outbound = (p: NamedPipeInstanceObject, end: End): PipeBuffer =>
  end === 'server' ? p.toClient : p.toServer;

export function withBuffer(p: NamedPipeInstanceObject, toward: End, b: PipeBuffer): NamedPipeInstanceObject {
  return toward === 'server' ? { ...p, toServer: b } : { ...p, toClient: b };
}

export const readModeOf = (p: NamedPipeInstanceObject, end: End) =>
  end === 'server' ? p.serverReadMode : p.clientReadMode;
export const nowaitOf = (p: NamedPipeInstanceObject, end: End) =>
  end === 'server' ? p.serverNowait : p.clientNowait;

export function setInstanceState(tx: Tx, id: ObjectId, to: InstanceState, facts: readonly string[]): void {
  const p = instance(tx, id);
  if (p.state === to) return;
  const listenSeq = to === 'listening' ? nextSeq(tx) : p.listenSeq;
  putObject(tx, { ...instance(tx, id), state: to, listenSeq });
  emit(tx, { type: 'InstanceStateChanged', objectId: id, from: p.state, to, facts });
}

/** Throws away both directions' unread bytes (DisconnectNamedPipe, spec 3.56). */
export function dropBuffers(tx: Tx, id: ObjectId, facts: readonly string[]): void {
  const p = instance(tx, id);
  const count = bufferedBytes(p.toServer) + bufferedBytes(p.toClient);
  if (count > 0) emit(tx, { type: 'BytesDiscarded', objectId: id, count, facts });
  putObject(tx, {
    ...p,
    toServer: emptyBuffer(p.toServer.capacity),
    toClient: emptyBuffer(p.toClient.capacity),
  });
}

function dropOne(tx: Tx, id: ObjectId, toward: End, facts: readonly string[]): void {
  const p = instance(tx, id);
  const b = toward === 'server' ? p.toServer : p.toClient;
  if (bufferedBytes(b) > 0)
    emit(tx, { type: 'BytesDiscarded', objectId: id, count: bufferedBytes(b), facts });
  putObject(tx, withBuffer(p, toward, emptyBuffer(b.capacity)));
}

/** The last server handle closed: the instance ends at once (spec 3.67); a connected client
 *  sees CLOSING and can still drain its data (3.60); a disconnected one stays so (3.66). */
export function afterServerClosed(tx: Tx, id: ObjectId): void {
  if (handlesTo(tx.state, id, 'pipeServer').length > 0) return;
  const p = instance(tx, id);
  unname(tx, p);
  putObject(tx, { ...p, serverGone: true });
  dropOne(tx, id, 'server', ['3.60']);
  if (p.state === 'connected') {
    putObject(tx, { ...instance(tx, id), closedEnd: 'server' });
    setInstanceState(tx, id, 'closing', ['3.60', '3.71']);
  }
}

/** The last client handle of the current connection closed: the server sees CLOSING (3.68). */
export function afterClientClosed(tx: Tx, id: ObjectId, entry: HandleEntry): void {
  const p = instance(tx, id);
  if (entry.connection !== p.connection) return;
  const left = handlesTo(tx.state, id, 'pipeClient').filter((e) => e.connection === p.connection);
  if (left.length > 0 || p.state !== 'connected') return;
  putObject(tx, { ...p, closedEnd: 'client' });
  dropOne(tx, id, 'client', ['3.60']);
  setInstanceState(tx, id, 'closing', ['3.68', '3.71']);
}
