/** Invariants every reachable kernel state keeps (checked after every step in tests). */
import type { KernelState } from '../state.ts';

export function checkInvariants(state: KernelState): void {
  const expected = new Map<number, number>();
  const add = (id: number) => expected.set(id, (expected.get(id) ?? 0) + 1);
  for (const p of Object.values(state.processes)) {
    for (const [key, e] of Object.entries(p.handles)) {
      if (Number(key) !== e.value) throw new Error(`handle key ${key} != value ${e.value}`);
      if (e.value % 4 !== 0 || e.value < 4) throw new Error(`bad handle value ${e.value}`);
      if (state.objects[e.objectId] === undefined)
        throw new Error(`handle ${e.value} of ${p.pid} points at dead object ${e.objectId}`);
      if (p.freeSlots.includes(e.value)) throw new Error(`handle ${e.value} of ${p.pid} is also free`);
      add(e.objectId);
    }
    if (p.handleCount !== Object.keys(p.handles).length)
      throw new Error(
        `process ${p.pid} counts ${p.handleCount} handles in a table of ${Object.keys(p.handles).length}`,
      );
    if (!Number.isInteger(p.suspendCount) || p.suspendCount < 0)
      throw new Error(`process ${p.pid} has suspend count ${p.suspendCount}`);
    if (p.exitCode === null) {
      add(p.processObject);
      add(p.threadObject);
    } else if (Object.keys(p.handles).length > 0)
      throw new Error(`exited process ${p.pid} still has handles`);
  }
  for (const call of state.pending) {
    if (state.processes[call.pid]?.exitCode !== null)
      throw new Error(`pending call of exited process ${call.pid}`);
    for (const id of call.held) add(id);
  }
  for (const o of Object.values(state.objects)) {
    const want = expected.get(o.id) ?? 0;
    if (o.usageCount !== want)
      throw new Error(`object ${o.id} (${o.kind}) count ${o.usageCount}, expected ${want}`);
    if (o.usageCount <= 0) throw new Error(`object ${o.id} alive with count ${o.usageCount}`);
  }
  for (const id of expected.keys())
    if (state.objects[id] === undefined) throw new Error(`reference to missing object ${id}`);
  for (const entry of Object.values(state.namespace)) {
    const ids = entry.kind === 'mailslot' ? [entry.objectId] : entry.instances;
    for (const id of ids)
      if (state.objects[id] === undefined) throw new Error(`name ${entry.name} points at dead ${id}`);
  }
}

/** Nothing is left once every process has exited. */
export function checkNoLeaks(state: KernelState): void {
  const running = Object.values(state.processes).some((p) => p.exitCode === null);
  if (running) return;
  const left = Object.values(state.objects);
  if (left.length > 0) throw new Error(`leaked objects: ${left.map((o) => `${o.id}:${o.kind}`).join(', ')}`);
  if (Object.keys(state.namespace).length > 0) throw new Error('leaked names');
  if (state.pending.length > 0) throw new Error('leaked pending calls');
}
