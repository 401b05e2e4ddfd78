/**
 * A transaction: the working copy of the state plus the events emitted so far, threaded through
 * one kernel operation. The input state is never mutated: every change replaces a record by a
 * new one (unchanged records keep their identity). Only the Tx holder itself is reassigned.
 */
import type { KernelEvent } from './events.ts';
import type { ObjectId, Pid } from './ids.ts';
import type { KernelObject } from './objects/types.ts';
import type { KernelState, ProcessRecord } from './state.ts';

export interface Tx {
  state: KernelState;
  readonly events: KernelEvent[];
}

export const openTx = (state: KernelState): Tx => ({ state, events: [] });

export function emit(tx: Tx, event: KernelEvent): void {
  tx.events.push(event);
}

export function patchState(tx: Tx, patch: Partial<KernelState>): void {
  tx.state = { ...tx.state, ...patch };
}

export function getObject(tx: Tx, id: ObjectId): KernelObject | undefined {
  return tx.state.objects[id];
}

/** The object of the given kind, or undefined if it is gone or of another kind. */
export function objectOfKind<K extends KernelObject['kind']>(
  tx: Tx,
  id: ObjectId,
  kind: K,
): Extract<KernelObject, { kind: K }> | undefined {
  const o = tx.state.objects[id];
  return o?.kind === kind ? (o as Extract<KernelObject, { kind: K }>) : undefined;
}

export function putObject(tx: Tx, obj: KernelObject): void {
  patchState(tx, { objects: { ...tx.state.objects, [obj.id]: obj } });
}

export function deleteObject(tx: Tx, id: ObjectId): void {
  const { [id]: _gone, ...rest } = tx.state.objects;
  patchState(tx, { objects: rest });
}

export function getProcess(tx: Tx, pid: Pid): ProcessRecord | undefined {
  return tx.state.processes[pid];
}

export function putProcess(tx: Tx, p: ProcessRecord): void {
  patchState(tx, { processes: { ...tx.state.processes, [p.pid]: p } });
}

/** Takes the next value of the ordering counter. */
export function nextSeq(tx: Tx): number {
  const seq = tx.state.seq;
  patchState(tx, { seq: seq + 1 });
  return seq;
}
