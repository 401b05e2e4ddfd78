/**
 * CreateProcess (spec 5.5, 5.6, 5.10–5.15, 5.19): the image and directory checks, what the child
 * inherits (every inheritable handle, or only those of a PROC_THREAD_ATTRIBUTE_HANDLE_LIST), its
 * standard handles and console, and CREATE_SUSPENDED.
 */
import { ACCESS, CONSOLE_HANDLE, CREATE, ERROR, FALSE, STARTF, TRUE } from '../constants.ts';
import { gapsAsFreeSlots, openHandle, placeHandle, resolveHandle } from '../handles.ts';
import { fail, ok, type CallCtx, type Handler } from '../handler.ts';
import type { Pid } from '../ids.ts';
import { findImage, findImageByName } from '../images.ts';
import { spawnProcess } from '../objects/process.ts';
import type { StartupInfo, SyscallArgs } from '../api-types.ts';
import type { HandleEntry, ProcessRecord, StdHandles } from '../state.ts';
import { emit, putProcess, type Tx } from '../tx.ts';
import { processByPid } from './common.ts';
import { CONSOLE_VALUES, isConsoleValue } from './std-handles.ts';

type CreateArgs = SyscallArgs['CreateProcess'];
const NO_INFO = { lpProcessInformation: { hProcess: 0, hThread: 0, dwProcessId: 0, dwThreadId: 0 } };
const NULL_STD: StdHandles = { input: 0, output: 0, error: 0 };
const CONSOLE_STD: StdHandles = {
  input: CONSOLE_HANDLE.INPUT,
  output: CONSOLE_HANDLE.OUTPUT,
  error: CONSOLE_HANDLE.ERROR,
};

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

/** The simulated file system has one directory, the root of C:, which is also the current
 *  directory: "C:\", "C:", "\", "." and ".\" name it (K.19). */
export function isExistingDirectory(path: string): boolean {
  const p = path.trim().replace(/\//g, '\\').toLowerCase();
  return /^(c:)?\\?$/.test(p) ? p !== '' : /^(c:)?\.\\?$/.test(p);
}

/** The handle-list entries, checked: each must be an inheritable handle of the caller (K.18). */
function listedEntries(tx: Tx, pid: Pid, list: readonly number[]): HandleEntry[] | undefined {
  const entries: HandleEntry[] = [];
  for (const h of list) {
    const r = resolveHandle(tx.state, pid, h);
    if (r?.kind !== 'entry' || !r.entry.inherit) return undefined;
    if (!entries.includes(r.entry)) entries.push(r.entry);
  }
  return entries;
}

function inherit(tx: Tx, parent: Pid, child: Pid, e: HandleEntry, facts: readonly string[]): void {
  placeHandle(tx, child, e, facts);
  emit(tx, {
    type: 'HandleInherited',
    parentPid: parent,
    childPid: child,
    handle: e.value,
    objectId: e.objectId,
    facts,
  });
}

/** Copies the inheritable handles (all, or those of the handle list) at the same values (5.12, 5.13). */
function inheritHandles(tx: Tx, parent: Pid, child: Pid, listed: readonly HandleEntry[] | null): void {
  const entries = listed ?? Object.values(processByPid(tx, parent).handles).filter((e) => e.inherit);
  for (const e of entries) inherit(tx, parent, child, e, listed ? ['5.13', '5.12'] : ['5.12']);
  putProcess(tx, gapsAsFreeSlots(processByPid(tx, child)));
}

const usesStdHandles = (si: StartupInfo | undefined): boolean =>
  si !== undefined && (si.dwFlags & STARTF.USESTDHANDLES) !== 0;

/** The child's console and standard handles (5.14, K.21): STARTF_USESTDHANDLES gives the three
 *  handles (NULL when nothing is inherited); else DETACHED_PROCESS gives none, CREATE_NEW_CONSOLE
 *  the new console's, and otherwise the child shares its parent's standard handles. */
function childStd(parent: ProcessRecord, a: CreateArgs): { std: StdHandles; console: boolean } {
  const flags = a.dwCreationFlags >>> 0;
  const detached = (flags & CREATE.DETACHED_PROCESS) !== 0;
  const si = a.lpStartupInfo;
  if (si !== undefined && usesStdHandles(si)) {
    const std = a.bInheritHandles
      ? { input: si.hStdInput, output: si.hStdOutput, error: si.hStdError }
      : NULL_STD;
    return { std, console: !detached };
  }
  if (detached) return { std: NULL_STD, console: false };
  if ((flags & CREATE.NEW_CONSOLE) !== 0 || parent.consoleHandles.length === 0)
    return { std: CONSOLE_STD, console: true };
  return { std: parent.stdHandles, console: true };
}

/** Without STARTF_USESTDHANDLES a console child receives its parent's inheritable standard
 *  handles even when bInheritHandles is FALSE (5.14): they are placed at the same values. */
function passStdHandles(tx: Tx, parent: Pid, child: Pid, std: StdHandles): void {
  for (const h of new Set([std.input, std.output, std.error])) {
    if (h === 0 || isConsoleValue(h) || processByPid(tx, child).handles[h] !== undefined) continue;
    const r = resolveHandle(tx.state, parent, h);
    if (r?.kind === 'entry' && r.entry.inherit) inherit(tx, parent, child, r.entry, ['5.14']);
  }
  putProcess(tx, gapsAsFreeSlots(processByPid(tx, child)));
}

/** hProcess and hThread for the parent (the objects now count 2 each, spec 8.7). */
function childHandles(tx: Tx, pid: Pid, a: CreateArgs, child: ProcessRecord) {
  const open = (objectId: ProcessRecord['processObject'], role: 'process' | 'thread', inheritable: boolean) =>
    openHandle(
      tx,
      pid,
      { objectId, role, access: ACCESS.PROCESS_ALL_ACCESS, inherit: inheritable, protectFromClose: false },
      ['8.7'],
    );
  const hProcess = open(child.processObject, 'process', a.lpProcessAttributes?.bInheritHandle ?? false);
  const hThread = open(child.threadObject, 'thread', a.lpThreadAttributes?.bInheritHandle ?? false);
  return { hProcess, hThread, dwProcessId: child.pid, dwThreadId: child.tid };
}

function createdFacts(a: CreateArgs, suspended: boolean, listed: boolean): string[] {
  const facts = ['5.19', '8.7', '5.15', '6.13', a.bInheritHandles ? '5.12' : '5.11'];
  if (suspended) facts.push('5.10');
  if (listed) facts.push('5.13');
  if (usesStdHandles(a.lpStartupInfo)) facts.push('5.14', '7.2');
  else if ((a.dwCreationFlags & (CREATE.DETACHED_PROCESS | CREATE.NEW_CONSOLE)) !== 0) facts.push('K.21');
  return facts;
}

function spawnChild(tx: Tx, ctx: CallCtx, a: CreateArgs, image: string, listed: HandleEntry[] | null) {
  const parent = processByPid(tx, ctx.pid);
  const { std, console } = childStd(parent, a);
  const suspended = (a.dwCreationFlags & CREATE.SUSPENDED) !== 0;
  const child = spawnProcess(tx, {
    image,
    commandLine: a.lpCommandLine ?? a.lpApplicationName ?? image,
    parentPid: ctx.pid,
    environment: a.lpEnvironment === null ? [...parent.environment] : [...a.lpEnvironment],
    creationFlags: a.dwCreationFlags >>> 0,
    std,
    consoleHandles: console ? CONSOLE_VALUES : [],
    suspended,
  });
  if (suspended)
    emit(tx, {
      type: 'ThreadSuspendCountChanged',
      pid: child.pid,
      tid: child.tid,
      from: 0,
      to: 1,
      facts: ['5.10'],
    });
  if (a.bInheritHandles) inheritHandles(tx, ctx.pid, child.pid, listed);
  if (!usesStdHandles(a.lpStartupInfo) && console) passStdHandles(tx, ctx.pid, child.pid, std);
  return { child, suspended };
}

export const CreateProcess: Handler<'CreateProcess'> = {
  run(tx, ctx, a) {
    const found = imageFor(tx, a);
    if ('error' in found) return fail(FALSE, found.error, ['5.6', '5.5'], NO_INFO);
    if (a.lpCurrentDirectory !== null && !isExistingDirectory(a.lpCurrentDirectory))
      return fail(FALSE, ERROR.DIRECTORY, ['5.6', '5.5', 'K.19'], NO_INFO);
    const list = a.handleList ?? null;
    // The list matters only when handles are inherited at all (K.18).
    const listed = list !== null && a.bInheritHandles ? listedEntries(tx, ctx.pid, list) : null;
    if (listed === undefined) return fail(FALSE, ERROR.INVALID_PARAMETER, ['5.13', 'K.18', '5.5'], NO_INFO);
    const { child, suspended } = spawnChild(tx, ctx, a, found.image, listed);
    const facts = createdFacts(a, suspended, listed !== null);
    if (a.lpCurrentDirectory !== null) facts.push('K.19');
    return ok(TRUE, facts, { lpProcessInformation: childHandles(tx, ctx.pid, a, child) });
  },
};
