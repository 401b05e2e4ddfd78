/**
 * How far a run may grow before the simulator stops it. A program that opens handles or starts
 * processes in a loop that never ends would otherwise make each later step slower than the last
 * (a step copies the tables it changes, and the diagram draws every row and every process) long
 * before the step limit stops it: such a run once froze the page. Windows' own limits are far
 * higher (about 16 million handles per process, no fixed number of processes); these are the
 * simulator's, and a run that reaches one ends with a "resource-limit" end that says which.
 */
import type { World } from './world.ts';

export const RUN_LIMITS = {
  /** Handles one process may hold at once. */
  handlesPerProcess: 1024,
  /** Processes one run may start, the first ones included (every one stays in the picture). */
  processes: 64,
} as const;

export type LimitEnd = {
  readonly reason: 'resource-limit';
  readonly what: 'handles' | 'processes';
  /** The process over the handle limit; null for the process limit. */
  readonly pid: number | null;
  readonly limit: number;
};

/** The limit this world has gone past, if any. Costs one look per process: it runs every step. */
export function limitPassed(world: World<unknown>): LimitEnd | null {
  if (world.order.length > RUN_LIMITS.processes)
    return { reason: 'resource-limit', what: 'processes', pid: null, limit: RUN_LIMITS.processes };
  for (const pid of world.order) {
    const count = world.kernel.processes[pid]?.handleCount ?? 0;
    if (count > RUN_LIMITS.handlesPerProcess)
      return { reason: 'resource-limit', what: 'handles', pid, limit: RUN_LIMITS.handlesPerProcess };
  }
  return null;
}
