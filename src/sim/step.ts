/**
 * `step(world, engine, choice)`: one statement of one process, then the kernel settles (woken
 * callers become runnable; when nobody can run, the virtual clock jumps to the next deadline).
 * Pure: same world and choice, same result.
 */
import { exitProcess } from '../kernel/index.ts';
import type { KernelEvent } from '../kernel/index.ts';
import type { ApiCallRecord } from '../lang/native-api.ts';
import type { Engine, EngineOutcome, EngineResult, SourceSpan, StepHost } from './engine.ts';
import { adoptNewProcesses, settle } from './settle.ts';
import type { ProcSlot, ProcStatus, World } from './world.ts';
import { isSuspended, withProc } from './world.ts';

/** What happened in one step, for narration and the timeline. */
export interface StepRecord {
  readonly pid: number;
  readonly span: SourceSpan | null;
  readonly outcome: EngineOutcome;
  readonly apiCalls: readonly ApiCallRecord[];
  readonly events: readonly KernelEvent[];
  readonly output: string;
}

export interface StepResult<M> {
  readonly world: World<M>;
  readonly record: StepRecord | null;
}

/** The process that takes the next step: the chosen one if it can run, else the queue's head. */
export function nextPid(world: World<unknown>, choice?: number): number | undefined {
  if (choice !== undefined && world.queue.includes(choice)) return choice;
  return world.queue[0];
}

export function step<M>(world: World<M>, engine: Engine<M>, choice?: number): StepResult<M> {
  if (world.end) return { world, record: null };
  const pid = nextPid(world, choice);
  if (pid === undefined) return { world, record: null };
  const slot = world.procs[pid];
  if (!slot) return { world, record: null };
  const host = hostFor(world, slot);
  const result =
    slot.status.kind === 'woken'
      ? engine.resume(slot.machine, host, slot.status.completion)
      : engine.step(slot.machine, host);
  return finishStep(world, engine, slot, host, result, 1);
}

/** Runs many statements of the only runnable process at once when nothing else can run in
 *  between (no other process runnable): the result is the same world as single steps give. */
export function stepBatch<M>(
  world: World<M>,
  engine: Engine<M>,
  maxSteps: number,
): StepResult<M> & { steps: number } {
  const pid = world.queue[0];
  const slot = pid === undefined ? undefined : world.procs[pid];
  if (
    world.end ||
    !slot ||
    world.queue.length !== 1 ||
    isSuspended(world, slot.pid) ||
    slot.status.kind !== 'ready' ||
    maxSteps < 2 ||
    engine.nextMayCallNative(slot.machine)
  ) {
    const r = step(world, engine);
    return { ...r, steps: r.record ? 1 : 0 };
  }
  const host = hostFor(world, slot);
  const budget = Math.min(maxSteps, world.maxSteps - world.step);
  const result = engine.run(slot.machine, host, budget);
  return { ...finishStep(world, engine, slot, host, result, result.steps), steps: result.steps };
}

function hostFor<M>(world: World<M>, slot: ProcSlot<M>): StepHost {
  return {
    pid: slot.pid,
    kernel: world.kernel,
    events: [],
    apiCalls: [],
    output: '',
    input: slot.input.length === 0 && slot.inputEnded ? undefined : slot.input,
    inputEnded: slot.inputEnded,
    std: slot.std,
  };
}

/** A program that ended normally lets its C runtime flush a redirected stdout first (C.1);
 *  a fault, ExitProcess or TerminateProcess (the kernel already ended it) does not come here. */
function exitingStatus<M>(engine: Engine<M>, machine: M, host: StepHost, status: ProcStatus): ProcStatus {
  if (status.kind !== 'exited' || status.fault !== undefined || !engine.atExit) return status;
  if (host.kernel.processes[host.pid]?.exitCode !== null) return status;
  const r = engine.atExit(machine, host);
  return r === undefined ? status : { kind: 'blocked', on: 'kernel', reason: r.blocked };
}

function statusAfter(outcome: EngineOutcome, inputLeft: number): ProcStatus {
  switch (outcome.kind) {
    case 'ran':
      return { kind: 'ready' };
    case 'blocked':
      return outcome.on === 'console'
        ? { kind: 'blocked', on: 'console', reason: outcome.reason, inputLength: inputLeft }
        : { kind: 'blocked', on: 'kernel', reason: outcome.reason };
    case 'exited':
      return { kind: 'exited', code: outcome.code };
    case 'faulted':
      return {
        kind: 'exited',
        code: outcome.code,
        fault: outcome.message,
        ...(outcome.words ? { faultWords: outcome.words } : {}),
      };
  }
}

function finishStep<M>(
  world: World<M>,
  engine: Engine<M>,
  slot: ProcSlot<M>,
  host: StepHost,
  result: EngineResult<M>,
  steps: number,
): StepResult<M> {
  const status = exitingStatus(
    engine,
    result.machine,
    host,
    statusAfter(result.outcome, (host.input ?? '').length),
  );
  const events = host.events;
  let kernel = host.kernel;
  if (status.kind === 'exited') {
    const exited = exitProcess(kernel, slot.pid as never, status.code);
    kernel = exited.state;
    events.push(...exited.events);
  }
  const queue = world.queue.filter((p) => p !== slot.pid);
  if (status.kind === 'ready') queue.push(slot.pid);
  const updated: ProcSlot<M> = {
    ...slot,
    machine: result.machine,
    status,
    output: slot.output + host.output,
    input: host.input ?? '',
    std: host.std,
  };
  let next = withProc({ ...world, kernel, queue, step: world.step + steps }, updated);
  next = adoptNewProcesses(next, engine);
  const settled = settle(next);
  events.push(...settled.events);
  const record: StepRecord = {
    pid: slot.pid,
    span: result.span,
    outcome: result.outcome,
    apiCalls: host.apiCalls,
    events,
    output: host.output,
  };
  return { world: settled.world, record };
}
