/** Open disk files and the tiny in-state file system they read and write. */
import type { ObjectId } from '../ids.ts';
import type { SimFile } from '../state.ts';
import { emit, objectOfKind, patchState, type Tx } from '../tx.ts';
import type { FileObject } from './types.ts';

export function fileObject(tx: Tx, id: ObjectId): FileObject {
  const f = objectOfKind(tx, id, 'file');
  if (f === undefined) throw new Error(`kernel bug: ${id} is not a file`);
  return f;
}

export const fileKey = (name: string): string => name.toLowerCase();

export function diskFile(tx: Tx, key: string): SimFile | undefined {
  return tx.state.files[key];
}

export function writeDisk(tx: Tx, name: string, data: Uint8Array, facts: readonly string[]): void {
  const key = fileKey(name);
  const kept = tx.state.files[key]?.name ?? name;
  patchState(tx, { files: { ...tx.state.files, [key]: { name: kept, data } } });
  emit(tx, { type: 'FileChanged', name: kept, size: data.length, facts });
}

export function deleteDisk(tx: Tx, key: string, facts: readonly string[]): void {
  const f = tx.state.files[key];
  if (f === undefined) return;
  const { [key]: _gone, ...rest } = tx.state.files;
  patchState(tx, { files: rest });
  emit(tx, { type: 'FileChanged', name: f.name, size: null, facts });
}

/** data with `bytes` written at `pos` (zero-filled if pos is past the end). */
export function spliceBytes(data: Uint8Array, pos: number, bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.max(data.length, pos + bytes.length));
  out.set(data);
  out.set(bytes, pos);
  return out;
}
