/**
 * The whole run's cast, for a layout that does not move between steps (`Run.shape()`): processes
 * and kernel objects in order of first appearance, the most handle rows and variables each
 * process ever shows, and each object's kind. Read from the timeline without building a view of
 * every step: the timeline already tracked processes, objects and handle counts while it ran;
 * variables and kinds come from one pass over the worlds (a long run: at its marked steps).
 */
import type { Engine } from './engine.ts';
import type { RunShape } from './run-api.ts';
import type { Timeline } from './timeline.ts';
import { advance, worldAt } from './timeline.ts';
import type { ObjectKindName, StepView } from './view.ts';
import { kindName } from './view-objects.ts';
import { stdIsRedirected } from './view-std.ts';
import type { World } from './world.ts';

/** Runs up to this many steps are read step by step; longer ones at their marked steps only
 *  (and the step after each), where processes, handles and objects change. */
export const FULL_SCAN_LIMIT = 3000;

class ShapeBuilder {
  readonly pids: number[] = [];
  readonly objects: number[] = [];
  readonly maxHandles: Record<number, number> = {};
  readonly maxVars: Record<number, number> = {};
  readonly objectKinds: Record<number, ObjectKindName> = {};
  std = false;
  /** The process a process or thread object stands for. */
  readonly ownPids: Record<number, number> = {};
  readonly objectHolders: Record<number, number[]> = {};
  /** Per process, the handle table last read (tables are immutable: the same one is skipped). */
  private readonly tables = new Map<number, unknown>();

  process(pid: number, handles: number, vars: number): void {
    if (this.maxHandles[pid] === undefined) this.pids.push(pid);
    this.maxHandles[pid] = Math.max(this.maxHandles[pid] ?? 0, handles);
    this.maxVars[pid] = Math.max(this.maxVars[pid] ?? 0, vars);
  }

  /** `ownPid`: the process a process or thread object stands for. */
  object(id: number, kind: ObjectKindName, ownPid?: number): void {
    if (this.objectKinds[id] !== undefined) return;
    this.objects.push(id);
    this.objectKinds[id] = kind;
    if (ownPid !== undefined) this.ownPids[id] = ownPid;
  }

  /** Records that `pid` holds handles to `objectIds` (read from `table`, skipped when unchanged). */
  holds(pid: number, table: unknown, objectIds: () => Iterable<number>): void {
    if (this.tables.get(pid) === table) return;
    this.tables.set(pid, table);
    for (const id of objectIds()) {
      const list = (this.objectHolders[id] ??= []);
      if (!list.includes(pid)) list.push(pid);
    }
  }

  build(): RunShape {
    const { pids, objects, maxHandles, maxVars, objectKinds, objectHolders, std } = this;
    const objectHomes: Record<number, number> = {};
    for (const id of objects) {
      const home = this.ownPids[id] ?? objectHolders[id]?.[0];
      if (home !== undefined) objectHomes[id] = home;
    }
    return { pids, objects, maxHandles, maxVars, objectKinds, objectHomes, objectHolders, std };
  }
}

/** What a world shows of every process whose machine changed since `before`, and of every object. */
function observe<M>(shape: ShapeBuilder, engine: Engine<M>, world: World<M>, before: World<M> | null): void {
  for (const pid of world.order) {
    const slot = world.procs[pid];
    const proc = world.kernel.processes[pid];
    if (!slot || !proc) continue;
    const handles = Object.keys(proc.handles).length;
    if (!shape.std && stdIsRedirected(proc)) shape.std = true;
    if (before?.procs[pid]?.machine === slot.machine && shape.maxHandles[pid] !== undefined) {
      shape.process(pid, handles, 0);
      continue;
    }
    const vars = engine.inspect(slot.machine);
    shape.process(pid, handles, vars.locals.length + vars.globals.length);
  }
  for (const obj of Object.values(world.kernel.objects))
    shape.object(
      obj.id,
      kindName(obj),
      obj.kind === 'process' || obj.kind === 'thread' ? obj.pid : undefined,
    );
  for (const pid of world.order) {
    const table = world.kernel.processes[pid]?.handles;
    if (table) shape.holds(pid, table, () => Object.values(table).map((h) => h.objectId));
  }
}

/** The shape of a computed run (see the module comment). */
export function shapeOfTimeline<M>(timeline: Timeline<M>, engine: Engine<M>): RunShape {
  const shape = new ShapeBuilder();
  const last = timeline.last.step;
  let world = timeline.checkpoints[0] ?? timeline.last;
  observe(shape, engine, world, null);
  if (last <= FULL_SCAN_LIMIT) {
    while (world.step < last) {
      const next = advance(world, engine, timeline.decisions).world;
      if (next === world) break;
      observe(shape, engine, next, world);
      world = next;
    }
  } else {
    const steps = new Set<number>([last]);
    for (const m of timeline.marks) for (const s of [m.step, m.step + 1]) if (s <= last) steps.add(s);
    for (const s of [...steps].sort((a, b) => a - b))
      observe(shape, engine, worldAt(timeline, engine, s), null);
  }
  // The order of first appearance is the timeline's own record of it.
  const tracked = shapeFromEntries(timeline.shape);
  const built = shape.build();
  return { ...built, pids: tracked.pids, objects: tracked.objects, maxHandles: tracked.maxHandles };
}

function shapeFromEntries(
  entries: Timeline<unknown>['shape'],
): Pick<RunShape, 'pids' | 'objects' | 'maxHandles'> {
  const pids: number[] = [];
  const objects: number[] = [];
  const maxHandles: Record<number, number> = {};
  for (const e of entries) {
    if (e.kind === 'handles') maxHandles[e.id] = Math.max(maxHandles[e.id] ?? 0, e.count);
    else if (e.kind === 'pid') pids.push(e.id);
    else objects.push(e.id);
  }
  return { pids, objects, maxHandles };
}

/** The same shape read from views (for runs that are a list of views, like the dev fixtures). */
export function shapeOfViews(views: Iterable<StepView>): RunShape {
  const shape = new ShapeBuilder();
  for (const v of views) {
    for (const p of v.processes) {
      shape.process(p.pid, p.handles.length, p.locals.length + p.globals.length);
      if (!p.hasConsole || p.std.some((s) => s.target.kind !== 'console' || s.runtime)) shape.std = true;
    }
    for (const o of v.objects)
      shape.object(
        o.id,
        o.kind,
        o.detail.kind === 'process' || o.detail.kind === 'thread' ? o.detail.pid : undefined,
      );
    for (const p of v.processes) shape.holds(p.pid, p.handles, () => p.handles.map((h) => h.objectId));
  }
  return shape.build();
}
