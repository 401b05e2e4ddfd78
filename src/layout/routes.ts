/**
 * Arrow routes on a laid-out diagram (positions.ts): polylines that run only in the channels
 * between columns and in the bus under the boundary, never over a card, drawn with rounded
 * corners. A handle arrow leaves its row at the card's side facing its object, runs down the
 * row's lane, along the object's bus lane, down the object's side lane and into the object's
 * side at its title line. Pure geometry; every function returns an SVG path string.
 */
import { linkHorizontal } from 'd3-shape';
import { OBJ_ENTRY_Y } from './metrics.ts';
import { handleRowY, type CardLanes, type DiagramLayout, type ObjectLanes, type Rect } from './positions.ts';

export type Point = readonly [number, number];

const RADIUS = 5;
const round = (n: number) => Math.round(n * 10) / 10;
const pt = (p: Point) => `${round(p[0])},${round(p[1])}`;

/**
 * An orthogonal polyline with its corners rounded (a quadratic curve of radius up to RADIUS, less
 * where a segment is short). Repeated points are dropped. Absolute M, L and Q commands only.
 */
export function orthogonalPath(points: readonly Point[]): string {
  const ps = points.filter((p, i) => i === 0 || p[0] !== points[i - 1]?.[0] || p[1] !== points[i - 1]?.[1]);
  const first = ps[0];
  if (!first) return '';
  let d = `M${pt(first)}`;
  for (let i = 1; i < ps.length; i++) {
    const p = ps[i] as Point;
    const prev = ps[i - 1] as Point;
    const next = ps[i + 1];
    if (!next) {
      d += `L${pt(p)}`;
      break;
    }
    const r = Math.min(RADIUS, dist(prev, p) / 2, dist(p, next) / 2);
    d += `L${pt(toward(p, prev, r))}Q${pt(p)},${pt(toward(p, next, r))}`;
  }
  return d;
}

const dist = (a: Point, b: Point) => Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]);

/** The point `r` from `p` toward `q` (on an axis-parallel segment). */
function toward(p: Point, q: Point, r: number): Point {
  const d = dist(p, q);
  return d === 0 ? p : [p[0] + ((q[0] - p[0]) * r) / d, p[1] + ((q[1] - p[1]) * r) / d];
}

/** The side of an object an arrow from column `from` reaches: left when it comes from the left. */
function entersLeft(fromColumn: number, o: ObjectLanes): boolean {
  return fromColumn < o.column;
}

/** Where an arrow from column `from` reaches object `obj`, and the side lane it comes down. */
function entry(obj: Rect, o: ObjectLanes, fromColumn: number): { end: Point; laneX: number } {
  const left = entersLeft(fromColumn, o);
  return { end: [left ? obj.x : obj.x + obj.w, obj.y + OBJ_ENTRY_Y], laneX: left ? o.left : o.right };
}

/** The lane beside `lanes`' card that row `index` runs down, on the side facing column `to`. */
function rowLane(card: Rect, lanes: CardLanes, index: number, toColumn: number): { x: number; edge: number } {
  // Lower rows take the lanes nearer the card, so that no row's way out crosses another's lane.
  const j = Math.max(0, lanes.rows - 1 - index);
  return toColumn < lanes.column
    ? { x: lanes.leftX0 + j * lanes.leftStep, edge: card.x }
    : { x: lanes.rightX0 + j * lanes.rightStep, edge: card.x + card.w };
}

/** Handle row `index` of process `pid` to object `objectId`; null when either is not laid out. */
export function handleRoute(
  layout: DiagramLayout,
  pid: number,
  index: number,
  objectId: number,
): string | null {
  const card = layout.processes.get(pid);
  const lanes = layout.cardLanes.get(pid);
  const obj = layout.objects.get(objectId);
  const o = layout.objectLanes.get(objectId);
  if (!card || !lanes || !obj || !o) return null;
  const y = handleRowY(card, index);
  const row = rowLane(card, lanes, index, o.column);
  const { end, laneX } = entry(obj, o, lanes.column);
  return orthogonalPath([[row.edge, y], [row.x, y], [row.x, o.busY], [laneX, o.busY], [laneX, end[1]], end]);
}

/**
 * A blocked process to an object it waits on: from the middle of its card's bottom edge straight
 * down, along the bus half a lane under the object's own lane, down the object's side lane.
 */
export function waitRoute(
  layout: DiagramLayout,
  pid: number,
  objectId: number,
): { d: string; start: Point } | null {
  const card = layout.processes.get(pid);
  const lanes = layout.cardLanes.get(pid);
  const obj = layout.objects.get(objectId);
  const o = layout.objectLanes.get(objectId);
  if (!card || !lanes || !obj || !o) return null;
  const start: Point = [card.x + card.w / 2, card.y + card.h];
  const busY = o.busY + layout.lane / 2;
  const { end, laneX } = entry(obj, o, lanes.column);
  return { d: orthogonalPath([start, [start[0], busY], [laneX, busY], [laneX, end[1]], end]), start };
}

const horizontal = linkHorizontal<{ source: Point; target: Point }, Point>();

/**
 * Row to row (a handle CreateProcess copied, or DuplicateHandle made). Between neighbouring
 * columns: a curve across the channel between them. Within one card: a loop round its left side.
 * Between columns further apart: out to the row's lane, along just above the boundary, and up the
 * target row's lane. Also returns where its label goes.
 */
export function rowToRowRoute(
  layout: DiagramLayout,
  from: { pid: number; index: number },
  to: { pid: number; index: number },
): { d: string; labelAt: Point; labelVertical?: boolean } | null {
  const a = layout.processes.get(from.pid);
  const b = layout.processes.get(to.pid);
  const la = layout.cardLanes.get(from.pid);
  const lb = layout.cardLanes.get(to.pid);
  if (!a || !b || !la || !lb) return null;
  const y1 = handleRowY(a, from.index);
  const y2 = handleRowY(b, to.index);
  if (la.column === lb.column) {
    const loopX = a.x - 14;
    return {
      d: orthogonalPath([
        [a.x, y1],
        [loopX, y1],
        [loopX, y2],
        [a.x, y2],
      ]),
      labelAt: [loopX - 6, (y1 + y2) / 2],
      labelVertical: true,
    };
  }
  const rightward = la.column < lb.column;
  if (Math.abs(la.column - lb.column) === 1) {
    const source: Point = [rightward ? a.x + a.w : a.x, y1];
    const target: Point = [rightward ? b.x : b.x + b.w, y2];
    return {
      d: horizontal({ source, target }) ?? '',
      labelAt: [(source[0] + target[0]) / 2, Math.min(y1, y2) - 8],
    };
  }
  const out = rowLane(a, la, from.index, lb.column);
  const back = rowLane(b, lb, to.index, la.column);
  const y = layout.boundaryY - layout.lane;
  return {
    d: orthogonalPath([
      [out.edge, y1],
      [out.x, y1],
      [out.x, y],
      [back.x, y],
      [back.x, y2],
      [back.edge, y2],
    ]),
    labelAt: [(out.x + back.x) / 2, y - 6],
  };
}

/** From the pseudo-handle line ("me") round the card's left side to the new row. */
export function pseudoToRowRoute(card: Rect, pseudoY: number, rowIndex: number): string {
  const y2 = handleRowY(card, rowIndex);
  const loopX = card.x - 14;
  return orthogonalPath([
    [card.x, pseudoY],
    [loopX, pseudoY],
    [loopX, y2],
    [card.x, y2],
  ]);
}

/** Parent card to child card, over their tops. */
export function creationRoute(parent: Rect, child: Rect, lift: number): string {
  const a: Point = [parent.x + parent.w / 2, parent.y];
  const b: Point = [child.x + child.w / 2 - 12, child.y];
  return orthogonalPath([a, [a[0], a[1] - lift], [b[0], b[1] - lift], b]);
}
