import { describe, expect, it } from 'vitest';
import { MARK, pressCosts, pressTaskCosts, type TraceEvent } from './press-cost.ts';

const MAIN = { pid: 1, tid: 10 };
const RASTER = { pid: 1, tid: 20 };
const FRAME = 'frame-1';

const mark = (i: number | 'end', ts: number): TraceEvent => ({
  name: `${MARK}${i}`,
  cat: 'blink.user_timing',
  ph: 'R',
  ts,
  ...MAIN,
});
/** A complete event, times in ms (the trace counts microseconds). */
const task = (
  name: string,
  startMs: number,
  durMs: number,
  at = MAIN,
  extra: Partial<TraceEvent> = {},
): TraceEvent => ({
  name,
  ph: 'X',
  ts: startMs * 1000,
  dur: durMs * 1000,
  ...at,
  ...extra,
});
const started: TraceEvent = {
  name: 'TracingStartedInBrowser',
  ph: 'I',
  ts: 0,
  pid: 0,
  tid: 0,
  args: { data: { frames: [{ frame: FRAME, isOutermostMainFrame: true }] } },
};
const paint = (startMs: number, durMs: number) =>
  task('Paint', startMs, durMs, MAIN, { args: { data: { frame: FRAME } } });

describe('press costs from a trace', () => {
  it('charges each top-level task to the last press begun before it ended, nested tasks once', () => {
    const events = [
      mark(0, 100_000),
      mark(1, 200_000),
      mark('end', 300_000),
      task('RunTask', 50, 5), // before the first press: not charged
      task('RunTask', 101, 4, MAIN, { tdur: 3000 }),
      task('ThreadControllerImpl::RunTask', 101, 4), // inside the task above
      task('RunTask', 198, 3), // ends after press 1 began: charged to press 1
      task('RunTask', 250, 2),
      task('RunTask', 150, 9, RASTER), // another thread
    ];
    const costs = pressTaskCosts(events);
    expect(costs.map((c) => c.mainMs)).toEqual([4, 5]);
    expect(costs[0]?.cpuMs).toBe(3);
  });

  it('splits out the style, layout and paint part and the raster off the main thread', () => {
    const events = [
      started,
      mark(0, 100_000),
      mark('end', 200_000),
      task('RunTask', 101, 10),
      task('UpdateLayoutTree', 102, 2),
      task('Layout', 104, 1),
      paint(105, 1),
      task('RasterTask', 112, 3, RASTER),
    ];
    const [cost] = pressCosts(events);
    expect(cost).toEqual({ mainMs: 10, cpuMs: 10, renderMs: 4, rasterMs: 3 });
  });

  it('refuses a trace in which a press was not followed by a paint of the page', () => {
    const events = [started, mark(0, 100_000), mark('end', 200_000), task('RunTask', 101, 10)];
    expect(() => pressCosts(events)).toThrow(/press 0 was not followed by a paint/);
    expect(pressTaskCosts(events)).toEqual([{ mainMs: 10, cpuMs: 10 }]);
  });

  it('needs the press marks', () => {
    expect(() => pressTaskCosts([task('RunTask', 1, 1)])).toThrow(/no press marks/);
  });
});
