/**
 * A computed run: worlds kept as checkpoints every CHECKPOINT_EVERY steps, plus the decisions
 * (chosen processes, console input) that replaying needs. Any step is reached by replaying at
 * most CHECKPOINT_EVERY - 1 steps from a checkpoint, which keeps a jump within a frame even in a
 * run of a million steps. Runs are immutable; a decision at an earlier step makes a new run that
 * shares the checkpoints before it.
 */
import type { Engine } from './engine.ts';
import { settle, waitingForInput } from './settle.ts';
import type { StepRecord } from './step.ts';
import { step, stepBatch } from './step.ts';
import type { World } from './world.ts';
import { withProc } from './world.ts';

/** Default distance between checkpoints: a jump replays fewer than this many steps. */
export const CHECKPOINT_EVERY = 32;

/** Something the user decided at a step: applied to the world at `step`, before the next step. */
export type Decision =
  | { readonly step: number; readonly kind: 'choose'; readonly pid: number }
  | { readonly step: number; readonly kind: 'input'; readonly pid: number; readonly text: string };

/** Compact per-step facts the timeline slider marks. */
export interface StepMark {
  readonly step: number;
  readonly pid: number;
  readonly kind: 'api' | 'block' | 'exit' | 'fault';
  readonly label: string;
}

/** When each process and kernel object first appeared, and each process's largest handle
 *  table so far: what a stable layout needs to know about the whole run. */
export type ShapeEntry =
  | { readonly step: number; readonly kind: 'pid' | 'object'; readonly id: number }
  | { readonly step: number; readonly kind: 'handles'; readonly id: number; readonly count: number };

export interface Timeline<M> {
  /** Steps between checkpoints. */
  readonly every: number;
  readonly checkpoints: readonly World<M>[];
  readonly shape: readonly ShapeEntry[];
  readonly decisions: readonly Decision[];
  readonly last: World<M>;
  readonly marks: readonly StepMark[];
}

function decisionsAt(decisions: readonly Decision[], at: number): Decision[] {
  return decisions.filter((d) => d.step === at);
}

/**
 * Applies the console input decided at this world's step; returns the settled world. The typed text
 * is also echoed to the process's console output, as a console in line mode shows what the user
 * types at the moment it is typed (before anything the program prints after reading it).
 */
export function applyInputs<M>(world: World<M>, decisions: readonly Decision[]): World<M> {
  let next = world;
  let changed = false;
  for (const d of decisionsAt(decisions, world.step)) {
    if (d.kind !== 'input') continue;
    const slot = next.procs[d.pid];
    if (!slot || slot.status.kind === 'exited') continue;
    next = withProc(next, { ...slot, input: slot.input + d.text, output: slot.output + d.text });
    changed = true;
  }
  return changed ? settle({ ...next, end: null }).world : next;
}

function chosenAt(decisions: readonly Decision[], at: number): number | undefined {
  const d = decisionsAt(decisions, at).find((x) => x.kind === 'choose');
  return d?.pid;
}

function nextDecisionStep(decisions: readonly Decision[], after: number): number {
  let best = Infinity;
  for (const d of decisions) if (d.step >= after && d.step < best) best = d.step;
  return best;
}

/** One step from `world`, honouring the decisions; also returns its record. */
export function advance<M>(
  world: World<M>,
  engine: Engine<M>,
  decisions: readonly Decision[],
): { world: World<M>; record: StepRecord | null } {
  const ready = applyInputs(world, decisions);
  return step(ready, engine, chosenAt(decisions, ready.step));
}

function marksOf(record: StepRecord, at: number): StepMark[] {
  const marks: StepMark[] = record.apiCalls.map((c) => ({
    step: at,
    pid: record.pid,
    kind: 'api',
    label: c.api,
  }));
  const o = record.outcome;
  if (o.kind === 'blocked') marks.push({ step: at, pid: record.pid, kind: 'block', label: o.reason });
  if (o.kind === 'exited') marks.push({ step: at, pid: record.pid, kind: 'exit', label: `exit ${o.code}` });
  if (o.kind === 'faulted') marks.push({ step: at, pid: record.pid, kind: 'fault', label: o.message });
  return marks;
}

/** Whether the run cannot go on without the user (it ended, or waits for console input). */
export function isStopped(world: World<unknown>): boolean {
  return world.end !== null || (world.queue.length === 0 && waitingForInput(world).length > 0);
}

/**
 * Extends a timeline from its last world until the run stops. Worlds are kept "raw": the input
 * decided at a step is applied just before the next step is taken. Batches statements of a lone
 * runnable process (exact same worlds as single steps) but never across a checkpoint or a
 * decision, and records marks only for steps that did something visible.
 */
export function extend<M>(timeline: Timeline<M>, engine: Engine<M>): Timeline<M> {
  const extender = startExtending(timeline, engine);
  extender.advance(Infinity);
  return extender.timeline();
}

/** A timeline being extended a little at a time (see `startExtending`). */
export interface Extender<M> {
  /** Takes about `budget` more steps (a batch may go up to a checkpoint past it); true once the
   *  run has stopped. */
  advance(budget: number): boolean;
  /** The last step computed so far. */
  step(): number;
  /** The timeline as extended so far. */
  timeline(): Timeline<M>;
}

/**
 * `extend` in pieces, for a caller that must not block for long (the app builds its first run
 * between frames): however the work is cut, the timeline is the one `extend` gives.
 */
export function startExtending<M>(from: Timeline<M>, engine: Engine<M>): Extender<M> {
  const { decisions, every } = from;
  const checkpoints = [...from.checkpoints];
  const marks = [...from.marks];
  const shape = new ShapeTracker(from.shape);
  let world = from.last;
  let stopped = false;
  shape.observe(world);
  return {
    advance(budget) {
      const until = world.step + budget;
      while (!stopped && world.step < until) {
        const ready = applyInputs(world, decisions);
        if (isStopped(ready)) {
          stopped = true;
          break;
        }
        const nextCheckpoint = (Math.floor(ready.step / every) + 1) * every;
        const limit = Math.min(nextCheckpoint, nextDecisionStep(decisions, ready.step + 1)) - ready.step;
        const chosen = chosenAt(decisions, ready.step);
        const r =
          limit > 1 && chosen === undefined ? stepBatch(ready, engine, limit) : step(ready, engine, chosen);
        if (!r.record) {
          stopped = true;
          break;
        }
        marks.push(...marksOf(r.record, r.world.step));
        world = r.world;
        if (r.record.events.length > 0) shape.observe(world);
        if (world.step % every === 0) checkpoints[world.step / every] = world;
      }
      return stopped;
    },
    step: () => world.step,
    timeline: () => ({
      every,
      checkpoints: [...checkpoints],
      shape: [...shape.entries],
      decisions,
      last: world,
      marks: [...marks],
    }),
  };
}

/** Collects ShapeEntry records as new processes, objects and larger handle tables appear. */
class ShapeTracker {
  readonly entries: ShapeEntry[];
  private readonly pids = new Set<number>();
  private readonly objects = new Set<number>();
  private readonly handles = new Map<number, number>();

  constructor(from: readonly ShapeEntry[]) {
    this.entries = [...from];
    for (const e of from) {
      if (e.kind === 'handles') this.handles.set(e.id, Math.max(this.handles.get(e.id) ?? 0, e.count));
      else if (e.kind === 'pid') this.pids.add(e.id);
      else this.objects.add(e.id);
    }
  }

  observe(world: World<unknown>): void {
    for (const pid of world.order) {
      if (!this.pids.has(pid)) {
        this.pids.add(pid);
        this.entries.push({ step: world.step, kind: 'pid', id: pid });
      }
      const count = Object.keys(world.kernel.processes[pid]?.handles ?? {}).length;
      if (count > (this.handles.get(pid) ?? 0)) {
        this.handles.set(pid, count);
        this.entries.push({ step: world.step, kind: 'handles', id: pid, count });
      }
    }
    for (const key of Object.keys(world.kernel.objects)) {
      const id = Number(key);
      if (!this.objects.has(id)) {
        this.objects.add(id);
        this.entries.push({ step: world.step, kind: 'object', id });
      }
    }
  }
}

/** A timeline of one world, the booted one: nothing computed yet. */
export function timelineFrom<M>(
  boot: World<M>,
  decisions: readonly Decision[] = [],
  every = CHECKPOINT_EVERY,
): Timeline<M> {
  return { every, checkpoints: [boot], shape: [], decisions, last: boot, marks: [] };
}

export function startTimeline<M>(
  boot: World<M>,
  engine: Engine<M>,
  decisions: readonly Decision[] = [],
  every = CHECKPOINT_EVERY,
): Timeline<M> {
  return extend(timelineFrom(boot, decisions, every), engine);
}

/** The world after `at` steps (clamped to the run), by replay from the nearest checkpoint —
 *  batched where the run itself could batch, so a long lone loop replays at full speed. */
export function worldAt<M>(timeline: Timeline<M>, engine: Engine<M>, at: number): World<M> {
  const target = Math.max(0, Math.min(at, timeline.last.step));
  if (target === timeline.last.step) return timeline.last;
  let world: World<M> | undefined =
    timeline.checkpoints[Math.floor(target / timeline.every)] ?? timeline.checkpoints[0];
  if (!world) throw new Error('timeline has no checkpoint');
  const { decisions } = timeline;
  while (world.step < target) {
    const ready: World<M> = applyInputs(world, decisions);
    const limit = Math.min(target, nextDecisionStep(decisions, ready.step + 1)) - ready.step;
    const chosen = chosenAt(decisions, ready.step);
    const r: { world: World<M>; record: StepRecord | null } =
      limit > 1 && chosen === undefined ? stepBatch(ready, engine, limit) : step(ready, engine, chosen);
    if (!r.record) break;
    world = r.world;
  }
  return world;
}

/** The world after `at` steps and the record of the step that led to it. */
export function stepAt<M>(
  timeline: Timeline<M>,
  engine: Engine<M>,
  at: number,
): { world: World<M>; record: StepRecord | null; before: World<M> | null } {
  if (at <= 0) return { world: timeline.checkpoints[0] ?? timeline.last, record: null, before: null };
  const before = worldAt(timeline, engine, at - 1);
  const r = advance(before, engine, timeline.decisions);
  return { world: r.world, record: r.record, before };
}

/** A new timeline that shares everything before `at` and adds a decision there. */
export function branch<M>(timeline: Timeline<M>, engine: Engine<M>, decision: Decision): Timeline<M> {
  const at = decision.step;
  const base = worldAt(timeline, engine, at);
  const keep = Math.floor(at / timeline.every) + 1;
  const decisions = [
    ...timeline.decisions.filter((d) => d.step < at || (d.step === at && !sameKind(d, decision))),
    merged(timeline.decisions, decision),
  ];
  const checkpoints = timeline.checkpoints.slice(0, keep);
  const marks = timeline.marks.filter((m) => m.step <= at);
  const shape = timeline.shape.filter((e) => e.step <= at);
  return extend({ every: timeline.every, checkpoints, shape, decisions, last: base, marks }, engine);
}

function sameKind(a: Decision, b: Decision): boolean {
  return a.kind === b.kind && (a.kind === 'choose' || a.pid === b.pid);
}

/** Input typed twice at the same step for the same process adds up; a new choice replaces the old. */
function merged(decisions: readonly Decision[], decision: Decision): Decision {
  if (decision.kind !== 'input') return decision;
  const earlier = decisions.find((d) => d.step === decision.step && sameKind(d, decision));
  return earlier?.kind === 'input' ? { ...decision, text: earlier.text + decision.text } : decision;
}
