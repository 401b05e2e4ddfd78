import { describe, expect, it } from 'vitest';
import { fixtureRun } from '../ui/dev/fixture-run.ts';
import type { StepView } from '../sim/view.ts';
import { ROW_H } from './metrics.ts';
import { handleRowY, layoutDiagram } from './positions.ts';
import { layoutShape } from './shape.ts';
import { rowSlides } from './slide.ts';

const run = fixtureRun();
const layout = layoutDiagram(layoutShape(run.shape()));
const x = (pid: number) => layout.processes.get(pid)?.x ?? NaN;

describe('row slides', () => {
  it('slides each row CreateProcess copied into the child from the parent row it copies', () => {
    // Step 4: the child (pid 8) inherits 0x8 and 0xC, rows 1 and 2 of the parent, as its rows 0 and 1.
    const slides = rowSlides(run.view(4), layout);
    expect(slides).toEqual([
      { pid: 8, value: 8, kind: 'inherited', dx: x(4) - x(8), dy: ROW_H },
      { pid: 8, value: 12, kind: 'inherited', dx: x(4) - x(8), dy: ROW_H },
    ]);
  });

  it('does not slide rows that were opened, nor rows of other steps', () => {
    expect(rowSlides(run.view(6), layout)).toEqual([]);
    expect(rowSlides(run.view(5), layout)).toEqual([]);
  });

  it('slides a DuplicateHandle row from its source row, or from the "me" line for a pseudo handle', () => {
    const base = run.view(6);
    const dup = (fromValue: number): StepView => ({
      ...base,
      processes: base.processes.map((p) =>
        p.pid !== 8
          ? p
          : {
              ...p,
              handles: p.handles.map((h) =>
                h.value === 16 ? { ...h, origin: { kind: 'duplicated', fromPid: 4, fromValue } } : h,
              ),
            },
      ),
    });
    const parent = layout.processes.get(4);
    const child = layout.processes.get(8);
    if (!parent || !child) throw new Error('fixture has cards for 4 and 8');
    // 0x10 is the child's third row (index 2); 0x4 is the parent's first (index 0).
    expect(rowSlides(dup(4), layout)).toEqual([
      {
        pid: 8,
        value: 16,
        kind: 'duplicated',
        dx: x(4) - x(8),
        dy: handleRowY(parent, 0) - handleRowY(child, 2),
      },
    ]);
    expect(rowSlides(dup(-1), layout)).toEqual([
      {
        pid: 8,
        value: 16,
        kind: 'duplicated',
        dx: x(4) - x(8),
        dy: (layout.pseudoY.get(4) ?? NaN) - handleRowY(child, 2),
      },
    ]);
  });
});
