/**
 * The kernel's entry points. Pure: each takes a state and returns the next state plus the
 * events that happened; the input state is never mutated.
 */
import type { ApiName, Outcome, PendingCompletion, SyscallCall, Completion } from './api-types.ts';
import type { KernelEvent } from './events.ts';
import type { Handler } from './handler.ts';
import type { Pid, Tid } from './ids.ts';
import { CONSOLE_HANDLE } from './constants.ts';
import { findImage } from './images.ts';
import { endProcess, spawnProcess } from './objects/process.ts';
import type { PendingCall } from './pending.ts';
import { HANDLERS } from './apis/registry.ts';
import { addRef, release } from './refs.ts';
import type { KernelState } from './state.ts';
import { emit, openTx, patchState, type Tx } from './tx.ts';

export interface KernelOptions {
  /** Program image names, e.g. ["MailSender.exe", "MailReceiver.exe"]. */
  readonly images: readonly string[];
  /** Environment of processes launched from a console (default: empty). */
  readonly environment?: readonly string[];
}

export function createKernel(options: KernelOptions): KernelState {
  return {
    now: 0,
    images: [...options.images],
    defaultEnvironment: [...(options.environment ?? [])],
    nextId: 4,
    nextObjectId: 1,
    seq: 1,
    objects: {},
    processes: {},
    processOrder: [],
    namespace: {},
    files: {},
    pending: [],
    lastError: {},
  };
}

export interface Step {
  readonly state: KernelState;
  readonly events: readonly KernelEvent[];
}

const CONSOLE_STD = {
  input: CONSOLE_HANDLE.INPUT,
  output: CONSOLE_HANDLE.OUTPUT,
  error: CONSOLE_HANDLE.ERROR,
} as const;

/** Starts a top-level process as if typed in a console: empty handle table (spec 8.1), the
 *  console's pseudo handles as its standard handles (K.14).
 *  Throws if the command line names no known image (check with findImage first). */
export function launchProcess(
  state: KernelState,
  options: { readonly commandLine: string; readonly environment?: readonly string[] },
): Step & { readonly pid: Pid } {
  const image = findImage(state.images, options.commandLine);
  if (image === undefined) throw new Error(`no program image for command line "${options.commandLine}"`);
  const tx = openTx(state);
  const environment = [...(options.environment ?? state.defaultEnvironment)];
  const p = spawnProcess(tx, {
    image,
    commandLine: options.commandLine,
    parentPid: null,
    environment,
    creationFlags: 0,
    std: CONSOLE_STD,
    consoleHandles: Object.values(CONSOLE_STD),
    suspended: false,
  });
  return { state: tx.state, events: tx.events, pid: p.pid };
}

/** Ends a process (its main returned, or it faulted): handles closed, exit code set, process
 *  object signaled, its pending call dropped (spec 5.16, 2.17). */
export function exitProcess(state: KernelState, pid: Pid, exitCode: number): Step {
  const tx = openTx(state);
  endProcess(tx, pid, exitCode);
  return { state: tx.state, events: tx.events };
}

function callerOf(state: KernelState, pid: Pid): { pid: Pid; tid: Tid } {
  const p = state.processes[pid];
  if (p === undefined || p.exitCode !== null)
    throw new Error(`syscall from process ${pid}, which is not running`);
  if (state.pending.some((c) => c.pid === pid))
    throw new Error(`syscall from process ${pid}, which is blocked`);
  return { pid, tid: p.tid };
}

function setLastError(tx: Tx, tid: Tid, code: number | undefined): void {
  if (code === undefined) return;
  patchState(tx, { lastError: { ...tx.state.lastError, [tid]: code >>> 0 } });
}

/** Makes one system call for a running, unblocked process. */
export function syscall<A extends ApiName>(
  state: KernelState,
  pid: Pid,
  call: SyscallCall<A>,
): Step & { readonly outcome: Outcome<A> } {
  const ctx = callerOf(state, pid);
  const tx = openTx(state);
  const handler = HANDLERS[call.api] as unknown as Handler<A>;
  const r = handler.run(tx, ctx, call.args as never);
  if (r.kind === 'returned') setLastError(tx, ctx.tid, r.lastError);
  if (r.kind !== 'block') return { state: tx.state, events: tx.events, outcome: r };
  const pending: PendingCall = {
    pid,
    tid: ctx.tid,
    api: call.api,
    args: call.args,
    condition: r.condition,
    held: r.held,
    data: r.data ?? {},
    since: tx.state.now,
    facts: r.facts,
  };
  patchState(tx, { pending: [...tx.state.pending, pending] });
  for (const id of r.held) addRef(tx, id, ['8.7']);
  emit(tx, { type: 'ProcessBlocked', pid, api: call.api, condition: r.condition, facts: r.facts });
  return {
    state: tx.state,
    events: tx.events,
    outcome: { kind: 'blocked', condition: r.condition, facts: r.facts },
  };
}

function tryComplete(tx: Tx, call: PendingCall): PendingCompletion | undefined {
  const handler = HANDLERS[call.api] as unknown as Handler<ApiName>;
  const ctx = { pid: call.pid, tid: call.tid };
  let result: Completion | undefined = handler.resume?.(tx, ctx, call.args as never, call);
  let reason: 'condition' | 'timeout' = 'condition';
  if (result === undefined && call.condition.deadline !== null && call.condition.deadline <= tx.state.now) {
    result = handler.timeout?.(tx, ctx, call.args as never, call);
    reason = 'timeout';
  }
  if (result === undefined) return undefined;
  patchState(tx, { pending: tx.state.pending.filter((c) => c !== call) });
  for (const id of call.held) release(tx, id, ['8.7']);
  if (result.kind === 'returned') setLastError(tx, call.tid, result.lastError);
  emit(tx, { type: 'ProcessWoken', pid: call.pid, api: call.api, reason, facts: result.facts });
  return { pid: call.pid, api: call.api, outcome: result };
}

/** Completes every pending call that can complete now (conditions met or deadlines passed), in
 *  the order they blocked, repeating while one completion enables another. */
export function pollBlocked(
  state: KernelState,
): Step & { readonly completions: readonly PendingCompletion[] } {
  const tx = openTx(state);
  const completions: PendingCompletion[] = [];
  for (let progress = true; progress;) {
    progress = false;
    for (const call of tx.state.pending) {
      if (!tx.state.pending.includes(call)) continue;
      const done = tryComplete(tx, call);
      if (done === undefined) continue;
      completions.push(done);
      progress = true;
    }
  }
  return { state: tx.state, events: tx.events, completions };
}

/** The earliest deadline among pending calls (virtual ms), or undefined if none has one. */
export function nextDeadline(state: KernelState): number | undefined {
  const ds = state.pending.map((c) => c.condition.deadline).filter((d): d is number => d !== null);
  return ds.length === 0 ? undefined : Math.min(...ds);
}

/** Moves the virtual clock forward by `ms` and completes what timed out (and anything else that
 *  can complete), like pollBlocked. */
export function advanceClock(
  state: KernelState,
  ms: number,
): Step & { readonly completions: readonly PendingCompletion[] } {
  const tx = openTx(state);
  const to = state.now + Math.max(0, ms);
  patchState(tx, { now: to });
  emit(tx, { type: 'ClockAdvanced', from: state.now, to, facts: [] });
  const polled = pollBlocked(tx.state);
  return { state: polled.state, events: [...tx.events, ...polled.events], completions: polled.completions };
}
