/**
 * How far a run may grow before the simulator stops it. A program that opens handles, starts
 * processes, queues messages or writes a file in a loop that never ends would otherwise make each
 * later step slower than the last (a step copies the tables, queues and files it changes, and the
 * diagram draws every row, process and message) long before the step limit stops it: such a run
 * once froze the page. Windows' own limits are far higher (about 16 million handles per process,
 * no fixed number of processes, queues and files bounded by memory and disk); these are the
 * simulator's, and a run that reaches one ends with a "resource-limit" end that says which.
 */
import type { KernelObject } from '../kernel/index.ts';
import type { World } from './world.ts';

export const RUN_LIMITS = {
  /** Steps of a run when its scenario names no limit of its own: far beyond any lesson, and small
   *  enough that a program that loops forever stops within a second or two. */
  steps: 100_000,
  /** Handles one process may hold at once. */
  handlesPerProcess: 1024,
  /** Processes one run may start, the first ones included (every one stays in the picture). */
  processes: 64,
  /** Unread messages in a mailslot, or writes waiting in one direction of a pipe. */
  queued: 4096,
  /** Bytes in one file of the simulated disk. */
  fileBytes: 65_536,
} as const;

export type LimitEnd = { readonly reason: 'resource-limit'; readonly limit: number } & (
  | { readonly what: 'handles'; readonly pid: number }
  | { readonly what: 'processes' }
  | { readonly what: 'queued'; readonly objectId: number }
  | { readonly what: 'file'; readonly name: string }
);

/** The most items waiting in the object (messages, or writes in one direction of a pipe). */
function queuedIn(o: KernelObject): number {
  if (o.kind === 'mailslot') return o.messages.length;
  if (o.kind === 'pipe') return o.buffer.chunks.length;
  if (o.kind === 'namedPipeInstance') return Math.max(o.toServer.chunks.length, o.toClient.chunks.length);
  return 0;
}

/** The limit this world has gone past, if any. It runs every step, so it only looks at counts
 *  the state keeps (one look per process, object and file), never counts a table itself. */
export function limitPassed(world: World<unknown>): LimitEnd | null {
  const { kernel } = world;
  if (world.order.length > RUN_LIMITS.processes)
    return { reason: 'resource-limit', limit: RUN_LIMITS.processes, what: 'processes' };
  for (const pid of world.order)
    if ((kernel.processes[pid]?.handleCount ?? 0) > RUN_LIMITS.handlesPerProcess)
      return { reason: 'resource-limit', limit: RUN_LIMITS.handlesPerProcess, what: 'handles', pid };
  for (const id in kernel.objects) {
    const o = kernel.objects[id];
    if (o !== undefined && queuedIn(o) > RUN_LIMITS.queued)
      return { reason: 'resource-limit', limit: RUN_LIMITS.queued, what: 'queued', objectId: o.id };
  }
  for (const key in kernel.files) {
    const f = kernel.files[key];
    if (f !== undefined && f.data.length > RUN_LIMITS.fileBytes)
      return { reason: 'resource-limit', limit: RUN_LIMITS.fileBytes, what: 'file', name: f.name };
  }
  return null;
}
