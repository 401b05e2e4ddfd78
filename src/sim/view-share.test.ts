import { describe, expect, it } from 'vitest';
import { findScenario } from '../scenarios/index.ts';
import type { HandleRowView, ProcessView, StepView } from './index.ts';
import { startRun } from './index.ts';
import { shareValue, shareView } from './view-share.ts';

function views(id: string): StepView[] {
  const s = findScenario(id);
  if (!s) throw new Error(`no scenario ${id}`);
  const r = startRun(s.spec);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  const run = r.run;
  return Array.from({ length: run.length + 1 }, (_, i) => run.view(i));
}

function row(value: number, objectId = value): HandleRowView {
  return {
    value,
    objectId,
    objectLabel: `Pipe ${objectId}`,
    objectKind: 'pipe',
    access: 'R',
    inherit: false,
    protect: false,
    changed: false,
  };
}

describe('shareValue', () => {
  it('gives back the old value when the new one is equal by value', () => {
    const a = { x: [1, 2, { y: 'z' }], n: null };
    expect(shareValue(a, { x: [1, 2, { y: 'z' }], n: null })).toBe(a);
  });

  it('gives a new value that keeps the old parts that did not change', () => {
    const a = { same: { deep: [1, 2] }, other: { v: 1 } };
    const b = { same: { deep: [1, 2] }, other: { v: 2 } };
    const s = shareValue(a, b);
    expect(s).not.toBe(a);
    expect(s).toEqual(b);
    expect(s.same).toBe(a.same);
  });

  it('sees a key that appeared or vanished as a change', () => {
    const a: { x: number; y?: number } = { x: 1 };
    expect(shareValue(a, { x: 1, y: 2 })).toEqual({ x: 1, y: 2 });
    expect(shareValue({ x: 1, y: 2 } as typeof a, { x: 1 })).toEqual({ x: 1 });
  });
});

describe('shareView', () => {
  const all = views('pipe-parent-child');

  it('changes no value of the new view and modifies neither input', () => {
    for (let i = 1; i < all.length; i++) {
      const prev = all[i - 1]!;
      const next = all[i]!;
      const before = JSON.stringify([prev, next]);
      expect(shareView(prev, next)).toEqual(next);
      expect(JSON.stringify([prev, next])).toBe(before);
    }
  });

  it('keeps the identity of every process and object that a step left alone', () => {
    let kept = 0;
    let keptObjects = 0;
    for (let i = 1; i < all.length; i++) {
      const prev = all[i - 1]!;
      const shared = shareView(prev, all[i]!);
      for (const p of shared.processes) {
        const old = prev.processes.find((q) => q.pid === p.pid);
        const equal = JSON.stringify(old) === JSON.stringify(p);
        expect(p === old).toBe(equal);
        if (equal) kept++;
      }
      for (const o of shared.objects) {
        const old = prev.objects.find((q) => q.id === o.id);
        const equal = JSON.stringify(old) === JSON.stringify(o);
        expect(o === old).toBe(equal);
        if (equal) keptObjects++;
      }
    }
    expect(kept).toBeGreaterThan(0);
    expect(keptObjects).toBeGreaterThan(all.length);
  });

  it('keeps the unchanged handle rows of a process that changed, matched by handle value', () => {
    const base = all.find((v) => v.processes.length > 0)!;
    const proc = base.processes[0]!;
    const prev: StepView = { ...base, processes: [{ ...proc, handles: [row(4), row(12)] }] };
    const changed: ProcessView = { ...proc, handles: [row(4), row(8), row(12)], nextLine: 99 };
    const next: StepView = { ...base, processes: [changed] };
    const p = shareView(prev, next).processes[0]!;
    const old = prev.processes[0]!;
    expect(p).not.toBe(old);
    expect(p.nextLine).toBe(99);
    expect(p.handles[0]).toBe(old.handles[0]);
    expect(p.handles[1]).toBe(changed.handles[1]);
    expect(p.handles[2]).toBe(old.handles[1]);
    expect(p.environment).toBe(old.environment);
  });
});

describe('shareView with standard handles and suspension', () => {
  const redirect = views('pipe-redirect');
  const suspended = views('suspended');
  const child = (v: StepView, image: string) => v.processes.find((p) => p.image === image);

  it('changes no value of the new view in runs with redirection and suspension', () => {
    for (const all of [redirect, suspended])
      for (let i = 1; i < all.length; i++) expect(shareView(all[i - 1]!, all[i]!)).toEqual(all[i]!);
  });

  it('keeps the stdin and stderr rows when printf changed only the stdout row', () => {
    const i = redirect.findIndex((v, k) => {
      const before = k > 0 ? child(redirect[k - 1]!, 'RedirChild.exe') : undefined;
      return before !== undefined && child(v, 'RedirChild.exe')?.std[1]?.buffered !== before.std[1]?.buffered;
    });
    expect(i).toBeGreaterThan(0);
    const prev = redirect[i - 1]!;
    const shared = shareView(prev, redirect[i]!);
    const now = child(shared, 'RedirChild.exe')!;
    const old = child(prev, 'RedirChild.exe')!;
    expect(now.std).not.toBe(old.std);
    expect(now.std[0]).toBe(old.std[0]);
    expect(now.std[2]).toBe(old.std[2]);
    expect(now.std[1]).toMatchObject({ buffered: 14, changed: true });
    expect(child(shared, 'RedirParent.exe')!.std).toBe(child(prev, 'RedirParent.exe')!.std);
  });

  it('gives a thread object a new record only in the step where its suspend count changed', () => {
    const resumed = suspended.findIndex((v) => v.apiCall?.api === 'ResumeThread');
    const threadOf = (v: StepView) => {
      const pid = child(v, 'SuspChild.exe')?.pid;
      return v.objects.find((o) => o.detail.kind === 'thread' && o.detail.pid === pid);
    };
    const atResume = shareView(suspended[resumed - 1]!, suspended[resumed]!);
    expect(threadOf(atResume)).not.toBe(threadOf(suspended[resumed - 1]!));
    expect(threadOf(atResume)?.detail).toMatchObject({ suspendCount: 0 });
    const after = shareView(atResume, suspended[resumed + 1]!);
    expect(threadOf(after)).toBe(threadOf(atResume));
    expect(child(atResume, 'SuspChild.exe')!.state).not.toBe(
      child(suspended[resumed - 1]!, 'SuspChild.exe')!.state,
    );
  });
});
