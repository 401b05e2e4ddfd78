/**
 * Where every process card and kernel object sits, and where arrows may run. One column per
 * process: its card in user mode, the objects that belong with it (columns.ts) stacked below the
 * user/kernel boundary. Arrows run in lanes: in the channels between columns, and in the bus, a
 * horizontal band under the boundary where they cross from column to column. Every lane is fixed
 * for the whole run (a lane per handle row beside its card, per object beside it and in the bus),
 * so an arrow never moves because another one appears. Pure; depends only on the run's shape and
 * the viewport's size.
 */
import { planColumns } from './columns.ts';
import {
  BUS_PAD,
  CARD_HEADER_H,
  CARD_W,
  CARD_W_MAX,
  CARD_W_MIN,
  CLEAR,
  LANE,
  MARGIN_BOTTOM,
  MARGIN_TOP,
  MIN_CHANNEL,
  OBJ_GAP_Y,
  PSEUDO_H,
  ROW_ANCHOR,
  ROW_H,
  TABLE_HEAD_H,
  cardHeight,
  objectHeight,
} from './metrics.ts';
import type { RunShape } from './shape.ts';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Lanes beside a card: lane j (0 = nearest the card) of each side is at x0 + j × step. */
export interface CardLanes {
  readonly column: number;
  /** How many handle rows the card holds at most (lanes per side). */
  readonly rows: number;
  readonly rightX0: number;
  readonly rightStep: number;
  readonly leftX0: number;
  readonly leftStep: number;
}

/** Lanes of an object: beside its column on either side, and its own line in the bus. */
export interface ObjectLanes {
  readonly column: number;
  /** Place in its column's stack, 0 at the top. */
  readonly depth: number;
  readonly left: number;
  readonly right: number;
  readonly busY: number;
}

export interface DiagramLayout {
  readonly processes: ReadonlyMap<number, Rect>;
  readonly objects: ReadonlyMap<number, Rect>;
  /** Per process, the y of the middle of its pseudo-handle line ("me"), just under the table. */
  readonly pseudoY: ReadonlyMap<number, number>;
  /** The y of the user/kernel boundary line. */
  readonly boundaryY: number;
  readonly width: number;
  readonly height: number;
  readonly cardLanes: ReadonlyMap<number, CardLanes>;
  readonly objectLanes: ReadonlyMap<number, ObjectLanes>;
  /** The lane step, for arrows that run beside another's lane (waits). */
  readonly lane: number;
}

export interface LayoutOptions {
  /** Cards with their variables section (default); presenter mode folds it away. */
  readonly variables?: boolean;
  /** The diagram is shown at full size and panned (presenter mode), not fitted whole: cards are
   *  as wide as lets the row of them fit the viewport's width at full size. */
  readonly fullSize?: boolean;
}

/** A channel never grows wider than this: lanes squeeze together instead (a stress run). */
const MAX_CHANNEL = 132;

/**
 * Lays out the run. With the viewport's size (in layout units), cards are as wide as the
 * viewport allows without drawing the whole smaller than the height already makes it (between
 * CARD_W_MIN and CARD_W_MAX); without it, CARD_W.
 */
export function layoutDiagram(
  shape: RunShape,
  viewport?: { width: number; height: number },
  options: LayoutOptions = {},
): DiagramLayout {
  let best = layoutWith(shape, 0, viewport, options);
  if (!viewport || viewport.width <= 0 || viewport.height <= 0) return best;
  const scale = (l: DiagramLayout) => Math.min(viewport.width / l.width, viewport.height / l.height);
  // Extra object columns pay for their width only when they make the whole noticeably larger.
  const ipc = shape.objects.filter((o) => o.kind !== 'process' && o.kind !== 'thread').length;
  for (let extra = 1; extra <= Math.min(MAX_EXTRA_COLUMNS, ipc); extra++) {
    const candidate = layoutWith(shape, extra, viewport, options);
    if (scale(candidate) > scale(best) * 1.03) best = candidate;
  }
  return best;
}

const MAX_EXTRA_COLUMNS = 2;
/** The padding fitTransform keeps round the diagram. */
const FIT_PAD = 8;

/** With `extra` object columns: laid out once at CARD_W for the diagram's height (which the card
 *  width does not change, but for a lane of the bus at most), then at the width that suits it. */
function layoutWith(
  shape: RunShape,
  extra: number,
  viewport: { width: number; height: number } | undefined,
  options: LayoutOptions,
): DiagramLayout {
  const first = layoutAt(shape, extra, CARD_W, options);
  if (!viewport || viewport.width <= 0 || viewport.height <= 0) return first;
  const columns = Math.max(1, shape.pids.length) + extra;
  const fixedW = first.width - columns * CARD_W;
  const w = cardWidth(columns, fixedW, options.fullSize ? 0 : first.height, viewport);
  return w === CARD_W ? first : layoutAt(shape, extra, w, options);
}

function layoutAt(shape: RunShape, extra: number, w: number, options: LayoutOptions): DiagramLayout {
  const stacks = planColumns(shape, extra);
  const n = stacks.length;
  const kinds = new Map(shape.objects.map((o) => [o.id, o.kind]));
  const sides = sidesInUse(shape, stacks);
  const rowsOf = (c: number) => shape.maxRows.get(shape.pids[c] ?? NaN) ?? 0;
  const channels = channelWidths(
    n,
    (c, side) => (sides.cards[c]?.[side] ? rowsOf(c) : 0),
    (c, side) => (stacks[c] ?? []).reduce((k, id) => k + (sides.objects.get(id)?.[side] ? 1 : 0), 0),
  );
  const cardHeights = shape.pids.map((pid) =>
    cardHeight(
      shape.maxRows.get(pid) ?? 0,
      shape.maxVars.get(pid) ?? 0,
      options.variables ?? true,
      shape.std,
    ),
  );
  const userBottom = MARGIN_TOP + Math.max(0, ...cardHeights);
  const boundaryY = userBottom + BUS_PAD;
  const stackHeights = stacks.map((ids) =>
    ids.reduce((h, id) => h + objectHeight(kinds.get(id) ?? 'file') + OBJ_GAP_Y, -OBJ_GAP_Y),
  );

  const columnX: number[] = [];
  let x = 0;
  for (let c = 0; c < n; c++) {
    x += channels[c]?.width ?? 0;
    columnX.push(x);
    x += w;
  }
  const width = x + (channels[n]?.width ?? 0);

  const processes = new Map<number, Rect>();
  const pseudoY = new Map<number, number>();
  const cardLanes = new Map<number, CardLanes>();
  shape.pids.forEach((pid, c) => {
    const cx = columnX[c] ?? 0;
    const rows = shape.maxRows.get(pid) ?? 0;
    processes.set(pid, { x: cx, y: MARGIN_TOP, w, h: cardHeights[c] ?? 0 });
    pseudoY.set(pid, MARGIN_TOP + CARD_HEADER_H + TABLE_HEAD_H + Math.max(1, rows) * ROW_H + PSEUDO_H / 2);
    cardLanes.set(pid, {
      column: c,
      rows,
      rightX0: cx + w + CLEAR,
      rightStep: channels[c + 1]?.userStep ?? LANE,
      leftX0: cx - CLEAR,
      leftStep: -(channels[c]?.userStep ?? LANE),
    });
  });

  // Side lanes sit half a lane off the card lanes of the same channel, so that a lane coming
  // down from a row never seems to continue into one going on to an object. Deeper objects take
  // lanes further out, so that no way into an object crosses the lane of one below it.
  const sideLanes = new Map<number, { column: number; depth: number; left: number; right: number }>();
  stacks.forEach((ids, c) => {
    const cx = columnX[c] ?? 0;
    const leftStep = channels[c]?.kernelStep ?? LANE;
    const rightStep = channels[c + 1]?.kernelStep ?? LANE;
    let l = 0;
    let r = 0;
    ids.forEach((id, depth) => {
      const used = sides.objects.get(id);
      sideLanes.set(id, {
        column: c,
        depth,
        left: cx - CLEAR - (used?.left ? l++ + 0.5 : 0) * leftStep,
        right: cx + w + CLEAR + (used?.right ? r++ + 0.5 : 0) * rightStep,
      });
    });
  });
  const busLanes = busLaneIndex(shape, sideLanes, cardLanes);
  const laneCount = Math.max(0, ...busLanes.values()) + 1;
  const busTop = boundaryY + BUS_PAD;
  const kernelTop = busTop + laneCount * LANE + BUS_PAD;

  const objects = new Map<number, Rect>();
  const objectLanes = new Map<number, ObjectLanes>();
  stacks.forEach((ids, c) => {
    let y = kernelTop;
    for (const id of ids) {
      const h = objectHeight(kinds.get(id) ?? 'file');
      objects.set(id, { x: columnX[c] ?? 0, y, w, h });
      const side = sideLanes.get(id);
      if (side) objectLanes.set(id, { ...side, busY: busTop + (busLanes.get(id) ?? 0) * LANE });
      y += h + OBJ_GAP_Y;
    }
  });
  const height = kernelTop + Math.max(0, ...stackHeights) + MARGIN_BOTTOM;
  return { processes, objects, pseudoY, boundaryY, width, height, cardLanes, objectLanes, lane: LANE };
}

type Side = 'left' | 'right';

/**
 * Which sides of each card and object arrows can use, from who holds what over the whole run: an
 * arrow leaves a card on the side facing its object (the right one when the object is in the
 * card's own column) and reaches the object on the side facing the card.
 */
function sidesInUse(shape: RunShape, stacks: readonly (readonly number[])[]) {
  const columnOf = new Map(shape.pids.map((pid, i) => [pid, i]));
  const objectColumn = new Map(stacks.flatMap((ids, c) => ids.map((id) => [id, c] as const)));
  const cards = shape.pids.map(() => ({ left: false, right: false }));
  const objects = new Map<number, { left: boolean; right: boolean }>();
  for (const o of shape.objects) {
    const oc = objectColumn.get(o.id) ?? 0;
    const used = { left: false, right: false };
    for (const pid of o.holders) {
      const c = columnOf.get(pid);
      const card = c === undefined ? undefined : cards[c];
      if (c === undefined || !card) continue;
      if (c < oc) used.left = card.right = true;
      else {
        used.right = true;
        if (c > oc) card.left = true;
        else card.right = true;
      }
    }
    objects.set(o.id, used);
  }
  return { cards, objects };
}

interface Channel {
  readonly width: number;
  /** Spacing of the lanes beside cards (handle rows) and beside objects in this channel. */
  readonly userStep: number;
  readonly kernelStep: number;
}

/**
 * Channel i is left of column i (channel n right of the last). It holds a lane per handle row of
 * the cards on either side that send arrows into it, and one per object on either side that
 * arrows reach through it: LANE apart when they fit in MAX_CHANNEL, squeezed when not. The left
 * margin is at least wide enough for the loops round a card's left side.
 */
function channelWidths(
  n: number,
  rows: (column: number, side: Side) => number,
  objects: (column: number, side: Side) => number,
): Channel[] {
  const out: Channel[] = [];
  for (let i = 0; i <= n; i++) {
    const user = (i > 0 ? rows(i - 1, 'right') : 0) + (i < n ? rows(i, 'left') : 0);
    const sideLanes = (i > 0 ? objects(i - 1, 'right') : 0) + (i < n ? objects(i, 'left') : 0);
    const kernel = sideLanes > 0 ? sideLanes + 0.5 : 0;
    const wanted = 2 * CLEAR + Math.max(user, kernel) * LANE;
    const least = i === 0 ? MIN_CHANNEL : i === n ? CLEAR : MIN_CHANNEL;
    const width = Math.min(MAX_CHANNEL, Math.max(least, wanted));
    const room = width - 2 * CLEAR;
    out.push({
      width,
      userStep: Math.min(LANE, room / Math.max(1, user)),
      kernelStep: Math.min(LANE, room / Math.max(1, kernel)),
    });
  }
  return out;
}

/** The card width that draws the diagram largest in `viewport` while giving cards the most room. */
function cardWidth(
  n: number,
  fixedW: number,
  height: number,
  viewport?: { width: number; height: number },
): number {
  if (!viewport || viewport.width <= 0 || viewport.height <= 0) return CARD_W;
  // The room fitTransform leaves inside its padding.
  const room = { width: viewport.width - 2 * FIT_PAD, height: viewport.height - 2 * FIT_PAD };
  const k = height > 0 ? Math.min(1, room.height / height) : 1;
  const w = Math.floor((room.width / k - fixedW) / Math.max(1, n));
  return Math.min(CARD_W_MAX, Math.max(CARD_W_MIN, w));
}

/**
 * Each object's lane in the bus. An object's arrows run along its lane from the card lanes of its
 * holders to its own side lane; two objects whose spans overlap get different lanes (greedy
 * interval colouring, by span start), and the fewest lanes are used.
 */
function busLaneIndex(
  shape: RunShape,
  sides: ReadonlyMap<number, { column: number; left: number; right: number }>,
  cards: ReadonlyMap<number, CardLanes>,
): Map<number, number> {
  const spans = shape.objects.flatMap((o) => {
    const side = sides.get(o.id);
    if (!side) return [];
    const xs: number[] = [];
    for (const pid of o.holders) {
      const lanes = cards.get(pid);
      if (!lanes) continue;
      const fromLeft = lanes.column < side.column;
      xs.push(fromLeft ? side.left : side.right);
      const x0 = lanes.column > side.column ? lanes.leftX0 : lanes.rightX0;
      const step = lanes.column > side.column ? lanes.leftStep : lanes.rightStep;
      xs.push(x0, x0 + Math.max(0, lanes.rows - 1) * step);
    }
    if (xs.length === 0) xs.push(side.right);
    return [{ id: o.id, from: Math.min(...xs), to: Math.max(...xs) }];
  });
  spans.sort((a, b) => a.from - b.from || a.id - b.id);
  const ends: number[] = [];
  const out = new Map<number, number>();
  for (const s of spans) {
    let lane = ends.findIndex((end) => end + CLEAR < s.from);
    if (lane < 0) lane = ends.length;
    ends[lane] = s.to;
    out.set(s.id, lane);
  }
  return out;
}

/** The y of the top of handle row `index` in a card placed at `card`. */
export function handleRowTop(card: Rect, index: number): number {
  return card.y + CARD_HEADER_H + TABLE_HEAD_H + index * ROW_H;
}

/** The y where handle row `index`'s arrow leaves a card placed at `card`: its first line. */
export function handleRowY(card: Rect, index: number): number {
  return handleRowTop(card, index) + ROW_ANCHOR;
}
