/**
 * Every arrow of one step: handle → object, inheritance and duplication (row to row), waits,
 * creation links. Routes come from routes.ts on the run's fixed lanes, so an arrow depends only on
 * its own row and object: it does not move when another arrow appears or goes.
 */
import type { HandleRowView, ProcessView, StepView } from '../sim/view.ts';
import { handleRowY, type DiagramLayout } from './positions.ts';
import {
  creationRoute,
  handleRoute,
  pseudoToRowRoute,
  rowToRowRoute,
  waitRoute,
  type Point,
} from './routes.ts';
import { MARGIN_TOP } from './metrics.ts';

export type ArrowKind = 'handle' | 'inherit' | 'duplicate' | 'wait' | 'suspend' | 'create';

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

/**
 * Arrows already built on a layout, by everything that decides them. A step builds only the
 * arrows that are new or moved (the path strings are the costly part), and an arrow that did not
 * change is the very same object as before, so its SVG element is not redrawn.
 */
const built = new WeakMap<DiagramLayout, Map<string, Arrow>>();
const MAX_BUILT = 20_000;

function reuse(layout: DiagramLayout, id: string, make: () => Arrow | null): Arrow | null {
  let cache = built.get(layout);
  if (!cache) built.set(layout, (cache = new Map()));
  const hit = cache.get(id);
  if (hit) return hit;
  const arrow = make();
  if (!arrow) return null;
  if (cache.size >= MAX_BUILT) cache.clear();
  cache.set(id, arrow);
  return arrow;
}

/**
 * Every arrow for one step, laid out on the run's stable positions: creation links and handle
 * arrows first, then what this step changed (new handle arrows, inheritance, duplication) and the
 * waits, so that those are drawn over the rest.
 */
export function arrowsForStep(view: StepView, layout: DiagramLayout): Arrow[] {
  const under: Arrow[] = [];
  const over: Arrow[] = [];
  const push = (a: Arrow | null, top: boolean) => {
    if (a) (top ? over : under).push(a);
  };
  const cyclePids = new Set(view.end?.reason === 'deadlock' ? view.end.cycle.map((c) => c.pid) : []);
  const byPid = new Map(view.processes.map((p) => [p.pid, p]));
  for (const p of view.processes) {
    push(creationArrow(layout, p), false);
    const unchanged = unchangedRowArrows(layout, p);
    if (unchanged) under.push(...unchanged);
    else
      p.handles.forEach((h, index) => {
        push(handleArrow(layout, p.pid, h, index), h.changed);
        if (h.changed) push(originArrow(layout, byPid, p, h, index), true);
      });
    if (p.state.kind === 'blocked') {
      const inCycle = cyclePids.has(p.pid);
      for (const id of p.state.objectIds) push(waitArrow(layout, p.pid, id, inCycle), true);
    }
    if (p.state.kind === 'suspended')
      push(waitArrow(layout, p.pid, p.state.threadObjectId, cyclePids.has(p.pid), 'suspend'), true);
  }
  return under.concat(over);
}

/**
 * The handle arrows of a process none of whose rows changed this step, by its row list: the
 * store shares an unchanged list from step to step, so a step rebuilds the arrows of the
 * processes it touched only (not a key string and a lookup for each of some 100 rows). Null when
 * a row changed (its arrows are drawn on top, with their origins).
 */
const rowArrows = new WeakMap<DiagramLayout, WeakMap<readonly HandleRowView[], readonly Arrow[]>>();

function unchangedRowArrows(layout: DiagramLayout, p: ProcessView): readonly Arrow[] | null {
  if (p.handles.some((h) => h.changed)) return null;
  let byRows = rowArrows.get(layout);
  if (!byRows) rowArrows.set(layout, (byRows = new WeakMap()));
  const known = byRows.get(p.handles);
  if (known) return known;
  const arrows = p.handles.flatMap((h, index) => handleArrow(layout, p.pid, h, index) ?? []);
  byRows.set(p.handles, arrows);
  return arrows;
}

function creationArrow(layout: DiagramLayout, p: ProcessView): Arrow | null {
  if (p.parentPid === null) return null;
  const parentPid = p.parentPid;
  return reuse(layout, `create ${parentPid} ${p.pid}`, () => {
    const parent = layout.processes.get(parentPid);
    const child = layout.processes.get(p.pid);
    const a = layout.cardLanes.get(parentPid);
    const b = layout.cardLanes.get(p.pid);
    if (!parent || !child || !a || !b) return null;
    const lift = Math.min(MARGIN_TOP - 8, 10 + 5 * Math.abs(b.column - a.column));
    return { key: `create-${p.pid}`, kind: 'create', d: creationRoute(parent, child, lift), changed: false };
  });
}

function handleArrow(layout: DiagramLayout, pid: number, h: HandleRowView, index: number): Arrow | null {
  return reuse(layout, `h ${pid} ${h.value} ${index} ${h.objectId} ${h.changed}`, () => {
    const d = handleRoute(layout, pid, index, h.objectId);
    return d === null
      ? null
      : {
          key: `h-${pid}-${h.value}`,
          kind: 'handle',
          d,
          pid,
          value: h.value,
          objectId: h.objectId,
          changed: h.changed,
        };
  });
}

/** The arrow from where a row came from this step: the "me" line, or the row it copies. */
function originArrow(
  layout: DiagramLayout,
  byPid: ReadonlyMap<number, ProcessView>,
  p: ProcessView,
  h: HandleRowView,
  index: number,
): Arrow | null {
  const origin = h.origin;
  if (!origin || origin.kind === 'opened') return null;
  if (origin.kind === 'duplicated' && origin.fromValue < 0 && origin.fromPid === p.pid) {
    return reuse(layout, `pseudo ${p.pid} ${h.value} ${index}`, () => {
      const card = layout.processes.get(p.pid);
      const pseudoY = layout.pseudoY.get(p.pid);
      if (!card || pseudoY === undefined) return null;
      return {
        key: `duplicated-${p.pid}-${h.value}`,
        kind: 'duplicate',
        d: pseudoToRowRoute(card, pseudoY, index),
        changed: true,
        labelAt: [card.x - 20, (pseudoY + handleRowY(card, index)) / 2],
        labelVertical: true,
      };
    });
  }
  const fromIndex = byPid.get(origin.fromPid)?.handles.findIndex((r) => r.value === origin.fromValue) ?? -1;
  if (fromIndex < 0) return null;
  const id = `${origin.kind} ${origin.fromPid} ${fromIndex} ${p.pid} ${h.value} ${index}`;
  return reuse(layout, id, () => {
    const route = rowToRowRoute(layout, { pid: origin.fromPid, index: fromIndex }, { pid: p.pid, index });
    if (!route) return null;
    return {
      key: `${origin.kind}-${p.pid}-${h.value}`,
      kind: origin.kind === 'inherited' ? 'inherit' : 'duplicate',
      d: route.d,
      changed: true,
      labelAt: route.labelAt,
      ...(route.labelVertical ? { labelVertical: true } : {}),
    };
  });
}

/** A blocked process's wait on an object, or (`suspend`) a suspended process's link to its own
 *  thread object, whose suspend count holds it: the same route, drawn and labelled apart. */
function waitArrow(
  layout: DiagramLayout,
  pid: number,
  objectId: number,
  inCycle: boolean,
  kind: 'wait' | 'suspend' = 'wait',
): Arrow | null {
  return reuse(layout, `${kind} ${pid} ${objectId} ${inCycle}`, () => {
    const route = waitRoute(layout, pid, objectId);
    if (!route) return null;
    return {
      key: `${kind}-${pid}-${objectId}`,
      kind,
      pid,
      d: route.d,
      objectId,
      changed: false,
      inCycle,
      labelAt: [route.start[0] + 6, route.start[1] + 12],
    };
  });
}
