/**
 * The thin dotted "std" links: from a process's standard-handle row to the row of its own handle
 * table that the stream goes through (stdout 0x8 → the row 0x8, whose handle arrow goes on to
 * the pipe), looping round the card's left side. A stream on the console or NULL has no link.
 * The linked handle is the one the C runtime uses (fact C.3: the one the process started with),
 * else the current one. Pure: the step's view and the run's layout in, paths out.
 */
import { line, curveBasis } from 'd3-shape';
import type { StdHandleView, StepView } from '../sim/view.ts';
import { STD_PAD, stdRowY } from './metrics.ts';
import type { DiagramLayout, Rect } from './positions.ts';
import { handleRowY } from './positions.ts';

type Point = readonly [number, number];

export interface StdLink {
  /** Stable key: `std-<pid>-<stream>`. */
  readonly key: string;
  readonly pid: number;
  readonly stream: StdHandleView['stream'];
  /** The handle value the link points at (a row of the same card's table). */
  readonly value: number;
  readonly d: string;
  readonly changed: boolean;
}

/** How far left of the card the loop runs: inside the 30–36 px loops of duplication arrows. */
const LOOP = 14 + STD_PAD;
const smooth = line<Point>().curve(curveBasis);

/** The handle a std row links to: the C runtime's when it is a table row, else the current one. */
export function linkedValue(row: StdHandleView): number | undefined {
  if (row.runtime?.target.kind === 'handle') return row.runtime.value;
  return row.target.kind === 'handle' ? row.value : undefined;
}

export function stdLinkPath(card: Rect, fromY: number, rowIndex: number): string {
  const toY = handleRowY(card, rowIndex);
  const x = card.x - LOOP;
  const points: Point[] = [
    [card.x, fromY],
    [x, fromY],
    [x, fromY],
    [x, toY],
    [x, toY],
    [card.x, toY],
  ];
  return smooth(points) ?? '';
}

export function stdLinks(view: StepView, layout: DiagramLayout): StdLink[] {
  const links: StdLink[] = [];
  for (const p of view.processes) {
    const card = layout.processes.get(p.pid);
    const pseudoY = layout.pseudoY.get(p.pid);
    if (!card || pseudoY === undefined) continue;
    p.std.forEach((row, i) => {
      const value = linkedValue(row);
      const index = value === undefined ? -1 : p.handles.findIndex((h) => h.value === value);
      if (value === undefined || index < 0) return;
      links.push({
        key: `std-${p.pid}-${row.stream}`,
        pid: p.pid,
        stream: row.stream,
        value,
        d: stdLinkPath(card, stdRowY(pseudoY, i), index),
        changed: row.changed,
      });
    });
  }
  return links;
}
