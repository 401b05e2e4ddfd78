/**
 * Arrow geometry: SVG path strings for every kind of link the diagram draws. Handle arrows leave
 * a row at the card's right edge, run down the gutter between cards in their own lane (so they
 * never cross another card's text) and fan out over the top edge of their object.
 */
import { line, curveBasis, linkHorizontal } from 'd3-shape';
import type { StepView } from '../sim/view.ts';
import type { DiagramLayout, Rect } from './positions.ts';
import { handleRowY } from './positions.ts';

type Point = readonly [number, number];

export type ArrowKind = 'handle' | 'inherit' | 'duplicate' | 'wait' | 'create';

export interface Arrow {
  /** Stable key: the same link keeps its key from step to step. */
  readonly key: string;
  readonly kind: ArrowKind;
  readonly d: string;
  /** For handle arrows: the row's owner and value (test id `arrow-<pid>-0x<hex>`). */
  readonly pid?: number;
  readonly value?: number;
  readonly objectId?: number;
  readonly changed: boolean;
  /** Part of a deadlock's wait-for cycle. */
  readonly inCycle?: boolean;
  /** Where a short label sits, if any. */
  readonly labelAt?: Point;
  /** Draw the label vertically (along a loop at a card's left side). */
  readonly labelVertical?: boolean;
}

const LANES = 8;
const LANE_STEP = 6;
const smooth = line<Point>().curve(curveBasis);
const horizontal = linkHorizontal<{ source: Point; target: Point }, Point>();

function pathOf(points: readonly Point[]): string {
  return smooth(points as Point[]) ?? '';
}

/** Points with the corners repeated so the B-spline hugs them (rounded orthogonal routing). */
function routed(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  points.forEach((p, i) => {
    out.push(p);
    if (i > 0 && i < points.length - 1) out.push(p);
  });
  return out;
}

export function handleArrowPath(card: Rect, rowIndex: number, boundaryY: number, target: Point): string {
  const y = handleRowY(card, rowIndex);
  const lane = rowIndex % LANES;
  const gx = card.x + card.w + 10 + lane * LANE_STEP;
  const drop = boundaryY + 4 + lane * 3;
  return pathOf(routed([[card.x + card.w, y], [gx, y], [gx, drop], target]));
}

export function rowToRowPath(from: Rect, fromIndex: number, to: Rect, toIndex: number): string {
  const y1 = handleRowY(from, fromIndex);
  const y2 = handleRowY(to, toIndex);
  if (from === to || from.x === to.x) {
    const loopX = from.x - 36;
    return pathOf([
      [from.x, y1],
      [loopX, y1],
      [loopX, y2],
      [from.x, y2],
    ]);
  }
  const leftToRight = from.x < to.x;
  const source: Point = [leftToRight ? from.x + from.w : from.x, y1];
  const target: Point = [leftToRight ? to.x : to.x + to.w, y2];
  return horizontal({ source, target }) ?? '';
}

/** From the pseudo-handle line ("me") round the card's left side to the new row. */
export function pseudoToRowPath(card: Rect, pseudoY: number, rowIndex: number): string {
  const y2 = handleRowY(card, rowIndex);
  const loopX = card.x - 30;
  return pathOf(
    routed([
      [card.x, pseudoY],
      [loopX, pseudoY],
      [loopX, y2],
      [card.x, y2],
    ]),
  );
}

export function creationPath(parent: Rect, child: Rect): string {
  const a: Point = [parent.x + parent.w / 2, parent.y];
  const b: Point = [child.x + child.w / 2, child.y];
  const lift = Math.min(40, 16 + Math.abs(b[0] - a[0]) / 12);
  return pathOf([a, [a[0], a[1] - lift], [b[0], b[1] - lift], b]);
}

export function waitPath(card: Rect, target: Rect): string {
  const start: Point = [card.x + 28, card.y + card.h];
  const end: Point = [target.x + 18, target.y];
  return pathOf([start, [start[0], start[1] + 24], [end[0], end[1] - 24], end]);
}

/**
 * Arrows already built on a layout, by everything that decides them. A step builds only the
 * arrows that are new or moved (the path strings are the costly part), and an arrow that did not
 * change is the very same object as before, so its SVG element is not redrawn.
 */
const built = new WeakMap<DiagramLayout, Map<string, Arrow>>();
const MAX_BUILT = 20_000;

function reuse(layout: DiagramLayout, id: string, make: () => Arrow): Arrow {
  let cache = built.get(layout);
  if (!cache) built.set(layout, (cache = new Map()));
  const hit = cache.get(id);
  if (hit) return hit;
  if (cache.size >= MAX_BUILT) cache.clear();
  const arrow = make();
  cache.set(id, arrow);
  return arrow;
}

/** Every arrow for one step, laid out on the run's stable positions. */
export function arrowsForStep(view: StepView, layout: DiagramLayout): Arrow[] {
  const arrows: Arrow[] = [];
  const fan = fanOut(view);
  const cyclePids = new Set(view.end?.reason === 'deadlock' ? view.end.cycle.map((c) => c.pid) : []);
  for (const p of view.processes) {
    const card = layout.processes.get(p.pid);
    if (!card) continue;
    const parentCard = p.parentPid === null ? undefined : layout.processes.get(p.parentPid);
    if (parentCard) {
      arrows.push(
        reuse(layout, `create ${p.parentPid} ${p.pid}`, () => ({
          key: `create-${p.pid}`,
          kind: 'create',
          d: creationPath(parentCard, card),
          changed: false,
        })),
      );
    }
    p.handles.forEach((h, index) => {
      const obj = layout.objects.get(h.objectId);
      if (obj) {
        const slot = fan.get(`${p.pid}:${h.value}`) ?? { k: 0, n: 1 };
        const id = `h ${p.pid} ${h.value} ${index} ${h.objectId} ${slot.k}/${slot.n} ${h.changed}`;
        arrows.push(
          reuse(layout, id, () => ({
            key: `h-${p.pid}-${h.value}`,
            kind: 'handle',
            d: handleArrowPath(card, index, layout.boundaryY, [
              obj.x + (obj.w * (slot.k + 1)) / (slot.n + 1),
              obj.y,
            ]),
            pid: p.pid,
            value: h.value,
            objectId: h.objectId,
            changed: h.changed,
          })),
        );
      }
      const origin = h.origin;
      const pseudoY = layout.pseudoY.get(origin?.kind === 'duplicated' ? origin.fromPid : -1);
      if (
        h.changed &&
        origin?.kind === 'duplicated' &&
        origin.fromValue < 0 &&
        origin.fromPid === p.pid &&
        pseudoY !== undefined
      ) {
        arrows.push(
          reuse(layout, `pseudo ${p.pid} ${h.value} ${index}`, () => ({
            key: `duplicated-${p.pid}-${h.value}`,
            kind: 'duplicate',
            d: pseudoToRowPath(card, pseudoY, index),
            changed: true,
            labelAt: [card.x - 36, (pseudoY + handleRowY(card, index)) / 2],
            labelVertical: true,
          })),
        );
      } else if (h.changed && origin && origin.kind !== 'opened') {
        const from = view.processes.find((q) => q.pid === origin.fromPid);
        const fromCard = layout.processes.get(origin.fromPid);
        const fromIndex = from?.handles.findIndex((r) => r.value === origin.fromValue) ?? -1;
        if (from && fromCard && fromIndex >= 0) {
          const id = `${origin.kind} ${origin.fromPid} ${fromIndex} ${p.pid} ${h.value} ${index}`;
          arrows.push(
            reuse(layout, id, () => ({
              key: `${origin.kind}-${p.pid}-${h.value}`,
              kind: origin.kind === 'inherited' ? 'inherit' : 'duplicate',
              d: rowToRowPath(fromCard, fromIndex, card, index),
              changed: true,
              labelAt: [
                (fromCard.x + fromCard.w + card.x) / 2,
                (handleRowY(fromCard, fromIndex) + handleRowY(card, index)) / 2 - 6,
              ],
            })),
          );
        }
      }
    });
    if (p.state.kind === 'blocked') {
      const inCycle = cyclePids.has(p.pid);
      for (const id of p.state.objectIds) {
        const obj = layout.objects.get(id);
        if (!obj) continue;
        arrows.push(
          reuse(layout, `wait ${p.pid} ${id} ${inCycle}`, () => ({
            key: `wait-${p.pid}-${id}`,
            kind: 'wait',
            d: waitPath(card, obj),
            objectId: id,
            changed: false,
            inCycle,
            labelAt: [obj.x + 18, obj.y - 10],
          })),
        );
      }
    }
  }
  return arrows;
}

/** For each object, which of its incoming handle arrows is k-th of n (left to right by card). */
function fanOut(view: StepView): Map<string, { k: number; n: number }> {
  const byObject = new Map<number, string[]>();
  for (const p of view.processes)
    for (const h of p.handles) {
      const list = byObject.get(h.objectId) ?? [];
      list.push(`${p.pid}:${h.value}`);
      byObject.set(h.objectId, list);
    }
  const out = new Map<string, { k: number; n: number }>();
  for (const list of byObject.values()) list.forEach((key, k) => out.set(key, { k, n: list.length }));
  return out;
}
