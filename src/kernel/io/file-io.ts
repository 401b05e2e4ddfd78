/** ReadFile / WriteFile on simulated disk files: at the file object's position, which moves. */
import { ERROR } from '../constants.ts';
import type { HandleEntry } from '../state.ts';
import { canRead, canWrite } from '../apis/common.ts';
import { diskFile, fileObject, spliceBytes, writeDisk } from '../objects/file.ts';
import { emit, putObject, type Tx } from '../tx.ts';
import type { Pid } from '../ids.ts';
import { readFail, readOk, wrote, writeFail, type ReadResult, type WriteResult } from './results.ts';

export function readFileObject(tx: Tx, pid: Pid, e: HandleEntry, n: number): ReadResult {
  if (!canRead(e)) return readFail(ERROR.ACCESS_DENIED, ['F.3']);
  const f = fileObject(tx, e.objectId);
  const data = diskFile(tx, f.key)?.data ?? new Uint8Array(0);
  const bytes = data.slice(Math.min(f.position, data.length), Math.min(f.position + n, data.length));
  putObject(tx, { ...f, position: f.position + bytes.length });
  emit(tx, { type: 'BytesRead', pid, objectId: f.id, count: bytes.length, facts: ['F.3'] });
  return readOk(bytes, ['F.3']);
}

export function writeFileObject(tx: Tx, pid: Pid, e: HandleEntry, bytes: Uint8Array): WriteResult {
  if (!canWrite(e)) return writeFail(ERROR.ACCESS_DENIED, ['F.3']);
  const f = fileObject(tx, e.objectId);
  const data = diskFile(tx, f.key)?.data ?? new Uint8Array(0);
  writeDisk(tx, f.name, spliceBytes(data, f.position, bytes), ['F.3']);
  putObject(tx, { ...fileObject(tx, e.objectId), position: f.position + bytes.length });
  emit(tx, { type: 'BytesWritten', pid, objectId: f.id, count: bytes.length, facts: ['F.3'] });
  return wrote(bytes.length, ['F.3']);
}
