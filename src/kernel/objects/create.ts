/** Creating an object: a fresh id from the counter, count 0 until its first handle or reference. */
import { asObjectId, type ObjectId } from '../ids.ts';
import { emit, patchState, putObject, type Tx } from '../tx.ts';
import type { KernelObject } from './types.ts';

type Fresh<T> = T extends KernelObject ? Omit<T, 'id' | 'usageCount'> : never;

export function createObject(
  tx: Tx,
  fields: Fresh<KernelObject>,
  name: string | null,
  facts: readonly string[],
): ObjectId {
  const id = asObjectId(tx.state.nextObjectId);
  patchState(tx, { nextObjectId: id + 1 });
  putObject(tx, { ...fields, id, usageCount: 0 } as KernelObject);
  emit(tx, { type: 'ObjectCreated', objectId: id, kind: fields.kind, name, facts });
  return id;
}
