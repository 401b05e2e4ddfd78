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

  it('places every object of a scenario with its process: its own, or the first that held it', () => {
    const run = open(
      SCENARIOS.find((s) => s.id === 'handle-inheritance')?.spec ?? { programs: [], launch: [] },
    );
    const { objectHomes, objectKinds, objects } = run.shape();
    const last = run.view(run.length);
    const labelOf = (id: number) => {
      for (let step = 0; step <= run.length; step++) {
        const o = run.view(step).objects.find((x) => x.id === id);
        if (o) return o.label;
      }
      return '';
    };
    const homeOf = (label: string) => objectHomes[objects.find((id) => labelOf(id) === label) ?? -1];
    const pidOf = (image: string) => last.processes.find((p) => p.image === image)?.pid;
    // The child's process object lives with the child, although only its parent holds a handle to it.
    expect(homeOf('Process ChildSender.exe (pid 20)')).toBe(pidOf('ChildSender.exe'));
    // The mailslot with the receiver that created it, not with the senders that opened it later.
    expect(homeOf('Mailslot \\\\.\\mailslot\\inherit')).toBe(pidOf('MailReceiver.exe'));
    expect(Object.keys(objectHomes).length).toBe(Object.keys(objectKinds).length);
    const slot = objects.find((id) => objectKinds[id] === 'mailslot') ?? -1;
    expect(run.shape().objectHolders[slot]).toEqual(
      ['MailReceiver.exe', 'ParentSender.exe', 'ChildSender.exe'].map(pidOf),
    );
  });

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
    expect(shape.objectHomes).toEqual(full.objectHomes);
    expect(shape.objectHolders).toEqual(full.objectHolders);
    expect(shape.maxHandles).toEqual(full.maxHandles);
    expect(shape.maxVars).toEqual(full.maxVars);
  });
});
