/**
 * What one key press costs the page's main thread, read from a Chrome trace.
 *
 * Method: the page presses keys one at a time (a `performance.mark` just before each keydown)
 * and, after each, lets two frames be produced and then a task run, so that the new picture has
 * been rendered before the next press. Every top-level task the renderer's main thread ran is
 * charged to the last press that began before the task ended. A press's cost is the sum of its
 * tasks' wall times: the key handler, the store update and React's render and commit (with the
 * effects it runs), style recalculation, layout, pre-paint, paint, layerization and the commit
 * to the compositor, garbage collection, and anything else the step triggered — every
 * millisecond the main thread was busy, but not the idle time spent waiting for the next vsync.
 * It also includes the timing loop's own frame callbacks and timer (well under 1 ms). The
 * rasterization of the new picture runs on the compositor's worker threads, not on the main
 * thread; it is reported apart.
 *
 * Tracing costs the page time too, the more the more it records: the headline figures come from
 * traces of the tasks and marks only (pressTaskCosts), and the breakdown into style, layout, paint
 * and raster from another run under the detailed trace (pressCosts).
 */

export interface TraceEvent {
  readonly name: string;
  readonly cat?: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  /** Thread (CPU) time of the event, microseconds, when the trace has it. */
  readonly tdur?: number;
  readonly args?: { readonly name?: string; readonly [key: string]: unknown };
}

export interface TaskCost {
  /** Main-thread busy time charged to the press, wall clock, ms. */
  readonly mainMs: number;
  /** The CPU time of the same tasks, ms: less than mainMs when other processes took the CPU. */
  readonly cpuMs: number;
}

export interface PressCost extends TaskCost {
  /** Of which: style, layout, pre-paint, paint, layerize and commit, ms. */
  readonly renderMs: number;
  /** Rasterization on the compositor's worker threads in the same interval, ms (not in mainMs). */
  readonly rasterMs: number;
}

/** Mark names the page uses: `${MARK}0`, `${MARK}1`, …, and `${MARK}end` after the last press. */
export const MARK = 'winipc-press-';

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const RENDER_NAMES = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);
const RASTER_NAMES = new Set(['RasterTask']);

/** Events that do not lie inside an earlier one of the list (sorted by start). */
function outermost(events: readonly TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    if (e.ts >= end) {
      out.push(e);
      end = e.ts + (e.dur ?? 0);
    }
  }
  return out;
}

/** The id of the page's main frame (not, say, an SVG favicon's document), from the trace's start. */
function mainFrameId(events: readonly TraceEvent[]): string | undefined {
  for (const e of events) {
    if (e.name !== 'TracingStartedInBrowser') continue;
    const frames = (e.args?.data as { frames?: { frame: string; isOutermostMainFrame?: boolean }[] })?.frames;
    return frames?.find((f) => f.isOutermostMainFrame)?.frame;
  }
  return undefined;
}

/** Index of the last mark at or before `ts` (marks sorted), or -1. */
function pressAt(marks: readonly number[], ts: number): number {
  let lo = 0;
  let hi = marks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((marks[mid] ?? Infinity) <= ts) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The page's press marks, sorted, and the renderer main thread they were made on. */
function pressMarks(events: readonly TraceEvent[]): {
  marks: number[];
  pid: number;
  onMain: (e: TraceEvent) => boolean;
} {
  const markEvents = events
    .filter((e) => e.name.startsWith(MARK) && (e.cat ?? '').includes('blink.user_timing'))
    .sort((a, b) => a.ts - b.ts);
  const first = markEvents[0];
  if (!first) throw new Error('no press marks in the trace');
  return {
    marks: markEvents.map((e) => e.ts),
    pid: first.pid,
    onMain: (e) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X',
  };
}

/**
 * The main thread's busy time charged to each press (wall and CPU), in press order. Needs only
 * the `toplevel` and `blink.user_timing` categories: a trace with those alone costs the page
 * least (the `devtools.timeline` events that name every script call, style recalculation and
 * layout add about 1 ms to a press on this machine), so the headline figures come from one.
 */
export function pressTaskCosts(events: readonly TraceEvent[]): TaskCost[] {
  const { marks, onMain } = pressMarks(events);
  const presses = marks.length - 1;
  const cost = Array.from({ length: presses }, () => ({ mainMs: 0, cpuMs: 0 }));
  for (const task of outermost(events.filter((e) => onMain(e) && TASK_NAMES.has(e.name)))) {
    const i = pressAt(marks, task.ts + (task.dur ?? 0));
    const c = i >= 0 && i < presses ? cost[i] : undefined;
    if (!c) continue;
    c.mainMs += (task.dur ?? 0) / 1000;
    c.cpuMs += (task.tdur ?? task.dur ?? 0) / 1000;
  }
  return cost;
}

/**
 * The cost of each press in a trace that also has `devtools.timeline` (and its disabled-by-default
 * part): the main thread's time as pressTaskCosts counts it, of which style/layout/paint, and the
 * raster off the main thread. Throws when a press was not followed by a paint of the page in a
 * frame before the next press (the measurement would then have missed the render).
 */
export function pressCosts(events: readonly TraceEvent[]): PressCost[] {
  const { marks, pid, onMain } = pressMarks(events);
  const tasks = pressTaskCosts(events);
  const cost = tasks.map(() => ({ renderMs: 0, rasterMs: 0, paints: 0 }));
  const charge = (ts: number) => {
    const i = pressAt(marks, ts);
    return i >= 0 && i < cost.length ? cost[i] : undefined;
  };
  const page = mainFrameId(events);
  const ofPage = (e: TraceEvent) => (e.args?.data as { frame?: string } | undefined)?.frame === page;
  for (const r of outermost(events.filter((e) => onMain(e) && RENDER_NAMES.has(e.name)))) {
    const c = charge(r.ts + (r.dur ?? 0));
    if (!c) continue;
    c.renderMs += (r.dur ?? 0) / 1000;
    if (r.name === 'Paint' && ofPage(r)) c.paints++;
  }
  const rasterThreads = events.filter((e) => e.pid === pid && !onMain(e) && RASTER_NAMES.has(e.name));
  for (const r of rasterThreads) {
    const c = charge(r.ts);
    if (c) c.rasterMs += (r.dur ?? 0) / 1000;
  }
  cost.forEach((c, i) => {
    if (c.paints === 0)
      throw new Error(`press ${i} was not followed by a paint: the render was not measured`);
  });
  return cost.map(({ renderMs, rasterMs }, i) => ({ ...(tasks[i] as TaskCost), renderMs, rasterMs }));
}
