/**
 * The layout of every scenario of the library, at every step: readable at 1280×720, arrows
 * only in the gaps between cards, each on its own lane, and fixed while the user steps.
 */
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../scenarios/index.ts';
import { startRun } from '../sim/index.ts';
import type { Run } from '../sim/index.ts';
import { arrowsForStep, type Arrow } from './arrows.ts';
import { fitTransform } from './fit.ts';
import { pathPoints } from './path-points.ts';
import { layoutDiagram, type DiagramLayout, type Rect } from './positions.ts';
import { layoutShape } from './shape.ts';

/** The diagram's viewport in the lab at 1280×720 (between the code and the side columns). */
const VIEWPORT_1280 = { width: 690, height: 629 };

function open(id: string): Run {
  const spec = SCENARIOS.find((s) => s.id === id)?.spec;
  if (!spec) throw new Error(`no scenario ${id}`);
  const r = startRun(spec);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.run;
}

const LIBRARY = SCENARIOS.map((s) => {
  const run = open(s.id);
  const layout = layoutDiagram(layoutShape(run.shape()), VIEWPORT_1280);
  return [s.id, run, layout] as const;
});

function* steps(run: Run) {
  for (let step = 0; step <= run.length; step++) yield run.view(step);
}

/** The rectangles an arrow may touch: the cards and objects at its two ends. */
function ends(a: Arrow, layout: DiagramLayout): Set<Rect | undefined> {
  const [, pidA, pidB] = /^\w+-(\d+)(?:-(\d+))?/.exec(a.key) ?? [];
  const own = new Set<Rect | undefined>([layout.processes.get(Number(pidA))]);
  if (a.pid !== undefined) own.add(layout.processes.get(a.pid));
  if (a.objectId !== undefined) own.add(layout.objects.get(a.objectId));
  if (a.kind === 'inherit' || a.kind === 'duplicate' || a.kind === 'create') {
    // Row to row, or parent to child: both cards are ends (the key names the target only).
    for (const r of layout.processes.values()) if (touches(a, r)) own.add(r);
  }
  if (pidB !== undefined) own.add(layout.processes.get(Number(pidB)));
  return own;
}

/** Whether the path starts or ends on `r`'s edge. */
function touches(a: Arrow, r: Rect): boolean {
  const pts = pathPoints(a.d);
  const on = (p: readonly [number, number] | undefined) =>
    p !== undefined && p[0] >= r.x - 1 && p[0] <= r.x + r.w + 1 && p[1] >= r.y - 1 && p[1] <= r.y + r.h + 1;
  return on(pts[0]) || on(pts[pts.length - 1]);
}

/** Whether segment p–q passes through the inside of `r` (its edges excepted). */
function crosses(p: readonly number[], q: readonly number[], r: Rect): boolean {
  const [x0, y0] = [Math.min(p[0] ?? 0, q[0] ?? 0), Math.min(p[1] ?? 0, q[1] ?? 0)];
  const [x1, y1] = [Math.max(p[0] ?? 0, q[0] ?? 0), Math.max(p[1] ?? 0, q[1] ?? 0)];
  return x1 > r.x + 1 && x0 < r.x + r.w - 1 && y1 > r.y + 1 && y0 < r.y + r.h - 1;
}

/** The corners of an orthogonal route: its start, each curve's control point, its end. */
function corners(d: string): [number, number][] {
  const pts: [number, number][] = [];
  for (const m of d.matchAll(/([MQL])(-?[\d.]+),(-?[\d.]+)/g)) {
    if (m[1] === 'L' && pts.length > 0) continue;
    pts.push([Number(m[2]), Number(m[3])]);
  }
  const last = /(-?[\d.]+),(-?[\d.]+)$/.exec(d);
  if (last) pts.push([Number(last[1]), Number(last[2])]);
  return pts;
}

describe('the library at 1280×720', () => {
  it.each(LIBRARY)('%s is drawn whole at a readable scale, at least 0.8', (_, _run, layout) => {
    const { k } = fitTransform(layout, VIEWPORT_1280.width, VIEWPORT_1280.height);
    expect(k).toBeGreaterThanOrEqual(0.8);
  });

  it.each(LIBRARY)('%s: cards above the boundary, objects below it, none overlapping', (_, _run, layout) => {
    for (const r of layout.processes.values()) expect(r.y + r.h).toBeLessThan(layout.boundaryY);
    for (const r of layout.objects.values()) expect(r.y).toBeGreaterThan(layout.boundaryY);
    const rects = [...layout.processes.values(), ...layout.objects.values()];
    for (const a of rects)
      for (const b of rects)
        if (a !== b)
          expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);
  });
});

describe('arrows of the library', () => {
  it.each(LIBRARY)(
    '%s: no arrow passes over a card or an object that is not one of its ends',
    (_, run, layout) => {
      const rects = [...layout.processes.values(), ...layout.objects.values()];
      const seen = new Set<string>();
      const wrong: string[] = [];
      for (const view of steps(run))
        for (const a of arrowsForStep(view, layout)) {
          if (seen.has(a.d)) continue;
          seen.add(a.d);
          const own = ends(a, layout);
          const pts = pathPoints(a.d);
          for (let i = 1; i < pts.length; i++)
            for (const r of rects)
              if (!own.has(r) && crosses(pts[i - 1] ?? [0, 0], pts[i] ?? [0, 0], r))
                wrong.push(`step ${view.step}: ${a.key} crosses ${JSON.stringify(r)}`);
        }
      expect(wrong).toEqual([]);
      expect(seen.size).toBeGreaterThan(0);
    },
  );

  it.each(LIBRARY)('%s: arrows to different objects never run along the same line', (_, run, layout) => {
    const wrong: string[] = [];
    for (const view of steps(run)) {
      const segments = arrowsForStep(view, layout)
        .filter((a) => a.kind === 'handle')
        .flatMap((a) => {
          const c = corners(a.d);
          return c.slice(1).map((q, i) => ({ a, p: c[i] ?? q, q }));
        });
      for (const s of segments)
        for (const t of segments) {
          if (s.a.objectId === t.a.objectId) continue;
          const vertical = (x: typeof s) => Math.abs(x.p[0] - x.q[0]) < 0.01;
          const horizontal = (x: typeof s) => Math.abs(x.p[1] - x.q[1]) < 0.01;
          const overlap = (a0: number, a1: number, b0: number, b1: number) =>
            Math.min(Math.max(a0, a1), Math.max(b0, b1)) - Math.max(Math.min(a0, a1), Math.min(b0, b1));
          const along =
            (vertical(s) &&
              vertical(t) &&
              Math.abs(s.p[0] - t.p[0]) < 1 &&
              overlap(s.p[1], s.q[1], t.p[1], t.q[1]) > 1) ||
            (horizontal(s) &&
              horizontal(t) &&
              Math.abs(s.p[1] - t.p[1]) < 1 &&
              overlap(s.p[0], s.q[0], t.p[0], t.q[0]) > 1);
          if (along) wrong.push(`step ${view.step}: ${s.a.key} runs along ${t.a.key}`);
        }
    }
    expect(wrong).toEqual([]);
  });

  it.each(LIBRARY)(
    '%s: a handle arrow keeps its path while its row stays, whatever comes or goes',
    (_, run, layout) => {
      let before = new Map<string, string>();
      let checked = 0;
      const moved: string[] = [];
      for (const view of steps(run)) {
        const byKey = new Map(arrowsForStep(view, layout).map((a) => [a.key, a.d]));
        const now = new Map<string, string>();
        for (const p of view.processes)
          p.handles.forEach((h, index) => {
            const d = byKey.get(`h-${p.pid}-${h.value}`);
            if (d !== undefined) now.set(`${p.pid} ${h.value} ${index} ${h.objectId}`, d);
          });
        for (const [id, d] of now) {
          const old = before.get(id);
          if (old === undefined) continue;
          if (d !== old) moved.push(`step ${view.step}: ${id}`);
          checked++;
        }
        before = now;
      }
      expect(moved).toEqual([]);
      expect(checked).toBeGreaterThan(0);
    },
  );
});

describe('a suspended process', () => {
  it('is linked to its own thread object, whose suspend count holds it, until it is resumed', () => {
    const entry = LIBRARY.find(([id]) => id === 'suspended');
    if (!entry) throw new Error('no suspended scenario');
    const [, run, layout] = entry;
    let seen = 0;
    for (const view of steps(run)) {
      const suspend = arrowsForStep(view, layout).filter((a) => a.kind === 'suspend');
      const held = view.processes.flatMap((p) => (p.state.kind === 'suspended' ? [p.state] : []));
      expect(suspend.map((a) => a.objectId)).toEqual(held.map((s) => s.threadObjectId));
      seen += suspend.length;
    }
    expect(seen).toBeGreaterThan(0);
  });
});
