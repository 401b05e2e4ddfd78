import { describe, expect, it } from 'vitest';
import { fitTransform, tooLargeToFit } from './fit.ts';

describe('fit to screen', () => {
  it('scales a large diagram down to fit and centres it', () => {
    const f = fitTransform({ width: 1000, height: 500 }, 516, 516, 8);
    expect(f.k).toBeCloseTo(0.5);
    expect(f.x).toBeCloseTo(8);
  });

  it('never blows a small diagram up past 1.5×', () => {
    expect(fitTransform({ width: 100, height: 100 }, 1000, 1000).k).toBe(1.5);
  });

  it('leaves the transform alone when the viewport has no size yet', () => {
    expect(fitTransform({ width: 100, height: 100 }, 0, 0)).toEqual({ x: 0, y: 0, k: 1 });
  });

  it('calls a diagram too large to fit when it would be drawn under 0.6×, and never before the viewport has a size', () => {
    expect(tooLargeToFit({ width: 800, height: 700 }, 396, 506)).toBe(true);
    expect(tooLargeToFit({ width: 800, height: 700 }, 690, 629)).toBe(false);
    expect(tooLargeToFit({ width: 800, height: 700 }, 0, 0)).toBe(false);
  });
});
