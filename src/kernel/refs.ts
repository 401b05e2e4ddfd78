/**
 * Usage counts (spec 8.7): every handle and every other reference (a running process on its own
 * object, a blocked call on what it waits for) counts once; at 0 the object is destroyed and
 * its name leaves the namespace.
 */
import { emit, getObject, deleteObject, patchState, putObject, type Tx } from './tx.ts';
import type { ObjectId } from './ids.ts';
import type { KernelObject } from './objects/types.ts';
import type { NamespaceEntry } from './state.ts';

export function addRef(tx: Tx, id: ObjectId, facts: readonly string[]): void {
  const o = getObject(tx, id);
  if (o === undefined) throw new Error(`kernel bug: addRef on missing object ${id}`);
  putObject(tx, { ...o, usageCount: o.usageCount + 1 });
  emit(tx, { type: 'UsageCountChanged', objectId: id, from: o.usageCount, to: o.usageCount + 1, facts });
}

export function release(tx: Tx, id: ObjectId, facts: readonly string[]): void {
  const o = getObject(tx, id);
  if (o === undefined) throw new Error(`kernel bug: release on missing object ${id}`);
  const to = o.usageCount - 1;
  emit(tx, { type: 'UsageCountChanged', objectId: id, from: o.usageCount, to, facts });
  if (to > 0) {
    putObject(tx, { ...o, usageCount: to });
    return;
  }
  unname(tx, o);
  deleteObject(tx, id);
  emit(tx, { type: 'ObjectDestroyed', objectId: id, kind: o.kind, facts: [...facts, '4.17'] });
}

/** Takes an object's name out of the namespace (it is free for a new object at once). */
export function unname(tx: Tx, o: KernelObject): void {
  if (o.kind === 'mailslot')
    removeName(tx, o.name.toLowerCase(), (e) => e.kind === 'mailslot' && e.objectId === o.id);
  if (o.kind === 'namedPipeInstance') removeInstance(tx, o.key, o.id);
}

function removeName(tx: Tx, key: string, matches: (e: NamespaceEntry) => boolean): void {
  const entry = tx.state.namespace[key];
  if (entry === undefined || !matches(entry)) return;
  const { [key]: _gone, ...rest } = tx.state.namespace;
  patchState(tx, { namespace: rest });
}

function removeInstance(tx: Tx, key: string, id: ObjectId): void {
  const entry = tx.state.namespace[key];
  if (entry?.kind !== 'namedPipe' || !entry.instances.includes(id)) return;
  const instances = entry.instances.filter((i) => i !== id);
  if (instances.length === 0) removeName(tx, key, () => true);
  else patchState(tx, { namespace: { ...tx.state.namespace, [key]: { ...entry, instances } } });
}
