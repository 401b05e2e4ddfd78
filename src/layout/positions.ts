/**
 * Where every process card and kernel object sits: cards in a row in user mode, a boundary
 * line, objects in rows below it. Pure; depends only on the run's shape.
 */
import {
  BOUNDARY_GAP,
  CARD_HEADER_H,
  CARD_W,
  GAP_X,
  MARGIN_TOP,
  MARGIN_X,
  OBJ_GAP_X,
  OBJ_GAP_Y,
  OBJ_W,
  PSEUDO_H,
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

export interface DiagramLayout {
  readonly processes: ReadonlyMap<number, Rect>;
  readonly objects: ReadonlyMap<number, Rect>;
  /** Per process, the y of the middle of its pseudo-handle line ("me"), just under the table. */
  readonly pseudoY: ReadonlyMap<number, number>;
  /** The y of the user/kernel boundary line. */
  readonly boundaryY: number;
  readonly width: number;
  readonly height: number;
}

const MIN_OBJECT_COLUMNS = 3;

const MAX_OBJECT_COLUMNS = 8;

/**
 * Lays out the run. With the viewport's size, the number of object columns is the one that lets
 * the whole diagram be drawn largest in that viewport (wide screens get one long row of objects,
 * tall ones several); without it, objects fill the width of the process row.
 */
export interface LayoutOptions {
  /** Cards with their variables section (default); presenter mode folds it away. */
  readonly variables?: boolean;
}

export function layoutDiagram(
  shape: RunShape,
  viewport?: { width: number; height: number },
  options: LayoutOptions = {},
): DiagramLayout {
  const procRowW = shape.pids.length * (CARD_W + GAP_X) - GAP_X;
  const fitColumns = Math.floor((procRowW + OBJ_GAP_X) / (OBJ_W + OBJ_GAP_X));
  const preferred = Math.max(1, fitColumns, Math.min(shape.objects.length, MIN_OBJECT_COLUMNS));
  if (!viewport || viewport.width <= 0 || viewport.height <= 0)
    return layoutWithColumns(shape, preferred, options);
  let best = layoutWithColumns(shape, preferred, options);
  const scale = (l: DiagramLayout) => Math.min(viewport.width / l.width, viewport.height / l.height);
  for (let c = 1; c <= Math.min(shape.objects.length, MAX_OBJECT_COLUMNS); c++) {
    const candidate = layoutWithColumns(shape, c, options);
    if (scale(candidate) > scale(best) + 1e-6) best = candidate;
  }
  return best;
}

function layoutWithColumns(shape: RunShape, columns: number, options: LayoutOptions): DiagramLayout {
  const procRowW = shape.pids.length * (CARD_W + GAP_X) - GAP_X;
  const objRowW = Math.min(columns, Math.max(1, shape.objects.length)) * (OBJ_W + OBJ_GAP_X) - OBJ_GAP_X;
  const innerW = Math.max(procRowW, objRowW, CARD_W);
  const width = innerW + 2 * MARGIN_X;

  const processes = new Map<number, Rect>();
  const pseudoY = new Map<number, number>();
  const procX0 = MARGIN_X + (innerW - procRowW) / 2;
  let userBottom = MARGIN_TOP;
  shape.pids.forEach((pid, i) => {
    const h = cardHeight(
      shape.maxRows.get(pid) ?? 0,
      shape.maxVars.get(pid) ?? 0,
      options.variables ?? true,
      shape.std,
    );
    processes.set(pid, { x: procX0 + i * (CARD_W + GAP_X), y: MARGIN_TOP, w: CARD_W, h });
    const rows = Math.max(1, shape.maxRows.get(pid) ?? 0);
    pseudoY.set(pid, MARGIN_TOP + CARD_HEADER_H + TABLE_HEAD_H + rows * ROW_H + PSEUDO_H / 2);
    userBottom = Math.max(userBottom, MARGIN_TOP + h);
  });
  const boundaryY = userBottom + BOUNDARY_GAP / 2;

  const objects = new Map<number, Rect>();
  let y = boundaryY + BOUNDARY_GAP / 2 + 12;
  for (let start = 0; start < shape.objects.length; start += columns) {
    const rowItems = shape.objects.slice(start, start + columns);
    const rowW = rowItems.length * (OBJ_W + OBJ_GAP_X) - OBJ_GAP_X;
    const x0 = MARGIN_X + (innerW - rowW) / 2;
    const rowH = Math.max(...rowItems.map((o) => objectHeight(o.kind)));
    rowItems.forEach((o, i) =>
      objects.set(o.id, { x: x0 + i * (OBJ_W + OBJ_GAP_X), y, w: OBJ_W, h: objectHeight(o.kind) }),
    );
    y += rowH + OBJ_GAP_Y;
  }
  const height = Math.max(y, boundaryY + BOUNDARY_GAP) + 12;
  return { processes, objects, pseudoY, boundaryY, width, height };
}

/** The y of the middle of handle row `index` in a card placed at `card`. */
export function handleRowY(card: Rect, index: number): number {
  return card.y + CARD_HEADER_H + TABLE_HEAD_H + index * ROW_H + ROW_H / 2;
}
