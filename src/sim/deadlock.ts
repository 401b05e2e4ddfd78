/**
 * The explanation of a deadlock: for every blocked process, what it waits for and who could
 * release it — from the kernel's wait graph — in words a student can follow.
 */
import { waitGraph } from '../kernel/index.ts';
import type { World } from './world.ts';

export interface DeadlockExplanation {
  readonly explanation: string;
  readonly cycle: readonly {
    readonly pid: number;
    readonly waitsFor: string;
    readonly objectId: number | null;
  }[];
}

export function explainDeadlock(world: World<unknown>): DeadlockExplanation {
  const graph = waitGraph(world.kernel);
  const name = (pid: number) => `${world.procs[pid]?.image ?? 'process'} (pid ${pid})`;
  const cycle = graph.map((w) => ({
    pid: w.pid,
    waitsFor: w.condition.description,
    objectId: w.objectIds[0] ?? null,
  }));
  const parts = graph.map((w) => {
    const by = w.releasers.filter((p) => world.procs[p]?.status.kind !== 'exited');
    if (w.condition.kind === 'suspended') {
      const who =
        by.length === 0
          ? 'no running process holds its thread handle to call ResumeThread'
          : `only ${by.map(name).join(' or ')} could call ResumeThread, and ${by.length === 1 ? 'it is' : 'they are'} blocked too`;
      return `${name(w.pid)} is suspended (CREATE_SUSPENDED or SuspendThread) and nobody resumes it: ${who}.`;
    }
    const who =
      by.length === 0
        ? 'no running process can release it'
        : `only ${by.map(name).join(' or ')} could release it, and ${by.length === 1 ? 'it is' : 'they are'} blocked too`;
    return `${name(w.pid)} waits in ${w.condition.description}; ${who}.`;
  });
  const consoleWaiters = world.order.filter((pid) => {
    const s = world.procs[pid]?.status;
    return s?.kind === 'blocked' && s.on === 'console';
  });
  for (const pid of consoleWaiters) parts.push(`${name(pid)} waits for console input.`);
  return { explanation: `Deadlock: no process can run and no timer is pending. ${parts.join(' ')}`, cycle };
}
