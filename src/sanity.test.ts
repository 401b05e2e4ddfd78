import { describe, expect, it } from 'vitest';

describe('the test runner', () => {
  it('runs TypeScript tests', () => {
    expect(1 + 1).toBe(2);
  });
});
