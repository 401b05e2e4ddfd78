import { describe, expect, it } from 'vitest';
import { fixtureRun } from '../ui/dev/fixture-run.ts';
import { arrowsForStep } from './arrows.ts';
import { cardHeight, CARD_W, CARD_W_MAX, CARD_W_MIN, OBJ_ENTRY_Y, ROW_H } from './metrics.ts';
import { handleRowY, layoutDiagram } from './positions.ts';
import { layoutShape } from './shape.ts';

const run = fixtureRun();
const shape = layoutShape(run.shape());
const layout = layoutDiagram(shape);

describe('run shape', () => {
  it('lists processes and objects in order of first appearance, IPC objects first', () => {
    expect(shape.pids).toEqual([4, 8]);
    expect(shape.objects.map((o) => o.id)).toEqual([2, 3, 1, 4]);
  });

  it('remembers the most handle rows a card ever holds', () => {
    expect(shape.maxRows.get(4)).toBe(3);
    expect(shape.maxRows.get(8)).toBe(3);
  });
});

describe('diagram positions', () => {
  it('keeps every card and object in the same place at every step', () => {
    const later = layoutDiagram(layoutShape(run.shape()));
    expect([...later.processes]).toEqual([...layout.processes]);
    expect([...later.objects]).toEqual([...layout.objects]);
  });

  it('puts processes above the boundary and objects below it', () => {
    for (const r of layout.processes.values()) expect(r.y + r.h).toBeLessThan(layout.boundaryY);
    for (const r of layout.objects.values()) expect(r.y).toBeGreaterThan(layout.boundaryY);
  });

  it('never overlaps two cards or two objects', () => {
    const rects = [...layout.processes.values(), ...layout.objects.values()];
    for (const a of rects)
      for (const b of rects) {
        if (a === b) continue;
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart).toBe(true);
      }
  });

  it('widens the cards on a wide viewport and keeps them readable on a narrow one', () => {
    const wide = layoutDiagram(shape, { width: 3000, height: 900 });
    const narrow = layoutDiagram(shape, { width: 400, height: 900 });
    expect(wide.processes.get(4)?.w).toBe(CARD_W_MAX);
    expect(narrow.processes.get(4)?.w).toBe(CARD_W_MIN);
  });

  it('puts a process or thread object under the process it stands for', () => {
    // Object 1 is Parent.exe's process object, object 4 Child.exe's.
    expect(layout.objects.get(1)?.x).toBe(layout.processes.get(4)?.x);
    expect(layout.objects.get(4)?.x).toBe(layout.processes.get(8)?.x);
  });

  it('sizes a card for the most rows it will ever need', () => {
    expect(layout.processes.get(4)?.h).toBe(cardHeight(3, 1));
    expect(layout.processes.get(4)?.w).toBe(CARD_W);
  });

  it('places handle rows one row height apart', () => {
    const card = layout.processes.get(4);
    if (!card) throw new Error('no card');
    expect(handleRowY(card, 1) - handleRowY(card, 0)).toBe(ROW_H);
  });
});

describe('arrows', () => {
  it('draws one handle arrow per handle row, keyed by pid and value', () => {
    const arrows = arrowsForStep(run.view(4), layout).filter((a) => a.kind === 'handle');
    expect(arrows.map((a) => `${a.pid}-${a.value}`)).toEqual(['4-4', '4-8', '4-12', '8-8', '8-12']);
    for (const a of arrows) expect(a.d).toMatch(/^M[\d.]+,[\d.]+/);
  });

  it('draws inheritance arrows only in the step of CreateProcess', () => {
    expect(arrowsForStep(run.view(4), layout).filter((a) => a.kind === 'inherit')).toHaveLength(2);
    expect(arrowsForStep(run.view(5), layout).filter((a) => a.kind === 'inherit')).toHaveLength(0);
  });

  it('draws a wait edge from a blocked process to the object it waits on', () => {
    const waits = arrowsForStep(run.view(5), layout).filter((a) => a.kind === 'wait');
    expect(waits.map((a) => a.objectId)).toEqual([2]);
  });

  it('marks the wait edges of a deadlock cycle', () => {
    const dead = fixtureRun({ deadlock: true });
    const last = dead.view(dead.length);
    const waits = arrowsForStep(last, layoutDiagram(layoutShape(dead.shape()))).filter(
      (a) => a.kind === 'wait',
    );
    expect(waits.every((a) => a.inCycle)).toBe(true);
    expect(waits).toHaveLength(2);
  });

  it('draws a DuplicateHandle of the pseudo handle from the "me" line to the new row', () => {
    const base = run.view(1);
    const p = base.processes[0];
    if (!p) throw new Error('no process');
    const dup = {
      ...p,
      handles: p.handles.map((h) => ({
        ...h,
        changed: true,
        origin: { kind: 'duplicated' as const, fromPid: 4, fromValue: -1 },
      })),
    };
    const arrows = arrowsForStep({ ...base, processes: [dup] }, layout).filter((a) => a.kind === 'duplicate');
    expect(arrows).toHaveLength(1);
    expect(arrows[0]?.d.startsWith(`M${layout.processes.get(4)?.x},${layout.pseudoY.get(4)}`)).toBe(true);
  });

  it('builds at every step the same arrows as on a layout never drawn before', () => {
    for (let step = 0; step <= run.length; step++)
      expect(arrowsForStep(run.view(step), layout)).toEqual(
        arrowsForStep(run.view(step), layoutDiagram(shape)),
      );
  });

  it('gives back the same arrow object while nothing that decides it changes', () => {
    const before = new Map(arrowsForStep(run.view(5), layout).map((a) => [a.key, a]));
    const after = arrowsForStep(run.view(6), layout);
    let same = 0;
    for (const a of after) {
      const old = before.get(a.key);
      const equal = JSON.stringify(old) === JSON.stringify(a);
      expect(a === old).toBe(equal);
      if (equal) same++;
    }
    expect(same).toBeGreaterThan(0);
  });

  it("ends a handle arrow on its object's side, at the title line", () => {
    const a = arrowsForStep(run.view(1), layout).find((x) => x.kind === 'handle');
    const obj = layout.objects.get(2);
    if (!obj || !a) throw new Error('no arrow');
    expect(
      a.d.endsWith(`${obj.x + obj.w},${obj.y + OBJ_ENTRY_Y}`) ||
        a.d.endsWith(`${obj.x},${obj.y + OBJ_ENTRY_Y}`),
    ).toBe(true);
  });

  it('draws the arrows this step changed over the others', () => {
    const arrows = arrowsForStep(run.view(4), layout);
    const firstChanged = arrows.findIndex((a) => a.changed);
    expect(firstChanged).toBeGreaterThan(0);
    expect(arrows.slice(firstChanged).every((a) => a.changed || a.kind === 'wait')).toBe(true);
  });
});
