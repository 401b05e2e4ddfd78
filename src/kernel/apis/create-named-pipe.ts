/** CreateNamedPipe (spec 3.1–3.13). */
import { ACCESS, ERROR, INVALID_HANDLE_VALUE, PIPE } from '../constants.ts';
import { openHandle } from '../handles.ts';
import { fail, ok, type Handler } from '../handler.ts';
import type { SyscallArgs } from '../api-types.ts';
import { nameKey, validPipeName } from '../names.ts';
import { createObject } from '../objects/create.ts';
import { emptyBuffer } from '../objects/pipe-buffer.ts';
import type { NamespaceEntry } from '../state.ts';
import type { NamedPipeInstanceObject } from '../objects/types.ts';
import { nextSeq, patchState, type Tx } from '../tx.ts';

type Args = SyscallArgs['CreateNamedPipe'];
const KNOWN_MODE_BITS = PIPE.TYPE_MESSAGE | PIPE.READMODE_MESSAGE | PIPE.NOWAIT | PIPE.REJECT_REMOTE_CLIENTS;
const KNOWN_OPEN_BITS =
  PIPE.ACCESS_DUPLEX |
  PIPE.FILE_FLAG_FIRST_PIPE_INSTANCE |
  PIPE.FILE_FLAG_OVERLAPPED |
  0x80000000 |
  0x000c0000;

/** The error for bad arguments, or undefined (3.1–3.5). */
function argumentError(a: Args): { error: number; facts: string[] } | undefined {
  if (a.lpName === null) return { error: ERROR.PATH_NOT_FOUND, facts: ['3.2'] };
  if (!validPipeName(a.lpName)) return { error: ERROR.INVALID_NAME, facts: ['3.1', '3.4'] };
  if (
    (a.dwPipeMode & ~KNOWN_MODE_BITS) !== 0 ||
    (a.dwOpenMode & ~KNOWN_OPEN_BITS) !== 0 ||
    (a.dwOpenMode & 3) === 0
  )
    return { error: ERROR.INVALID_PARAMETER, facts: ['3.3'] };
  if ((a.dwPipeMode & PIPE.TYPE_MESSAGE) === 0 && (a.dwPipeMode & PIPE.READMODE_MESSAGE) !== 0)
    return { error: ERROR.INVALID_PARAMETER, facts: ['3.3'] };
  if (a.nMaxInstances < 1 || a.nMaxInstances > PIPE.UNLIMITED_INSTANCES)
    return { error: ERROR.INVALID_PARAMETER, facts: ['3.5'] };
  return undefined;
}

/** An existing pipe of that name decides whether one more instance may exist (3.7–3.10), checked
 *  in the pipe file system's order: the instance count first, then the first-instance flag, then
 *  the access mode (K.9). */
function instanceError(
  entry: NamespaceEntry | undefined,
  a: Args,
): { error: number; facts: string[] } | undefined {
  if (entry === undefined) return undefined;
  if (entry.kind !== 'namedPipe') return { error: ERROR.ACCESS_DENIED, facts: ['3.8'] };
  const firstOnly = (a.dwOpenMode & PIPE.FILE_FLAG_FIRST_PIPE_INSTANCE) !== 0;
  const otherAccess = (a.dwOpenMode & 3) !== entry.openAccess;
  if (entry.instances.length >= entry.maxInstances)
    return { error: ERROR.PIPE_BUSY, facts: firstOnly || otherAccess ? ['3.7', 'K.9'] : ['3.7'] };
  if (firstOnly) return { error: ERROR.ACCESS_DENIED, facts: ['3.10'] };
  if (otherAccess) return { error: ERROR.ACCESS_DENIED, facts: ['3.8'] };
  return undefined;
}

/** DUPLEX: read+write data; INBOUND: read only; OUTBOUND: write only (3.11). */
function serverAccess(openAccess: number): number {
  let a = ACCESS.SYNCHRONIZE | ACCESS.FILE_READ_ATTRIBUTES | ACCESS.FILE_WRITE_ATTRIBUTES;
  if (openAccess & PIPE.ACCESS_INBOUND) a |= ACCESS.FILE_READ_DATA;
  if (openAccess & PIPE.ACCESS_OUTBOUND) a |= ACCESS.FILE_WRITE_DATA | ACCESS.FILE_APPEND_DATA;
  return a >>> 0;
}

function register(tx: Tx, a: Args, name: string, id: Parameters<typeof openHandle>[2]['objectId']): void {
  const key = nameKey(name);
  const entry = tx.state.namespace[key];
  const next: NamespaceEntry =
    entry?.kind === 'namedPipe'
      ? { ...entry, instances: [...entry.instances, id] }
      : {
          kind: 'namedPipe',
          name,
          openAccess: a.dwOpenMode & 3,
          maxInstances: a.nMaxInstances,
          defaultTimeout: a.nDefaultTimeOut >>> 0,
          instances: [id],
        };
  patchState(tx, { namespace: { ...tx.state.namespace, [key]: next } });
}

/** A fresh instance: LISTENING, signaled, empty buffers; a client end reads in byte mode (3.20). */
function newInstance(tx: Tx, a: Args, name: string): Omit<NamedPipeInstanceObject, 'id' | 'usageCount'> {
  const message = (a.dwPipeMode & PIPE.TYPE_MESSAGE) !== 0;
  return {
    kind: 'namedPipeInstance',
    signaled: true,
    name,
    key: nameKey(name),
    pipeType: message ? 'message' : 'byte',
    openAccess: a.dwOpenMode & 3,
    maxInstances: a.nMaxInstances,
    outBufferSize: a.nOutBufferSize >>> 0,
    inBufferSize: a.nInBufferSize >>> 0,
    defaultTimeout: a.nDefaultTimeOut >>> 0,
    state: 'listening',
    closedEnd: null,
    connection: 1,
    serverReadMode: (a.dwPipeMode & PIPE.READMODE_MESSAGE) !== 0 ? 'message' : 'byte',
    clientReadMode: 'byte',
    serverNowait: (a.dwPipeMode & PIPE.NOWAIT) !== 0,
    clientNowait: false,
    toServer: emptyBuffer(a.nInBufferSize >>> 0),
    toClient: emptyBuffer(a.nOutBufferSize >>> 0),
    listenSeq: nextSeq(tx),
    serverGone: false,
  };
}

export const CreateNamedPipe: Handler<'CreateNamedPipe'> = {
  run(tx, ctx, a) {
    const bad = argumentError(a) ?? instanceError(tx.state.namespace[nameKey(a.lpName ?? '')], a);
    if (bad !== undefined) return fail(INVALID_HANDLE_VALUE, bad.error, bad.facts);
    const name = a.lpName ?? '';
    const facts = ['3.15', '3.12', '3.9', '3.69', '3.11'];
    const id = createObject(tx, newInstance(tx, a, name), name, facts);
    register(tx, a, name, id);
    const inherit = a.lpSecurityAttributes?.bInheritHandle ?? false;
    const access = serverAccess(a.dwOpenMode & 3);
    const h = openHandle(
      tx,
      ctx.pid,
      { objectId: id, role: 'pipeServer', access, inherit, protectFromClose: false },
      facts,
    );
    return ok(h, facts);
  },
};
