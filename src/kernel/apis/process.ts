/** OpenProcess, CreateProcess, ExitProcess, TerminateProcess, GetExitCodeProcess (spec 5). */
import { ACCESS, ERROR, FALSE, STILL_ACTIVE, TRUE } from '../constants.ts';
import { gapsAsFreeSlots, openHandle, placeHandle } from '../handles.ts';
import { fail, ok, type CallCtx, type Handler } from '../handler.ts';
import { asPid } from '../ids.ts';
import { findImage, findImageByName } from '../images.ts';
import { endProcess, spawnProcess } from '../objects/process.ts';
import type { SyscallArgs } from '../api-types.ts';
import type { ProcessRecord } from '../state.ts';
import { emit, getProcess, putProcess, type Tx } from '../tx.ts';
import { lookupProcess, mapProcessAccess, processByPid } from './common.ts';

export const OpenProcess: Handler<'OpenProcess'> = {
  run(tx, ctx, { dwDesiredAccess, bInheritHandle, dwProcessId }) {
    const p = tx.state.processes[dwProcessId];
    if (p === undefined || tx.state.objects[p.processObject] === undefined)
      return fail(0, ERROR.INVALID_PARAMETER, ['4.18', '7.10']);
    const h = openHandle(
      tx,
      ctx.pid,
      {
        objectId: p.processObject,
        role: 'process',
        access: mapProcessAccess(dwDesiredAccess),
        inherit: bInheritHandle,
        protectFromClose: false,
      },
      ['4.18', '8.7'],
    );
    return ok(h, ['4.18', '8.7']);
  },
};

type CreateArgs = SyscallArgs['CreateProcess'];
const NO_INFO = { lpProcessInformation: { hProcess: 0, hThread: 0, dwProcessId: 0, dwThreadId: 0 } };

function imageFor(tx: Tx, a: CreateArgs): { image: string } | { error: number } {
  if (a.lpApplicationName === '') return { error: ERROR.PATH_NOT_FOUND };
  if (a.lpApplicationName === null && (a.lpCommandLine === null || a.lpCommandLine.trim() === ''))
    return { error: ERROR.PATH_NOT_FOUND };
  const image =
    a.lpApplicationName !== null
      ? findImageByName(tx.state.images, a.lpApplicationName)
      : findImage(tx.state.images, a.lpCommandLine ?? '');
  return image === undefined ? { error: ERROR.FILE_NOT_FOUND } : { image };
}

/** Copies every inheritable handle of the parent into the child at the same value (5.12). */
function inheritHandles(tx: Tx, parent: CallCtx['pid'], child: CallCtx['pid']): void {
  const entries = Object.values(processByPid(tx, parent).handles).filter((e) => e.inherit);
  for (const e of entries) {
    placeHandle(tx, child, e, ['5.12']);
    emit(tx, {
      type: 'HandleInherited',
      parentPid: parent,
      childPid: child,
      handle: e.value,
      objectId: e.objectId,
      facts: ['5.12'],
    });
  }
  putProcess(tx, gapsAsFreeSlots(processByPid(tx, child)));
}

/** hProcess and hThread for the parent (the objects now count 2 each, spec 8.7). */
function childHandles(tx: Tx, pid: CallCtx['pid'], a: CreateArgs, child: ProcessRecord) {
  const open = (objectId: ProcessRecord['processObject'], role: 'process' | 'thread', inherit: boolean) =>
    openHandle(
      tx,
      pid,
      { objectId, role, access: ACCESS.PROCESS_ALL_ACCESS, inherit, protectFromClose: false },
      ['8.7'],
    );
  const hProcess = open(child.processObject, 'process', a.lpProcessAttributes?.bInheritHandle ?? false);
  const hThread = open(child.threadObject, 'thread', a.lpThreadAttributes?.bInheritHandle ?? false);
  return { hProcess, hThread, dwProcessId: child.pid, dwThreadId: child.tid };
}

export const CreateProcess: Handler<'CreateProcess'> = {
  run(tx, ctx, a) {
    if (a.lpCurrentDirectory !== null) return fail(FALSE, ERROR.DIRECTORY, ['5.6', '5.5'], NO_INFO);
    const found = imageFor(tx, a);
    if ('error' in found) return fail(FALSE, found.error, ['5.6', '5.5'], NO_INFO);
    const parent = processByPid(tx, ctx.pid);
    const child = spawnProcess(tx, {
      image: found.image,
      commandLine: a.lpCommandLine ?? a.lpApplicationName ?? found.image,
      parentPid: ctx.pid,
      environment: a.lpEnvironment === null ? [...parent.environment] : [...a.lpEnvironment],
      creationFlags: a.dwCreationFlags >>> 0,
    });
    if (a.bInheritHandles) inheritHandles(tx, ctx.pid, child.pid);
    const facts = ['5.19', '8.7', '5.15', '6.13', a.bInheritHandles ? '5.12' : '5.11'];
    return ok(TRUE, facts, { lpProcessInformation: childHandles(tx, ctx.pid, a, child) });
  },
};

export const ExitProcess: Handler<'ExitProcess'> = {
  run(tx, ctx, { uExitCode }) {
    endProcess(tx, ctx.pid, uExitCode);
    return { kind: 'exited', exitCode: uExitCode >>> 0, facts: ['5.16', '5.7'] };
  },
};

export const TerminateProcess: Handler<'TerminateProcess'> = {
  run(tx, ctx, { hProcess, uExitCode }) {
    const r = lookupProcess(tx, ctx, hProcess);
    if (!r.ok) return fail(FALSE, r.error, ['4.3']);
    if ((r.value.access & ACCESS.PROCESS_TERMINATE) === 0) return fail(FALSE, ERROR.ACCESS_DENIED, ['5.9']);
    if (r.value.process.exitCode !== null) return fail(FALSE, ERROR.ACCESS_DENIED, ['0.3', '5.9']);
    endProcess(tx, r.value.process.pid, uExitCode);
    if (r.value.isSelf) return { kind: 'exited', exitCode: uExitCode >>> 0, facts: ['5.9', '5.16'] };
    return ok(TRUE, ['5.9', '5.16']);
  },
};

export const GetExitCodeProcess: Handler<'GetExitCodeProcess'> = {
  run(tx, ctx, { hProcess }) {
    const r = lookupProcess(tx, ctx, hProcess);
    if (!r.ok) return fail(FALSE, r.error, ['4.6']);
    const query = ACCESS.PROCESS_QUERY_INFORMATION | ACCESS.PROCESS_QUERY_LIMITED_INFORMATION;
    if ((r.value.access & query) === 0) return fail(FALSE, ERROR.ACCESS_DENIED, ['5.8']);
    const code = getProcess(tx, asPid(r.value.process.pid))?.exitCode ?? null;
    return code === null
      ? ok(TRUE, ['5.8'], { lpExitCode: STILL_ACTIVE })
      : ok(TRUE, ['5.7', '5.17'], { lpExitCode: code });
  },
};
