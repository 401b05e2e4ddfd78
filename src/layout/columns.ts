/**
 * Which process column each kernel object is drawn under. A process or thread object sits under
 * the process it stands for; any other object under one of the processes that hold it, the one
 * whose column is shortest so far (its first holder on a tie), so that the columns stay about as
 * tall as each other and an arrow's way down to its object stays short. Pure; from the run's
 * shape only, so an object keeps its column for the whole run.
 */
import { OBJ_GAP_Y, objectHeight } from './metrics.ts';
import { isTask, type RunShape, type ShapeObject } from './shape.ts';

/**
 * Per column (one per process, in the order of `shape.pids`, then `extra` columns with no process
 * of their own), its objects top to bottom: IPC objects first, in order of first appearance, then
 * process and thread objects. An IPC object may also go to an extra column, when that is the
 * shortest: extra columns spread a tall kernel side over a wide screen.
 */
export function planColumns(shape: RunShape, extra = 0): number[][] {
  const own = Math.max(1, shape.pids.length);
  const n = own + extra;
  const columnOf = new Map(shape.pids.map((pid, i) => [pid, i]));
  const heights: number[] = Array.from({ length: n }, () => 0);
  const assigned = new Map<number, number>();
  const place = (o: ShapeObject, c: number) => {
    assigned.set(o.id, c);
    heights[c] = (heights[c] ?? 0) + objectHeight(o.kind) + OBJ_GAP_Y;
  };
  for (const o of shape.objects) {
    const c = o.home === undefined ? undefined : columnOf.get(o.home);
    if (isTask(o.kind) && c !== undefined) place(o, c);
  }
  for (const o of shape.objects) {
    if (assigned.has(o.id)) continue;
    const holders = [...new Set([o.home, ...o.holders].flatMap((pid) => columnOf.get(pid ?? NaN) ?? []))];
    const spare = Array.from({ length: extra }, (_, i) => own + i);
    const pool = holders.length > 0 ? [...holders, ...spare] : heights.map((_, i) => i);
    place(o, shortest(pool, heights));
  }
  const stacks: number[][] = Array.from({ length: n }, () => []);
  for (const o of shape.objects) stacks[assigned.get(o.id) ?? 0]?.push(o.id);
  return stacks;
}

/** The column of `pool` with the least height; the earliest in `pool` on a tie. */
function shortest(pool: readonly number[], heights: readonly number[]): number {
  let best = pool[0] ?? 0;
  for (const c of pool) if ((heights[c] ?? 0) < (heights[best] ?? 0)) best = c;
  return best;
}
