/**
 * The shape of a whole run as the layout needs it: which processes and objects ever appear, in
 * order of first appearance (IPC objects before process and thread objects), the most rows each
 * card must hold, and which processes each object belongs with. Slots come from this, never from
 * the current step alone, so nothing moves while the user steps. Built from the simulator's
 * `Run.shape()`, which reads the run once.
 */
import type { RunShape as SimRunShape } from '../sim/run-api.ts';
import type { ObjectKindName } from '../sim/view.ts';

export interface ShapeObject {
  readonly id: number;
  readonly kind: ObjectKindName;
  /** The process it stands for (process, thread) or the first that held it; absent if none. */
  readonly home?: number;
  /** Every process that ever held a handle to it, first holder first. */
  readonly holders: readonly number[];
}

export interface RunShape {
  readonly pids: readonly number[];
  readonly maxRows: ReadonlyMap<number, number>;
  readonly maxVars: ReadonlyMap<number, number>;
  readonly objects: readonly ShapeObject[];
  /** Cards show their standard handles (some process of the run is redirected; metrics STD_H). */
  readonly std: boolean;
}

const byPid = (record: Readonly<Record<number, number>>, pids: readonly number[]) =>
  new Map(pids.map((pid) => [pid, record[pid] ?? 0]));

const NONE: readonly number[] = [];

export function layoutShape(run: SimRunShape): RunShape {
  const objects: ShapeObject[] = run.objects.map((id) => {
    const home = run.objectHomes[id];
    return {
      id,
      kind: run.objectKinds[id] ?? ('file' as const),
      ...(home === undefined ? {} : { home }),
      holders: run.objectHolders[id] ?? NONE,
    };
  });
  return {
    pids: run.pids,
    maxRows: byPid(run.maxHandles, run.pids),
    maxVars: byPid(run.maxVars, run.pids),
    objects: [...objects.filter((o) => !isTask(o.kind)), ...objects.filter((o) => isTask(o.kind))],
    std: run.std,
  };
}

/** Process and thread objects go after the IPC objects, which the handle arrows are about. */
export function isTask(kind: ObjectKindName): boolean {
  return kind === 'process' || kind === 'thread';
}
