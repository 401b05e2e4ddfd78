import { describe, expect, it } from 'vitest';
import { lineScrollTop, type LineGeometry } from './line-scroll.ts';

const g: LineGeometry = { boxHeight: 200, listTop: 4, lineHeight: 20, lineCount: 100 };

describe('lineScrollTop', () => {
  it('leaves the box alone when the line is already in view', () => {
    expect(lineScrollTop(g, 1, 0)).toBeNull();
    expect(lineScrollTop(g, 8, 0)).toBeNull();
  });

  it('scrolls a line near the bottom edge up to a third of the way down', () => {
    // line 10 starts at 184, past 200 - 40
    expect(lineScrollTop(g, 10, 0)).toBe(Math.round(184 - 200 / 3));
  });

  it('scrolls back up to a line above the view', () => {
    expect(lineScrollTop(g, 2, 500)).toBe(0);
    expect(lineScrollTop(g, 40, 1000)).toBe(Math.round(4 + 39 * 20 - 200 / 3));
  });

  it('never scrolls past the end of the content', () => {
    expect(lineScrollTop(g, 100, 0)).toBe(4 * 2 + 100 * 20 - 200);
  });
});
