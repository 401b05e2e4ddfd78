/**
 * Per-process handle tables (spec 8.1): values are multiples of 4 from 0x4, a freed slot is
 * reused last-freed-first, the low two tag bits of a value are ignored (4.1), and -1 / -2 are
 * the pseudo handles of the current process and thread (8.2).
 */
import { PSEUDO } from './constants.ts';
import { asHandle, type HandleValue, type ObjectId, type Pid } from './ids.ts';
import { addRef } from './refs.ts';
import type { HandleEntry, KernelState, ProcessRecord } from './state.ts';
import { emit, getProcess, putProcess, type Tx } from './tx.ts';

/** What a handle value means in one process. */
export type Resolved =
  | { readonly kind: 'pseudoProcess' }
  | { readonly kind: 'pseudoThread' }
  | { readonly kind: 'entry'; readonly entry: HandleEntry };

/** The table slot a value names once the tag bits are dropped, or undefined for no slot. */
export function slotOf(h: number): number | undefined {
  if (!Number.isInteger(h) || h <= 0 || h > 0x7fffffff) return undefined;
  return h & ~3;
}

export function resolveHandle(state: KernelState, pid: Pid, h: number): Resolved | undefined {
  if (h === PSEUDO.CURRENT_PROCESS) return { kind: 'pseudoProcess' };
  if (h === PSEUDO.CURRENT_THREAD) return { kind: 'pseudoThread' };
  const slot = slotOf(h);
  const entry = slot === undefined ? undefined : state.processes[pid]?.handles[slot];
  return entry === undefined ? undefined : { kind: 'entry', entry };
}

/** The handle-table entry (no pseudo handles), or undefined. */
export function entryOf(state: KernelState, pid: Pid, h: number): HandleEntry | undefined {
  const r = resolveHandle(state, pid, h);
  return r?.kind === 'entry' ? r.entry : undefined;
}

/** Every handle to an object, in every process, optionally only of one role. */
export function handlesTo(state: KernelState, id: ObjectId, role?: HandleEntry['role']): HandleEntry[] {
  return Object.values(state.processes).flatMap((p) =>
    Object.values(p.handles).filter((e) => e.objectId === id && (role === undefined || e.role === role)),
  );
}

/** Pids of the processes holding a handle to the object (for the wait graph). */
export function holdersOf(state: KernelState, id: ObjectId, role?: HandleEntry['role']): Pid[] {
  return Object.values(state.processes)
    .filter((p) =>
      Object.values(p.handles).some((e) => e.objectId === id && (role === undefined || e.role === role)),
    )
    .map((p) => p.pid);
}

function mustProcess(tx: Tx, pid: Pid): ProcessRecord {
  const p = getProcess(tx, pid);
  if (p === undefined) throw new Error(`kernel bug: no process ${pid}`);
  return p;
}

/** Takes the slot the next handle of this process gets: the last freed one, else a new one. */
function takeSlot(p: ProcessRecord): { value: HandleValue; process: ProcessRecord } {
  const freed = p.freeSlots[p.freeSlots.length - 1];
  if (freed !== undefined) return { value: freed, process: { ...p, freeSlots: p.freeSlots.slice(0, -1) } };
  return { value: asHandle(p.nextHandle), process: { ...p, nextHandle: p.nextHandle + 4 } };
}

export type NewEntry = Omit<HandleEntry, 'value'>;

/** Puts a new handle in the table and counts it on the object. */
export function openHandle(tx: Tx, pid: Pid, entry: NewEntry, facts: readonly string[]): HandleValue {
  const { value, process } = takeSlot(mustProcess(tx, pid));
  putProcess(tx, {
    ...process,
    handles: { ...process.handles, [value]: { ...entry, value } },
    handleCount: process.handleCount + 1,
  });
  emit(tx, {
    type: 'HandleOpened',
    pid,
    handle: value,
    objectId: entry.objectId,
    role: entry.role,
    inherit: entry.inherit,
    facts: ['8.1', ...facts],
  });
  addRef(tx, entry.objectId, facts);
  return value;
}

/** Puts an inherited handle at the same value as in the parent (spec 5.12). */
export function placeHandle(tx: Tx, pid: Pid, entry: HandleEntry, facts: readonly string[]): void {
  const p = mustProcess(tx, pid);
  putProcess(tx, {
    ...p,
    handles: { ...p.handles, [entry.value]: entry },
    handleCount: p.handleCount + (p.handles[entry.value] === undefined ? 1 : 0),
    nextHandle: Math.max(p.nextHandle, entry.value + 4),
  });
  addRef(tx, entry.objectId, facts);
}

/** Removes a table entry and frees its slot, without touching the object's count. */
export function removeEntry(tx: Tx, pid: Pid, value: HandleValue): HandleEntry {
  const p = mustProcess(tx, pid);
  const entry = p.handles[value];
  if (entry === undefined) throw new Error(`kernel bug: no handle ${value} in ${pid}`);
  const { [value]: _gone, ...handles } = p.handles;
  putProcess(tx, { ...p, handles, handleCount: p.handleCount - 1, freeSlots: [...p.freeSlots, value] });
  return entry;
}

export function updateEntry(tx: Tx, pid: Pid, entry: HandleEntry): void {
  const p = mustProcess(tx, pid);
  putProcess(tx, { ...p, handles: { ...p.handles, [entry.value]: entry } });
}

/** After inheritance, the child's unused values below its highest one are free, lowest first. */
export function gapsAsFreeSlots(p: ProcessRecord): ProcessRecord {
  const gaps: HandleValue[] = [];
  for (let v = p.nextHandle - 4; v >= 4; v -= 4) if (p.handles[v] === undefined) gaps.push(asHandle(v));
  return { ...p, freeSlots: gaps };
}
