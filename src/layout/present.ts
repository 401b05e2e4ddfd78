/**
 * Presenter mode draws the same diagram larger: every size of the layout (cards, rows, objects,
 * gaps, arrows) times one factor, so that its text is 20 px where the normal diagram's is
 * 12.5 px. The layout is computed once in base units and scaled here, so the positions, the
 * arrows and the CSS (which multiplies its sizes by the same factor, `--u`) always agree.
 */
import type { Arrow } from './arrows.ts';
import type { DiagramLayout, Rect } from './positions.ts';

/** 12.5 px handle rows become 20 px; 1.6 px arrows would become 2.6 px (CSS draws them 3 px). */
export const PRESENT_SCALE = 1.6;

export function scaleRect(r: Rect, s: number): Rect {
  return { x: r.x * s, y: r.y * s, w: r.w * s, h: r.h * s };
}

function scaleMap<K, V>(map: ReadonlyMap<K, V>, f: (v: V) => V): ReadonlyMap<K, V> {
  return new Map([...map].map(([k, v]) => [k, f(v)]));
}

/** The layout with every coordinate and size times `s`; the same object when `s` is 1. */
export function scaleLayout(layout: DiagramLayout, s: number): DiagramLayout {
  if (s === 1) return layout;
  return {
    processes: scaleMap(layout.processes, (r) => scaleRect(r, s)),
    objects: scaleMap(layout.objects, (r) => scaleRect(r, s)),
    pseudoY: scaleMap(layout.pseudoY, (y) => y * s),
    boundaryY: layout.boundaryY * s,
    width: layout.width * s,
    height: layout.height * s,
    cardLanes: scaleMap(layout.cardLanes, (l) => ({
      ...l,
      rightX0: l.rightX0 * s,
      rightStep: l.rightStep * s,
      leftX0: l.leftX0 * s,
      leftStep: l.leftStep * s,
    })),
    objectLanes: scaleMap(layout.objectLanes, (l) => ({
      ...l,
      left: l.left * s,
      right: l.right * s,
      busY: l.busY * s,
    })),
    lane: layout.lane * s,
  };
}

const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/**
 * An SVG path with every number times `s`. Correct for the paths the layout draws: routes.ts and
 * d3's link generator write only absolute M, L, Q and C commands, whose every number is a
 * coordinate.
 */
export function scalePath(d: string, s: number): string {
  if (s === 1) return d;
  return d.replace(NUMBER, (n) => String(Math.round(Number(n) * s * 1000) / 1000));
}

/** Arrows already scaled, by arrow and factor: an arrow that did not change keeps its scaled copy. */
const scaled = new WeakMap<Arrow, { s: number; arrow: Arrow }>();

export function scaleArrows(arrows: readonly Arrow[], s: number): readonly Arrow[] {
  if (s === 1) return arrows;
  return arrows.map((a) => {
    const hit = scaled.get(a);
    if (hit?.s === s) return hit.arrow;
    const arrow: Arrow = {
      ...a,
      d: scalePath(a.d, s),
      ...(a.labelAt ? { labelAt: [a.labelAt[0] * s, a.labelAt[1] * s] as const } : {}),
    };
    scaled.set(a, { s, arrow });
    return arrow;
  });
}
