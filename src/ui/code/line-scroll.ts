/** Where to scroll a code box so that a line is in view: pure arithmetic, no DOM. */

export interface LineGeometry {
  /** The box's visible height (clientHeight), px. */
  readonly boxHeight: number;
  /** The top of the first line within the box's content (the box's top padding), px. */
  readonly listTop: number;
  readonly lineHeight: number;
  readonly lineCount: number;
}

/** Room kept below a line before the box scrolls, px: a line at the very bottom edge is hard to see. */
const BOTTOM_ROOM = 40;

/**
 * The scroll position that brings line `n` (1-based) into view, a third of the way down, or null
 * when it is already in view at `scrollTop` (no scroll: the reader's own scrolling is kept).
 * Never past the end of the content.
 */
export function lineScrollTop(g: LineGeometry, n: number, scrollTop: number): number | null {
  const top = g.listTop + (n - 1) * g.lineHeight;
  if (top >= scrollTop && top <= scrollTop + g.boxHeight - BOTTOM_ROOM) return null;
  const max = Math.max(0, g.listTop * 2 + g.lineCount * g.lineHeight - g.boxHeight);
  return Math.round(Math.min(max, Math.max(0, top - g.boxHeight / 3)));
}
