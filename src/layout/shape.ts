/**
 * The shape of a whole run: which processes and objects ever appear, in order of first
 * appearance (IPC objects before process and thread objects), and the most rows each card must hold. Slots come from this, never from the
 * current step alone, so nothing moves while the user steps.
 */
import type { ObjectKindName, StepView } from '../sim/view.ts';

export interface RunShape {
  readonly pids: readonly number[];
  readonly maxRows: ReadonlyMap<number, number>;
  readonly maxVars: ReadonlyMap<number, number>;
  readonly objects: readonly { readonly id: number; readonly kind: ObjectKindName }[];
}

export function shapeOfViews(views: Iterable<StepView>): RunShape {
  const pids: number[] = [];
  const maxRows = new Map<number, number>();
  const maxVars = new Map<number, number>();
  const objects: { id: number; kind: ObjectKindName }[] = [];
  const seenObjects = new Set<number>();
  for (const view of views) {
    for (const p of view.processes) {
      if (!maxRows.has(p.pid)) pids.push(p.pid);
      maxRows.set(p.pid, Math.max(maxRows.get(p.pid) ?? 0, p.handles.length));
      maxVars.set(p.pid, Math.max(maxVars.get(p.pid) ?? 0, p.locals.length + p.globals.length));
    }
    for (const o of view.objects) {
      if (seenObjects.has(o.id)) continue;
      seenObjects.add(o.id);
      objects.push({ id: o.id, kind: o.kind });
    }
  }
  return {
    pids,
    maxRows,
    maxVars,
    objects: [...objects.filter((o) => !isTask(o.kind)), ...objects.filter((o) => isTask(o.kind))],
  };
}

/** Process and thread objects go after the IPC objects, which the handle arrows are about. */
function isTask(kind: ObjectKindName): boolean {
  return kind === 'process' || kind === 'thread';
}

/** Runs up to this many steps are scanned step by step; longer ones at their markers only. */
export const FULL_SCAN_LIMIT = 3000;

interface RunLike {
  readonly length: number;
  view(step: number): StepView;
  markers?(): readonly { readonly step: number }[];
}

/**
 * The views that decide the run's shape, lazily. Processes, handles and objects change only where
 * the kernel acts, and the timeline marks every such step; so a long run is read at its markers
 * (and the step after each), not at every one of its possibly 100,000 steps.
 */
export function* viewsOf(run: RunLike): Generator<StepView> {
  if (run.length <= FULL_SCAN_LIMIT || !run.markers) {
    for (let step = 0; step <= run.length; step++) yield run.view(step);
    return;
  }
  const steps = new Set<number>([0, run.length]);
  for (const m of run.markers()) {
    steps.add(m.step);
    if (m.step < run.length) steps.add(m.step + 1);
  }
  for (const step of [...steps].sort((a, b) => a - b)) yield run.view(step);
}
