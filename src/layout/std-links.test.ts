import { describe, expect, it } from 'vitest';
import { findScenario } from '../scenarios/index.ts';
import type { StepView } from '../sim/index.ts';
import { startRun } from '../sim/index.ts';
import { cardHeight, PSEUDO_H, STD_H, stdRowY } from './metrics.ts';
import { handleRowY, layoutDiagram } from './positions.ts';
import { layoutShape } from './shape.ts';
import { linkedValue, stdLinks } from './std-links.ts';

const started = startRun(findScenario('pipe-redirect')!.spec);
if (!started.ok) throw new Error('pipe-redirect does not compile');
const run = started.run;
const layout = layoutDiagram(layoutShape(run.shape()));
const created = Array.from({ length: run.length }, (_, i) => run.view(i + 1)).find((v) =>
  v.processes.some((p) => p.image === 'RedirChild.exe'),
)!;
const child = created.processes.find((p) => p.image === 'RedirChild.exe')!;

/** The first and last points of a path d3 wrote as M x,y … x,y. */
function ends(d: string): [number, number, number, number] {
  const n = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return [n[0]!, n[1]!, n[n.length - 2]!, n[n.length - 1]!];
}

describe('std links', () => {
  it('links a redirected stdout to its handle-table row, and nothing on the console', () => {
    const links = stdLinks(created, layout);
    expect(links.map((l) => [l.pid, l.stream, l.value])).toEqual([[child.pid, 'stdout', 8]]);
    const card = layout.processes.get(child.pid)!;
    const [x1, y1, x2, y2] = ends(links[0]!.d);
    expect(x1).toBeCloseTo(card.x);
    expect(y1).toBeCloseTo(stdRowY(layout.pseudoY.get(child.pid)!, 1));
    expect(x2).toBeCloseTo(card.x);
    const row = child.handles.findIndex((h) => h.value === 8);
    expect(y2).toBeCloseTo(handleRowY(card, row));
  });

  it('follows the handle the C runtime uses when SetStdHandle moved the standard one', () => {
    const [stdin, stdout] = child.std;
    const moved = {
      ...stdout!,
      value: 0,
      target: { kind: 'null' as const },
      runtime: { value: 8, target: stdout!.target },
    };
    expect(linkedValue(moved)).toBe(8);
    expect(linkedValue(stdin!)).toBeUndefined();
    const view: StepView = {
      ...created,
      processes: created.processes.map((p) => (p === child ? { ...p, std: [stdin!, moved, p.std[2]!] } : p)),
    };
    expect(stdLinks(view, layout).map((l) => l.value)).toEqual([8]);
  });

  it('draws no link to a handle that is no longer in the table', () => {
    const view: StepView = {
      ...created,
      processes: created.processes.map((p) => (p === child ? { ...p, handles: [] } : p)),
    };
    expect(stdLinks(view, layout)).toEqual([]);
  });

  it('makes room for the standard-handle rows under the pseudo-handle line, in a run that has them', () => {
    expect(cardHeight(2, 1, true, true) - cardHeight(2, 1, true, false)).toBe(STD_H);
    expect(cardHeight(2, 1, false, true) - cardHeight(2, 1, false, false)).toBe(STD_H);
    const card = layout.processes.get(child.pid)!;
    const bottom = stdRowY(layout.pseudoY.get(child.pid)!, 2);
    expect(bottom).toBeLessThan(card.y + card.h);
    expect(stdRowY(100, 0)).toBe(100 + PSEUDO_H / 2 + (STD_H - 3 * 18) + 9);
  });
});
