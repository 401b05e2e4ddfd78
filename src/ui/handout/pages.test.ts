import { describe, expect, it } from 'vitest';
import { pageSteps } from './pages.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('the steps a handout prints', () => {
  it('are every step asked for when they fit', () => {
    expect(pageSteps([0, 3, 7], [1, 2], 5)).toEqual([0, 3, 7]);
  });

  it('are the first, the last and the marked ones when there are too many', () => {
    expect(pageSteps(range(100), [10, 20, 30, 200], 10)).toEqual([0, 10, 20, 30, 99]);
  });

  it('are thinned evenly, first and last kept, when even the marked ones are too many', () => {
    const pages = pageSteps(range(100_001), range(100_001), 200);
    expect(pages).toHaveLength(200);
    expect(pages[0]).toBe(0);
    expect(pages.at(-1)).toBe(100_000);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });
});
