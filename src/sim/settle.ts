/**
 * After a step: processes the kernel created get a program state; processes the kernel ended
 * (TerminateProcess) stop; blocked callers whose condition now holds become runnable; when no one
 * can run, the virtual clock jumps to the earliest deadline. Then the end of the run, if any.
 */
import { advanceClock, nextDeadline, pollBlocked } from '../kernel/index.ts';
import type { KernelEvent, PendingCompletion } from '../kernel/index.ts';
import type { Engine } from './engine.ts';
import type { ProcSlot, RunEnd, World } from './world.ts';
import { hasInputFor, isSuspended, NO_STD_BUFFERS, withProc } from './world.ts';
import { limitPassed } from './limits.ts';

/** Gives every process the kernel started since the last look a machine, in creation order. */
export function adoptNewProcesses<M>(world: World<M>, engine: Engine<M>): World<M> {
  let next = world;
  for (const pid of world.kernel.processOrder) {
    const proc = world.kernel.processes[pid];
    if (!proc) continue;
    const known = next.procs[pid];
    if (!known) {
      next = adopt(next, engine, pid, proc.image, proc.commandLine);
    } else if (proc.exitCode !== null && known.status.kind !== 'exited') {
      // Ended by the kernel (TerminateProcess): the program stops where it was.
      next = withProc(
        { ...next, queue: next.queue.filter((p) => p !== pid) },
        {
          ...known,
          status: { kind: 'exited', code: proc.exitCode },
        },
      );
    }
  }
  return next;
}

function adopt<M>(
  world: World<M>,
  engine: Engine<M>,
  pid: number,
  image: string,
  commandLine: string,
): World<M> {
  const key = image.toLowerCase();
  const scripted = world.stdinUnclaimed[key];
  const stdinUnclaimed = { ...world.stdinUnclaimed };
  delete stdinUnclaimed[key];
  const slot: ProcSlot<M> = {
    pid,
    image,
    machine: engine.start(image, commandLine, pid),
    status: { kind: 'ready' },
    output: '',
    input: scripted ?? '',
    inputEnded: world.scriptedInputEnds,
    std: NO_STD_BUFFERS,
  };
  return withProc(
    { ...world, order: [...world.order, pid], queue: [...world.queue, pid], stdinUnclaimed },
    slot,
  );
}

export interface Settled<M> {
  readonly world: World<M>;
  readonly events: readonly KernelEvent[];
}

export function settle<M>(world: World<M>): Settled<M> {
  const events: KernelEvent[] = [];
  let next = world;
  for (;;) {
    next = wakeCompleted(next, events);
    next = wakeConsoleReaders(next);
    next = applySuspensions(next);
    if (next.queue.length > 0) break;
    const deadline = nextDeadline(next.kernel);
    if (deadline === undefined) break;
    const advanced = advanceClock(next.kernel, deadline - next.kernel.now);
    events.push(...advanced.events);
    next = deliver({ ...next, kernel: advanced.state }, advanced.completions);
  }
  return { world: { ...next, end: endOf(next) }, events };
}

function wakeCompleted<M>(world: World<M>, events: KernelEvent[]): World<M> {
  const polled = pollBlocked(world.kernel);
  events.push(...polled.events);
  return deliver({ ...world, kernel: polled.state }, polled.completions);
}

/** Completed kernel calls make their processes runnable; the next step resumes the call. */
function deliver<M>(world: World<M>, completions: readonly PendingCompletion[]): World<M> {
  let next = world;
  for (const { pid, outcome } of completions) {
    const slot = next.procs[pid];
    if (!slot || slot.status.kind === 'exited') continue;
    next = withProc(
      { ...next, queue: [...next.queue, pid] },
      {
        ...slot,
        status: { kind: 'woken', completion: outcome as never },
      },
    );
  }
  return next;
}

function wakeConsoleReaders<M>(world: World<M>): World<M> {
  let next = world;
  for (const pid of world.order) {
    const slot = next.procs[pid];
    if (slot?.status.kind === 'blocked' && slot.status.on === 'console' && hasInputFor(slot)) {
      next = withProc({ ...next, queue: [...next.queue, pid] }, { ...slot, status: { kind: 'ready' } });
    }
  }
  return next;
}

/** A suspended process leaves the run queue whatever it was doing; once resumed, a process that
 *  could run (ready, or its call completed) joins the queue again (spec 5.10). */
function applySuspensions<M>(world: World<M>): World<M> {
  const kept = world.queue.filter((pid) => !isSuspended(world, pid));
  const resumed = world.order.filter((pid) => {
    const s = world.procs[pid]?.status.kind;
    return (s === 'ready' || s === 'woken') && !isSuspended(world, pid) && !kept.includes(pid);
  });
  if (kept.length === world.queue.length && resumed.length === 0) return world;
  return { ...world, queue: [...kept, ...resumed] };
}

/** How the run ends at this world, or null while it goes on (or waits for console input). */
export function endOf(world: World<unknown>): RunEnd | null {
  if (world.step >= world.maxSteps) return { reason: 'step-limit' };
  const limit = limitPassed(world);
  if (limit) return limit;
  if (world.queue.length > 0) return null;
  const slots = world.order.map((pid) => world.procs[pid]);
  if (slots.every((s) => s?.status.kind === 'exited')) return { reason: 'exited' };
  if (slots.some((s) => s?.status.kind === 'blocked' && s.status.on === 'console')) return null;
  return { reason: 'deadlock' };
}

/** Pids that wait for console input nobody has typed yet. */
export function waitingForInput(world: World<unknown>): number[] {
  return world.order.filter((pid) => {
    const s = world.procs[pid];
    return s?.status.kind === 'blocked' && s.status.on === 'console';
  });
}
