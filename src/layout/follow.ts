/**
 * Following the change: which part of the diagram a step changed (read from the StepView's
 * `ranPid`, its rows' and objects' `changed` flags and its kernel events — never re-derived),
 * and the pan/zoom transform that brings that part into view with the least movement.
 */
import type { StepView } from '../sim/view.ts';
import { CARD_HEADER_H, ROW_H } from './metrics.ts';
import { handleRowTop, type DiagramLayout, type Rect } from './positions.ts';

/** A d3-zoom transform: screen = stage × k + (x, y). */
export interface ViewTransform {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

export function unionRect(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  const x0 = Math.min(...rects.map((r) => r.x));
  const y0 = Math.min(...rects.map((r) => r.y));
  const x1 = Math.max(...rects.map((r) => r.x + r.w));
  const y1 = Math.max(...rects.map((r) => r.y + r.h));
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

function rowRect(card: Rect, index: number): Rect {
  return { x: card.x, y: handleRowTop(card, index), w: card.w, h: ROW_H };
}

const headerOf = (card: Rect): Rect => ({ x: card.x, y: card.y, w: card.w, h: CARD_HEADER_H });

const PID_FIELDS = ['pid', 'parentPid', 'childPid', 'sourcePid', 'targetPid'] as const;

function numberField(e: StepView['events'][number], field: string): number | null {
  const v = e[field];
  return typeof v === 'number' ? v : null;
}

/**
 * The rectangle (layout units) of what `view`'s step changed: the card of the process that ran,
 * the handle rows added, changed or closed (a closed row's ghost is drawn after the live rows),
 * the headers of the processes the events name, the objects changed or destroyed or named by an
 * event, and the objects a process began to wait on. Null when the step changed nothing drawn.
 */
export function changeFocus(view: StepView, layout: DiagramLayout): Rect | null {
  const rects: Rect[] = [];
  const byPid = new Map(view.processes.map((p) => [p.pid, p]));
  const ran = view.ranPid === null ? undefined : layout.processes.get(view.ranPid);
  if (ran) rects.push(ran);
  for (const p of view.processes) {
    const card = layout.processes.get(p.pid);
    if (!card) continue;
    p.handles.forEach((h, i) => {
      if (h.changed) rects.push(rowRect(card, i));
    });
  }
  const ghosts = new Map<number, number>();
  const objectIds = new Set(view.objects.filter((o) => o.changed || o.destroyed).map((o) => o.id));
  for (const e of view.events) {
    for (const field of PID_FIELDS) {
      const card = layout.processes.get(numberField(e, field) ?? Number.NaN);
      if (card) rects.push(headerOf(card));
    }
    const objectId = numberField(e, 'objectId');
    if (objectId !== null) objectIds.add(objectId);
    const pid = numberField(e, 'pid');
    const card = layout.processes.get(pid ?? Number.NaN);
    const p = byPid.get(pid ?? Number.NaN);
    if (e.type === 'HandleClosed' && card && p && pid !== null) {
      const k = ghosts.get(pid) ?? 0;
      ghosts.set(pid, k + 1);
      rects.push(rowRect(card, p.handles.length + k));
    }
    if (e.type === 'ProcessBlocked' && p?.state.kind === 'blocked')
      for (const id of p.state.objectIds) objectIds.add(id);
  }
  for (const id of objectIds) {
    const r = layout.objects.get(id);
    if (r) rects.push(r);
  }
  return unionRect(rects);
}

export interface FollowOptions {
  /** The zoom the user prefers (presenter: readable size; otherwise the last chosen zoom). */
  readonly preferredK: number;
  /** Never zoom out further than this (e.g. the zoom that fits the whole diagram). */
  readonly minK?: number;
  /** Screen pixels kept free around the focus. */
  readonly pad?: number;
}

/**
 * The transform that shows `focus` (stage units) inside a `width`×`height` viewport: at the
 * preferred zoom, or zoomed out just enough when the focus does not fit at it; the focus's centre
 * stays where it is on screen when it can, and the view moves only as far as it must. A focus too
 * large even at the smallest zoom allowed is shown from its top left corner. Null when the focus
 * is already in view at that zoom (nothing to do).
 */
export function followTransform(
  current: ViewTransform,
  focus: Rect,
  viewport: { readonly width: number; readonly height: number },
  options: FollowOptions,
): ViewTransform | null {
  const { width, height } = viewport;
  if (width <= 0 || height <= 0 || focus.w < 0 || focus.h < 0) return null;
  const pad = Math.min(options.pad ?? 24, width / 4, height / 4);
  const room = { w: width - 2 * pad, h: height - 2 * pad };
  const fits = Math.min(room.w / Math.max(focus.w, 1), room.h / Math.max(focus.h, 1));
  const k = Math.max(Math.min(options.preferredK, fits), Math.min(options.minK ?? 0, options.preferredK));
  const cx = focus.x + focus.w / 2;
  const cy = focus.y + focus.h / 2;
  // Keep the focus's centre at its current screen point, then pull the focus inside the padding.
  const x = clampShift(current.x + cx * current.k - cx * k, focus.x * k, focus.w * k, pad, width);
  const y = clampShift(current.y + cy * current.k - cy * k, focus.y * k, focus.h * k, pad, height);
  const same =
    Math.abs(k - current.k) < 1e-3 && Math.abs(x - current.x) < 0.5 && Math.abs(y - current.y) < 0.5;
  return same ? null : { x, y, k };
}

/** The translation t nearest to `t` that puts [t+start, t+start+size] inside [pad, length-pad];
 *  when it cannot, the one that shows its start (where the process that ran is, top left). */
function clampShift(t: number, start: number, size: number, pad: number, length: number): number {
  if (size > length - 2 * pad) return pad - start;
  const lo = pad - start;
  const hi = length - pad - size - start;
  return Math.min(Math.max(t, lo), hi);
}
