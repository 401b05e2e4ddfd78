/**
 * The shape of a whole run as the layout needs it: which processes and objects ever appear, in
 * order of first appearance (IPC objects before process and thread objects), and the most rows
 * each card must hold. Slots come from this, never from the current step alone, so nothing moves
 * while the user steps. Built from the simulator's `Run.shape()`, which reads the run once.
 */
import type { RunShape as SimRunShape } from '../sim/run-api.ts';
import type { ObjectKindName } from '../sim/view.ts';

export interface RunShape {
  readonly pids: readonly number[];
  readonly maxRows: ReadonlyMap<number, number>;
  readonly maxVars: ReadonlyMap<number, number>;
  readonly objects: readonly { readonly id: number; readonly kind: ObjectKindName }[];
  /** Cards show their standard handles (some process of the run is redirected; metrics STD_H). */
  readonly std: boolean;
}

const byPid = (record: Readonly<Record<number, number>>, pids: readonly number[]) =>
  new Map(pids.map((pid) => [pid, record[pid] ?? 0]));

export function layoutShape(run: SimRunShape): RunShape {
  const objects = run.objects.map((id) => ({ id, kind: run.objectKinds[id] ?? ('file' as const) }));
  return {
    pids: run.pids,
    maxRows: byPid(run.maxHandles, run.pids),
    maxVars: byPid(run.maxVars, run.pids),
    objects: [...objects.filter((o) => !isTask(o.kind)), ...objects.filter((o) => isTask(o.kind))],
    std: run.std,
  };
}

/** Process and thread objects go after the IPC objects, which the handle arrows are about. */
function isTask(kind: ObjectKindName): boolean {
  return kind === 'process' || kind === 'thread';
}
