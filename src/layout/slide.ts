/**
 * Cause → effect motion for handle rows: a row that CreateProcess copied into a child, or that
 * DuplicateHandle made, starts where its source is drawn and slides into place. This computes
 * only the offsets (layout units, "First" minus "Last" of a FLIP animation); the UI plays them.
 */
import type { StepView } from '../sim/view.ts';
import { handleRowY, type DiagramLayout } from './positions.ts';

export interface RowSlide {
  readonly pid: number;
  readonly value: number;
  readonly kind: 'inherited' | 'duplicated';
  /** Where the row starts, relative to where it ends. */
  readonly dx: number;
  readonly dy: number;
}

/**
 * One slide per row this step inherited or duplicated: from the source row (same table layout,
 * so the offset is between the two rows' positions), or from the "me" line under the table when
 * the source was a pseudo handle. Rows whose source is not drawn do not slide.
 */
export function rowSlides(view: StepView, layout: DiagramLayout): RowSlide[] {
  const out: RowSlide[] = [];
  for (const p of view.processes) {
    const card = layout.processes.get(p.pid);
    if (!card) continue;
    p.handles.forEach((h, index) => {
      const origin = h.origin;
      if (!h.changed || !origin || origin.kind === 'opened') return;
      const fromCard = layout.processes.get(origin.fromPid);
      if (!fromCard) return;
      const fromIndex =
        view.processes
          .find((q) => q.pid === origin.fromPid)
          ?.handles.findIndex((r) => r.value === origin.fromValue) ?? -1;
      const fromY =
        fromIndex >= 0
          ? handleRowY(fromCard, fromIndex)
          : origin.fromValue < 0
            ? layout.pseudoY.get(origin.fromPid)
            : undefined;
      if (fromY === undefined) return;
      const dx = fromCard.x - card.x;
      const dy = fromY - handleRowY(card, index);
      if (dx !== 0 || dy !== 0) out.push({ pid: p.pid, value: h.value, kind: origin.kind, dx, dy });
    });
  }
  return out;
}
