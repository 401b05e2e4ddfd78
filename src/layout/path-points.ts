/**
 * Points along an SVG path of the kinds the layout writes (absolute M, L, Q, C), curves sampled:
 * for checking geometry (does an arrow cross a card?), not for drawing.
 */
type Point = readonly [number, number];

const COMMAND = /([MLQC])([^MLQC]*)/g;
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;
const SAMPLES = 8;

export function pathPoints(d: string): Point[] {
  const out: Point[] = [];
  for (const [, cmd, args] of d.matchAll(COMMAND)) {
    const n = (args?.match(NUMBER) ?? []).map(Number);
    const pairs: Point[] = [];
    for (let i = 0; i + 1 < n.length; i += 2) pairs.push([n[i] ?? 0, n[i + 1] ?? 0]);
    const from = out[out.length - 1];
    if (cmd === 'M' || cmd === 'L' || !from) out.push(...pairs);
    else out.push(...sample(from, pairs));
  }
  return out;
}

/** A quadratic (one control point) or cubic (two) Bézier from `from`, sampled. */
function sample(from: Point, controls: readonly Point[]): Point[] {
  const pts = [from, ...controls];
  const out: Point[] = [];
  for (let s = 1; s <= SAMPLES; s++) out.push(deCasteljau(pts, s / SAMPLES));
  return out;
}

function deCasteljau(pts: readonly Point[], t: number): Point {
  let level = pts;
  while (level.length > 1)
    level = level.slice(1).map((p, i) => {
      const q = level[i] as Point;
      return [q[0] + (p[0] - q[0]) * t, q[1] + (p[1] - q[1]) * t] as const;
    });
  return level[0] ?? [0, 0];
}
