import { describe, expect, it } from 'vitest';
import { OFFERED_FUNCTIONS } from '../headers/index.ts';
import { NATIVES } from '../natives.ts';

describe('the natives registry', () => {
  it('has a native for every function the headers offer', () => {
    const missing = OFFERED_FUNCTIONS.filter((name) => NATIVES[name] === undefined);
    expect(missing).toEqual([]);
  });

  it('registers each native under its own name', () => {
    for (const [name, native] of Object.entries(NATIVES)) expect(native.name).toBe(name);
  });

  it('offers nothing the headers do not declare, except the runtime helpers they expand to', () => {
    const offered = new Set(OFFERED_FUNCTIONS);
    expect(Object.keys(NATIVES).filter((n) => !offered.has(n))).toEqual([]);
  });
});
