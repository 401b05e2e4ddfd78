/** CreateFile: mailslot clients, named-pipe clients and simulated disk files (1.8–1.11, 3.14–3.20). */
import { ACCESS, DISPOSITION, ERROR, INVALID_HANDLE_VALUE, PIPE } from '../constants.ts';
import { openHandle } from '../handles.ts';
import { fail, ok, type CallCtx, type Handler } from '../handler.ts';
import type { SyscallArgs } from '../api-types.ts';
import { isMailslotPath, isPipePath, nameKey } from '../names.ts';
import { createObject } from '../objects/create.ts';
import { diskFile, fileKey, writeDisk } from '../objects/file.ts';
import { instance, setInstanceState } from '../objects/named-pipe.ts';
import { putObject, type Tx } from '../tx.ts';
import { mapFileAccess } from './common.ts';

type Args = SyscallArgs['CreateFile'];
type Result = ReturnType<Handler<'CreateFile'>['run']>;

const inheritOf = (a: Args): boolean => a.lpSecurityAttributes?.bInheritHandle ?? false;

/** A CreateFile that opens an existing pipe or mailslot sets the last error like any CreateFile
 *  success: ERROR_ALREADY_EXISTS for CREATE_ALWAYS / OPEN_ALWAYS (it existed), else 0 (K.13). */
const openedError = (a: Args): number =>
  a.dwCreationDisposition === DISPOSITION.CREATE_ALWAYS || a.dwCreationDisposition === DISPOSITION.OPEN_ALWAYS
    ? ERROR.ALREADY_EXISTS
    : ERROR.SUCCESS;

function openMailslotClient(tx: Tx, ctx: CallCtx, a: Args, name: string): Result {
  const entry = tx.state.namespace[nameKey(name)];
  if (entry?.kind !== 'mailslot') return fail(INVALID_HANDLE_VALUE, ERROR.FILE_NOT_FOUND, ['1.8', '8.3']);
  const access = mapFileAccess(a.dwDesiredAccess);
  const facts = ['1.9', '1.10', '1.11', 'K.13'];
  const h = openHandle(
    tx,
    ctx.pid,
    {
      objectId: entry.objectId,
      role: 'mailslotClient',
      access,
      inherit: inheritOf(a),
      protectFromClose: false,
    },
    facts,
  );
  return ok(h, facts, {}, openedError(a));
}

/** A client's access: dwDesiredAccess 0 still gives SYNCHRONIZE|FILE_READ_ATTRIBUTES (3.18). */
const clientAccess = (desired: number): number =>
  (mapFileAccess(desired) | ACCESS.SYNCHRONIZE | ACCESS.FILE_READ_ATTRIBUTES) >>> 0;

function openPipeClient(tx: Tx, ctx: CallCtx, a: Args, name: string): Result {
  const entry = tx.state.namespace[nameKey(name)];
  if (entry?.kind !== 'namedPipe') return fail(INVALID_HANDLE_VALUE, ERROR.FILE_NOT_FOUND, ['3.14', '8.3']);
  const access = clientAccess(a.dwDesiredAccess);
  const wantsWrite =
    (access & ACCESS.FILE_WRITE_DATA) !== 0 && (entry.openAccess & PIPE.ACCESS_INBOUND) === 0;
  const wantsRead = (access & ACCESS.FILE_READ_DATA) !== 0 && (entry.openAccess & PIPE.ACCESS_OUTBOUND) === 0;
  if (wantsWrite || wantsRead) return fail(INVALID_HANDLE_VALUE, ERROR.ACCESS_DENIED, ['3.19']);
  const listening = entry.instances
    .map((id) => instance(tx, id))
    .filter((p) => p.state === 'listening' && !p.serverGone)
    .sort((x, y) => x.listenSeq - y.listenSeq);
  const chosen = listening[0];
  if (chosen === undefined) return fail(INVALID_HANDLE_VALUE, ERROR.PIPE_BUSY, ['3.16', '3.70']);
  putObject(tx, { ...chosen, clientReadMode: 'byte', clientNowait: false, closedEnd: null });
  setInstanceState(tx, chosen.id, 'connected', ['3.15', '3.70']);
  const facts = ['3.15', '3.17', '3.20', '3.70', 'K.13'];
  const h = openHandle(
    tx,
    ctx.pid,
    {
      objectId: chosen.id,
      role: 'pipeClient',
      access,
      inherit: inheritOf(a),
      protectFromClose: false,
      connection: chosen.connection,
    },
    a.dwDesiredAccess === 0 ? [...facts, '3.18'] : facts,
  );
  return ok(h, a.dwDesiredAccess === 0 ? [...facts, '3.18'] : facts, {}, openedError(a));
}

const BAD_FILE_CHARS = /[<>"|?*]/;

/** Applies the creation disposition to the simulated disk; the last error tells "existed" (183). */
function prepareDisk(tx: Tx, a: Args, name: string): { error: number } | { lastError: number } {
  const exists = diskFile(tx, fileKey(name)) !== undefined;
  const writes = (mapFileAccess(a.dwDesiredAccess) & ACCESS.FILE_WRITE_DATA) !== 0;
  switch (a.dwCreationDisposition) {
    case DISPOSITION.CREATE_NEW:
      if (exists) return { error: ERROR.FILE_EXISTS };
      writeDisk(tx, name, new Uint8Array(0), ['F.2']);
      return { lastError: ERROR.SUCCESS };
    case DISPOSITION.CREATE_ALWAYS:
      writeDisk(tx, name, new Uint8Array(0), ['F.2']);
      return { lastError: exists ? ERROR.ALREADY_EXISTS : ERROR.SUCCESS };
    case DISPOSITION.OPEN_EXISTING:
      return exists ? { lastError: ERROR.SUCCESS } : { error: ERROR.FILE_NOT_FOUND };
    case DISPOSITION.OPEN_ALWAYS:
      if (!exists) writeDisk(tx, name, new Uint8Array(0), ['F.2']);
      return { lastError: exists ? ERROR.ALREADY_EXISTS : ERROR.SUCCESS };
    case DISPOSITION.TRUNCATE_EXISTING:
      if (!exists) return { error: ERROR.FILE_NOT_FOUND };
      if (!writes) return { error: ERROR.INVALID_PARAMETER };
      writeDisk(tx, name, new Uint8Array(0), ['F.2']);
      return { lastError: ERROR.SUCCESS };
    default:
      return { error: ERROR.INVALID_PARAMETER };
  }
}

function openDiskFile(tx: Tx, ctx: CallCtx, a: Args, name: string): Result {
  if (name === '') return fail(INVALID_HANDLE_VALUE, ERROR.PATH_NOT_FOUND, ['F.1']);
  if (BAD_FILE_CHARS.test(name)) return fail(INVALID_HANDLE_VALUE, ERROR.INVALID_NAME, ['F.1']);
  const prepared = prepareDisk(tx, a, name);
  if ('error' in prepared) return fail(INVALID_HANDLE_VALUE, prepared.error, ['F.2']);
  const key = fileKey(name);
  const shownName = tx.state.files[key]?.name ?? name;
  const id = createObject(
    tx,
    { kind: 'file', signaled: true, name: shownName, key, position: 0 },
    shownName,
    ['F.2'],
  );
  const access = (mapFileAccess(a.dwDesiredAccess) | ACCESS.SYNCHRONIZE) >>> 0;
  const h = openHandle(
    tx,
    ctx.pid,
    { objectId: id, role: 'file', access, inherit: inheritOf(a), protectFromClose: false },
    ['F.2'],
  );
  return ok(h, ['F.2'], {}, prepared.lastError);
}

export const CreateFile: Handler<'CreateFile'> = {
  run(tx, ctx, a) {
    const name = a.lpFileName;
    if (name === null) return fail(INVALID_HANDLE_VALUE, ERROR.PATH_NOT_FOUND, ['F.1']);
    if (isMailslotPath(name)) return openMailslotClient(tx, ctx, a, name);
    if (isPipePath(name)) return openPipeClient(tx, ctx, a, name);
    if (name.startsWith('\\\\')) return fail(INVALID_HANDLE_VALUE, ERROR.FILE_NOT_FOUND, ['8.3']);
    return openDiskFile(tx, ctx, a, name);
  },
};
