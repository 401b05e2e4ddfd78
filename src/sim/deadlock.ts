/**
 * The explanation of a deadlock: for every blocked process, what it waits for and who could
 * release it — from the kernel's wait graph — as data (`reasons`, which the UI tells in the
 * reader's language) and in English words a student can follow (`explanation`, for the CLI).
 */
import { waitGraph } from '../kernel/index.ts';
import type { DeadlockEdgeView, DeadlockReasonView, ProcessRefView } from './view.ts';
import type { World } from './world.ts';

export interface DeadlockExplanation {
  readonly explanation: string;
  readonly reasons: readonly DeadlockReasonView[];
  readonly cycle: readonly DeadlockEdgeView[];
}

const nameOf = (p: ProcessRefView) => `${p.image} (pid ${p.pid})`;

/** The English sentence of one reason (the UI has its own, in both languages). */
function sentence(r: DeadlockReasonView): string {
  if (r.kind === 'console') return `${nameOf(r.process)} waits for console input.`;
  const by = r.releasers;
  // A releaser may be blocked or suspended itself: either way it cannot run.
  const them = by.length === 1 ? 'it cannot' : 'they cannot';
  if (r.kind === 'suspended') {
    const who =
      by.length === 0
        ? 'no running process holds its thread handle to call ResumeThread'
        : `only ${by.map(nameOf).join(' or ')} could call ResumeThread, and ${them} run either`;
    return `${nameOf(r.process)} is suspended (CREATE_SUSPENDED or SuspendThread) and nobody resumes it: ${who}.`;
  }
  const who =
    by.length === 0
      ? 'no running process can release it'
      : `only ${by.map(nameOf).join(' or ')} could release it, and ${them} run either`;
  return `${nameOf(r.process)} waits in ${r.what}; ${who}.`;
}

export function explainDeadlock(world: World<unknown>): DeadlockExplanation {
  const graph = waitGraph(world.kernel);
  const ref = (pid: number): ProcessRefView => ({ pid, image: world.procs[pid]?.image ?? 'process' });
  const cycle = graph.map((w): DeadlockEdgeView => {
    const edge = {
      pid: w.pid,
      waitsFor: w.condition.description,
      words: w.condition.words,
      objectId: w.objectIds[0] ?? null,
    };
    return w.condition.kind === 'suspended'
      ? { ...edge, suspendCount: world.kernel.processes[w.pid]?.suspendCount ?? 1 }
      : edge;
  });
  const reasons: DeadlockReasonView[] = graph.map((w) => {
    const releasers = w.releasers.filter((p) => world.procs[p]?.status.kind !== 'exited').map(ref);
    return w.condition.kind === 'suspended'
      ? {
          kind: 'suspended',
          process: ref(w.pid),
          suspendCount: world.kernel.processes[w.pid]?.suspendCount ?? 1,
          releasers,
        }
      : {
          kind: 'waits',
          process: ref(w.pid),
          what: w.condition.description,
          words: w.condition.words,
          releasers,
        };
  });
  for (const pid of world.order) {
    const s = world.procs[pid]?.status;
    if (s?.kind === 'blocked' && s.on === 'console') reasons.push({ kind: 'console', process: ref(pid) });
  }
  const explanation = `Deadlock: no process can run and no timer is pending. ${reasons.map(sentence).join(' ')}`;
  return { explanation, reasons, cycle };
}
