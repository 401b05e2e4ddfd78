/**
 * Process and thread lifecycles (spec 8.7, 5.16): a new process object and thread object each
 * start with one reference held by the running process itself; exit closes every handle, sets
 * the exit code, signals both objects and drops those own references.
 */
import { asPid, asTid, type Pid } from '../ids.ts';
import { closeEntry } from '../close.ts';
import { dropPending } from '../pending-drop.ts';
import { addRef, release } from '../refs.ts';
import type { ProcessRecord, StdHandles } from '../state.ts';
import { emit, getObject, getProcess, patchState, putObject, putProcess, type Tx } from '../tx.ts';
import { createObject } from './create.ts';

export interface NewProcess {
  readonly image: string;
  readonly commandLine: string;
  readonly parentPid: Pid | null;
  readonly environment: readonly string[];
  readonly creationFlags: number;
  /** Its standard handles at start (console handles, handle values or 0). */
  readonly std: StdHandles;
  /** The console pseudo handles it holds (none without a console). */
  readonly consoleHandles: readonly number[];
  /** CREATE_SUSPENDED: its thread starts with suspend count 1 (spec 5.10). */
  readonly suspended: boolean;
}

/** Makes the process record, its process and thread objects (count 1 each), an empty table. */
export function spawnProcess(tx: Tx, spec: NewProcess): ProcessRecord {
  const pid = asPid(tx.state.nextId);
  const tid = asTid(tx.state.nextId + 4);
  patchState(tx, { nextId: tx.state.nextId + 8, processOrder: [...tx.state.processOrder, pid] });
  const processObject = createObject(tx, { kind: 'process', pid, signaled: false }, null, ['8.7']);
  const threadObject = createObject(tx, { kind: 'thread', tid, pid, signaled: false }, null, ['8.7']);
  const { std, suspended, ...rest } = spec;
  const record: ProcessRecord = {
    ...rest,
    suspendCount: suspended ? 1 : 0,
    stdHandles: std,
    startStdHandles: std,
    pid,
    tid,
    exitCode: null,
    processObject,
    threadObject,
    handles: {},
    handleCount: 0,
    freeSlots: [],
    nextHandle: 4,
  };
  putProcess(tx, record);
  patchState(tx, { lastError: { ...tx.state.lastError, [tid]: 0 } });
  addRef(tx, processObject, ['8.7']);
  addRef(tx, threadObject, ['8.7']);
  emit(tx, {
    type: 'ProcessCreated',
    pid,
    parentPid: spec.parentPid,
    image: spec.image,
    commandLine: spec.commandLine,
    facts: ['8.7'],
  });
  return record;
}

export const isRunning = (tx: Tx, pid: Pid): boolean => getProcess(tx, pid)?.exitCode === null;

function signal(tx: Tx, id: ProcessRecord['processObject']): void {
  const o = getObject(tx, id);
  if (o === undefined || o.signaled) return;
  putObject(tx, { ...o, signaled: true });
  emit(tx, { type: 'SignaledChanged', objectId: id, signaled: true, facts: ['5.16'] });
}

/** Ends a running process (ExitProcess, TerminateProcess, return from main, a fault). */
export function endProcess(tx: Tx, pid: Pid, exitCode: number): void {
  const p = getProcess(tx, pid);
  if (p === undefined || p.exitCode !== null) return;
  dropPending(tx, pid);
  const values = Object.values(p.handles)
    .map((e) => e.value)
    .sort((a, b) => a - b);
  for (const v of values) closeEntry(tx, pid, v, ['5.16', '2.16']);
  putProcess(tx, { ...getProcess(tx, pid)!, exitCode: exitCode >>> 0 });
  signal(tx, p.processObject);
  signal(tx, p.threadObject);
  emit(tx, { type: 'ProcessExited', pid, exitCode: exitCode >>> 0, facts: ['5.16', '5.7'] });
  release(tx, p.threadObject, ['8.7']);
  release(tx, p.processObject, ['8.7']);
}
