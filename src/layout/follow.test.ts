import { describe, expect, it } from 'vitest';
import { fixtureRun } from '../ui/dev/fixture-run.ts';
import { changeFocus, followTransform, unionRect } from './follow.ts';
import { CARD_HEADER_H, ROW_H } from './metrics.ts';
import { handleRowTop, layoutDiagram, type Rect } from './positions.ts';
import { layoutShape } from './shape.ts';

const run = fixtureRun();
const layout = layoutDiagram(layoutShape(run.shape()));
const card = (pid: number) => layout.processes.get(pid) as Rect;
const object = (id: number) => layout.objects.get(id) as Rect;
const contains = (outer: Rect | null, inner: Rect) =>
  outer !== null &&
  outer.x <= inner.x &&
  outer.y <= inner.y &&
  outer.x + outer.w >= inner.x + inner.w &&
  outer.y + outer.h >= inner.y + inner.h;

describe('what a step changed', () => {
  it('is the card of the process that ran when nothing else changed', () => {
    // Step 2: pid 4 ran a statement that touched no kernel object.
    expect(changeFocus(run.view(2), layout)).toEqual(card(4));
  });

  it('takes in the rows a step added and the objects it changed', () => {
    // Step 3: CreatePipe in pid 4 adds rows 0x8 and 0xC and creates the pipe, object 3.
    const focus = changeFocus(run.view(3), layout);
    expect(contains(focus, card(4))).toBe(true);
    expect(contains(focus, object(3))).toBe(true);
    // The child's process object, under the pipe, did not change.
    expect(contains(focus, object(4))).toBe(false);
  });

  it('takes in the child that CreateProcess made and the rows it inherited', () => {
    const focus = changeFocus(run.view(4), layout);
    const child = card(8);
    expect(contains(focus, { x: child.x, y: child.y, w: child.w, h: CARD_HEADER_H })).toBe(true);
    expect(contains(focus, { x: child.x, y: handleRowTop(child, 1), w: child.w, h: ROW_H })).toBe(true);
  });

  it('is nothing for the first step, where no process has run and nothing is drawn as new', () => {
    const view = run.view(0);
    expect(
      changeFocus({ ...view, objects: view.objects.map((o) => ({ ...o, changed: false })) }, layout),
    ).toBe(null);
  });

  it('unites rectangles into the smallest one holding all', () => {
    expect(
      unionRect([
        { x: 10, y: 20, w: 5, h: 5 },
        { x: 0, y: 30, w: 2, h: 10 },
      ]),
    ).toEqual({ x: 0, y: 20, w: 15, h: 20 });
    expect(unionRect([])).toBe(null);
  });
});

describe('the transform that shows the change', () => {
  const view = { width: 800, height: 600 };
  const at1 = { x: 0, y: 0, k: 1 };

  it('does not move when the change is already in view', () => {
    expect(followTransform(at1, { x: 100, y: 100, w: 200, h: 200 }, view, { preferredK: 1 })).toBe(null);
  });

  it('pans only as far as needed to bring an off-screen change inside the padding', () => {
    const t = followTransform(at1, { x: 1000, y: 100, w: 200, h: 100 }, view, { preferredK: 1, pad: 20 });
    expect(t).toEqual({ x: 800 - 20 - 1200, y: 0, k: 1 });
  });

  it('pans up and left as well', () => {
    const t = followTransform({ x: -500, y: -400, k: 1 }, { x: 100, y: 100, w: 50, h: 50 }, view, {
      preferredK: 1,
      pad: 10,
    });
    expect(t).toEqual({ x: -90, y: -90, k: 1 });
  });

  it('zooms out only when the change does not fit at the preferred zoom, just enough, centred', () => {
    const t = followTransform(at1, { x: 0, y: 0, w: 1520, h: 200 }, view, { preferredK: 1, pad: 20 });
    // 760 px of room for 1520 px of change: half size, filling the room edge to edge.
    expect(t?.k).toBeCloseTo(0.5);
    expect(t?.x).toBeCloseTo(20);
  });

  it('zooms back in to the preferred zoom when the next change fits', () => {
    const t = followTransform({ x: 0, y: 0, k: 0.5 }, { x: 100, y: 100, w: 100, h: 100 }, view, {
      preferredK: 1,
    });
    expect(t?.k).toBe(1);
    // The focus's centre (150, 150) was at (75, 75) on screen and stays there, inside the padding.
    expect(t).toEqual({ x: 75 - 150, y: 75 - 150, k: 1 });
  });

  it('never zooms out past the smallest zoom allowed', () => {
    const t = followTransform(at1, { x: 0, y: 0, w: 10_000, h: 10_000 }, view, { preferredK: 1, minK: 0.2 });
    expect(t?.k).toBe(0.2);
  });

  it('shows the top left corner of a change too large to show whole', () => {
    const t = followTransform(at1, { x: 100, y: 50, w: 5000, h: 4000 }, view, { preferredK: 1, minK: 1 });
    expect(t).toMatchObject({ k: 1, x: 24 - 100, y: 24 - 50 });
  });

  it('leaves the view alone while the viewport has no size', () => {
    expect(
      followTransform(at1, { x: 0, y: 0, w: 10, h: 10 }, { width: 0, height: 0 }, { preferredK: 1 }),
    ).toBe(null);
  });
});
