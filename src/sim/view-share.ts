/**
 * Structural sharing between two StepViews: `shareView(prev, next)` is `next`, except that every
 * part equal by value to the matching part of `prev` is `prev`'s object. So a process, a handle
 * row, a kernel object or a variable list that a step left alone keeps its identity from one
 * step to the next, and the visualizer redraws a card only when `!==` says it changed.
 * Processes are matched by pid, objects by id, handle rows by value; other lists by position.
 * Pure: neither view is modified.
 */
import type { HandleRowView, ObjectView, ProcessView, StepView } from './view.ts';

type Json = unknown;

/** `next`, or `prev` when they are equal by value, or a copy of `next` whose equal parts are `prev`'s. */
export function shareValue<T>(prev: T, next: T): T {
  if (prev === next) return prev;
  if (typeof prev !== 'object' || typeof next !== 'object' || prev === null || next === null) return next;
  if (Array.isArray(prev) !== Array.isArray(next)) return next;
  if (Array.isArray(prev)) return shareArray(prev, next as unknown as Json[], (_, i) => i) as T;
  return shareRecord(prev as Record<string, Json>, next as Record<string, Json>) as T;
}

function shareRecord(prev: Record<string, Json>, next: Record<string, Json>): Record<string, Json> {
  // Walked with for-in rather than Object.keys: this runs for every record of a view on every
  // step, and the key arrays were a large share of what a step allocated.
  let allSame = true;
  let count = 0;
  let out: Record<string, Json> | null = null;
  for (const k in next) {
    count++;
    const n = next[k];
    const had = k in prev;
    const s = had ? shareValue(prev[k], n) : n;
    if (!had || s !== prev[k]) allSame = false;
    if (s !== n) (out ??= { ...next })[k] = s;
  }
  if (allSame && count === keyCount(prev)) return prev;
  return out ?? next;
}

function keyCount(o: Record<string, Json>): number {
  let n = 0;
  for (const _ in o) n++;
  return n;
}

/**
 * Shares a list item by item, items matched by `key` (an item of `next` with no match in `prev`
 * is kept as it is). Returns `prev` itself when both lists hold the same items in the same order.
 */
function shareArray<T>(
  prev: readonly T[],
  next: readonly T[],
  key: (item: T, index: number) => number,
  item: (a: T, b: T) => T = shareValue,
): readonly T[] {
  if (prev.length === next.length && prev.every((p, i) => p === next[i])) return prev;
  const byKey = new Map<number, T>();
  prev.forEach((p, i) => byKey.set(key(p, i), p));
  let allSame = prev.length === next.length;
  let changed = false;
  const out = next.map((n, i) => {
    const p = byKey.get(key(n, i));
    const s = p === undefined ? n : item(p, n);
    if (s !== prev[i]) allSame = false;
    if (s !== n) changed = true;
    return s;
  });
  if (allSame) return prev;
  return changed ? out : next;
}

const byValue = (h: HandleRowView) => h.value;

function shareProcess(prev: ProcessView, next: ProcessView): ProcessView {
  if (prev === next) return prev;
  const handles = shareArray(prev.handles, next.handles, byValue);
  const rest = shareRecord(
    prev as unknown as Record<string, Json>,
    { ...next, handles: prev.handles } as unknown as Record<string, Json>,
  ) as unknown as ProcessView;
  if (handles === prev.handles && rest === (prev as unknown)) return prev;
  return { ...rest, handles };
}

/** `next` with the processes, objects and other parts that did not change taken from `prev`. */
export function shareView(prev: StepView | null, next: StepView): StepView {
  if (!prev || prev === next) return next;
  return {
    ...next,
    processes: shareArray(prev.processes, next.processes, (p) => p.pid, shareProcess),
    objects: shareArray<ObjectView>(prev.objects, next.objects, (o) => o.id),
    namespace: shareValue(prev.namespace, next.namespace),
    apiCall: shareValue(prev.apiCall, next.apiCall),
    end: shareValue(prev.end, next.end),
  };
}
