import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../scenarios/index.ts';
import type { Run, RunShape, RunSpec } from './index.ts';
import { startRun } from './index.ts';
import { FULL_SCAN_LIMIT, shapeOfViews } from './run-shape.ts';

function open(spec: RunSpec): Run {
  const r = startRun(spec);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.run;
}

/** The shape found by building the view of every step: what Run.shape() must agree with. */
function scanned(run: Run): RunShape {
  return shapeOfViews(Array.from({ length: run.length + 1 }, (_, i) => run.view(i)));
}

/** Handle maxima with the processes that never hold a handle written as 0. */
function normalized(shape: RunShape): RunShape {
  return { ...shape, maxHandles: Object.fromEntries(shape.pids.map((p) => [p, shape.maxHandles[p] ?? 0])) };
}

describe('the shape of a run', () => {
  it.each(SCENARIOS.map((s) => [s.id, s.spec] as const))(
    'of %s is what the views of all its steps show',
    (_, spec) => {
      const run = open(spec);
      expect(normalized(run.shape())).toEqual(normalized(scanned(run)));
    },
  );

  it('of a run longer than the full-scan limit still finds every process, object and handle', () => {
    const text = `#include <windows.h>
int main(void) {
    HANDLE r, w;
    int i, n = 0;
    for (i = 0; i < ${FULL_SCAN_LIMIT}; i++)
        n = n + i;
    CreatePipe(&r, &w, NULL, 0);
    CloseHandle(w);
    return 0;
}`;
    const run = open({ programs: [{ name: 'Long.c', text }], launch: ['Long.exe'] });
    expect(run.length).toBeGreaterThan(FULL_SCAN_LIMIT);
    const shape = run.shape();
    const full = scanned(run);
    expect(shape.pids).toEqual(full.pids);
    expect(shape.objects).toEqual(full.objects);
    expect(shape.objectKinds).toEqual(full.objectKinds);
    expect(shape.maxHandles).toEqual(full.maxHandles);
    expect(shape.maxVars).toEqual(full.maxVars);
  });
});
