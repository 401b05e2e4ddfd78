import { describe, expect, it } from 'vitest';
import { fixtureRun } from '../ui/dev/fixture-run.ts';
import { arrowsForStep } from './arrows.ts';
import { SECTION_HEAD_H, VAR_H } from './metrics.ts';
import { handleRowY, layoutDiagram } from './positions.ts';
import { PRESENT_SCALE, scaleArrows, scaleLayout, scalePath } from './present.ts';
import { layoutShape } from './shape.ts';

const run = fixtureRun();
const layout = layoutDiagram(layoutShape(run.shape()));

describe('presenter scale', () => {
  it('turns 12.5 px handle rows into 20 px ones', () => {
    expect(12.5 * PRESENT_SCALE).toBe(20);
  });

  it('multiplies every card, object, line and size of the layout by the factor', () => {
    const big = scaleLayout(layout, 2);
    expect(big.width).toBe(layout.width * 2);
    expect(big.height).toBe(layout.height * 2);
    expect(big.boundaryY).toBe(layout.boundaryY * 2);
    for (const [pid, r] of layout.processes)
      expect(big.processes.get(pid)).toEqual({ x: r.x * 2, y: r.y * 2, w: r.w * 2, h: r.h * 2 });
    for (const [id, r] of layout.objects) expect(big.objects.get(id)?.w).toBe(r.w * 2);
    for (const [pid, y] of layout.pseudoY) expect(big.pseudoY.get(pid)).toBe(y * 2);
  });

  it('returns the very same layout at scale 1', () => {
    expect(scaleLayout(layout, 1)).toBe(layout);
  });

  it('scales the coordinates of a path, negative and fractional ones too', () => {
    expect(scalePath('M10,20C1.5,-2,3e1,.5,4,5L6,7', 2)).toBe('M20,40C3,-4,60,1,8,10L12,14');
  });

  it('scales arrows and their labels and keeps their keys and kinds', () => {
    const arrows = arrowsForStep(run.view(4), layout);
    const big = scaleArrows(arrows, 2);
    expect(big.map((a) => [a.key, a.kind])).toEqual(arrows.map((a) => [a.key, a.kind]));
    const inherit = arrows.findIndex((a) => a.kind === 'inherit');
    expect(inherit).toBeGreaterThanOrEqual(0);
    const [x, y] = arrows[inherit]?.labelAt ?? [NaN, NaN];
    expect(big[inherit]?.labelAt).toEqual([x * 2, y * 2]);
    expect(big[inherit]?.d).toBe(scalePath(arrows[inherit]?.d ?? '', 2));
  });

  it('folds the variables section away: cards shorter by exactly it, rows where they were', () => {
    const folded = layoutDiagram(layoutShape(run.shape()), undefined, { variables: false });
    for (const [pid, r] of layout.processes) {
      const f = folded.processes.get(pid);
      if (!f) throw new Error(`no card for ${pid}`);
      expect(r.h - f.h).toBe(SECTION_HEAD_H + VAR_H);
      expect(handleRowY(f, 2)).toBe(handleRowY(r, 2));
      expect(folded.pseudoY.get(pid)).toBe(layout.pseudoY.get(pid));
    }
    expect(folded.boundaryY).toBeLessThan(layout.boundaryY);
  });
});
