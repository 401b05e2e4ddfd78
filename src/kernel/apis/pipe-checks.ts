/**
 * Refusals shared by the pipe control calls, in the order Windows makes them: first the object
 * type (a process or thread handle is not a file), then the access the I/O manager demands for
 * the request, then the pipe file system's own answers (K.3–K.7).
 */
import { ACCESS, ERROR } from '../constants.ts';
import { instance } from '../objects/named-pipe.ts';
import type { HandleEntry } from '../state.ts';
import type { Tx } from '../tx.ts';

export interface Refusal {
  readonly error: number;
  readonly facts: readonly string[];
}

const isPipe = (e: HandleEntry): boolean =>
  e.role === 'pipeRead' || e.role === 'pipeWrite' || e.role === 'pipeServer' || e.role === 'pipeClient';

/** A process or thread handle where a file handle is needed (K.3). */
export function notAFile(e: HandleEntry): Refusal | undefined {
  return e.role === 'process' || e.role === 'thread'
    ? { error: ERROR.INVALID_HANDLE, facts: ['K.3'] }
    : undefined;
}

/** A file or mailslot handle given to a pipe-only call (K.3). */
export function notAPipe(e: HandleEntry): Refusal | undefined {
  return notAFile(e) ?? (isPipe(e) ? undefined : { error: ERROR.INVALID_FUNCTION, facts: ['K.3'] });
}

/** What a request needs from the handle's granted access. */
export type Need = 'read' | 'write' | 'readWrite' | 'writeAttributes';

const NEEDED: Readonly<Record<Need, readonly number[]>> = {
  read: [ACCESS.FILE_READ_DATA],
  // Write access is either right: FILE_WRITE_DATA or FILE_APPEND_DATA.
  write: [ACCESS.FILE_WRITE_DATA | ACCESS.FILE_APPEND_DATA],
  readWrite: [ACCESS.FILE_READ_DATA, ACCESS.FILE_WRITE_DATA | ACCESS.FILE_APPEND_DATA],
  writeAttributes: [ACCESS.FILE_WRITE_ATTRIBUTES],
};

/** ERROR_ACCESS_DENIED when the handle lacks an access the request needs (K.4–K.6). */
export function lacksAccess(e: HandleEntry, need: Need, facts: readonly string[]): Refusal | undefined {
  const ok = NEEDED[need].every((bits) => (e.access & bits) !== 0);
  return ok ? undefined : { error: ERROR.ACCESS_DENIED, facts };
}

/** A client handle whose connection ended with DisconnectNamedPipe: it is detached from the
 *  instance, so even queries fail with ERROR_PIPE_NOT_CONNECTED (K.7). */
export function detachedClient(tx: Tx, e: HandleEntry): Refusal | undefined {
  if (e.role !== 'pipeClient') return undefined;
  return instance(tx, e.objectId).connection === e.connection
    ? undefined
    : { error: ERROR.PIPE_NOT_CONNECTED, facts: ['K.7', '3.72'] };
}
