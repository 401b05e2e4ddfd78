import { describe, expect, it } from 'vitest';
import { NATIVES } from '../natives.ts';
import { nextRand } from './misc.ts';
import { testContext, type TestContext } from './test-support.ts';

function call(ctx: TestContext, name: string, ...args: number[]) {
  const native = NATIVES[name];
  if (native === undefined) throw new Error(`no native ${name}`);
  return native.call(ctx, args, []);
}
const valueOf = (ctx: TestContext, name: string, ...args: number[]): number => {
  const r = call(ctx, name, ...args);
  if (r.kind !== 'value') throw new Error('no value');
  return Number(r.value);
};

describe('rand, srand, exit, abs, setlocale', () => {
  it('rand gives the MSVC sequence for the default seed 1', () => {
    const ctx = testContext();
    const seq = Array.from({ length: 5 }, () => valueOf(ctx, 'rand'));
    expect(seq).toEqual([41, 18467, 6334, 26500, 19169]);
  });

  it('srand restarts the sequence, kept per process in its own memory', () => {
    const a = testContext({ pid: 100 });
    const b = testContext({ pid: 104 });
    valueOf(a, 'rand');
    valueOf(a, 'srand', 1);
    expect(valueOf(a, 'rand')).toBe(41);
    expect(valueOf(b, 'rand')).toBe(41);
    expect(nextRand(42)[1]).toBe(175);
  });

  it('a fresh memory for the same pid (another run) starts from seed 1 again', () => {
    valueOf(testContext({ pid: 200 }), 'rand');
    expect(valueOf(testContext({ pid: 200 }), 'rand')).toBe(41);
  });

  it('exit ends the process with its code', () => {
    expect(call(testContext(), 'exit', 3)).toEqual({ kind: 'exit', code: 3 });
  });

  it('abs keeps INT_MIN as MSVC does', () => {
    const ctx = testContext();
    expect(valueOf(ctx, 'abs', -5)).toBe(5);
    expect(valueOf(ctx, 'abs', -2147483648)).toBe(-2147483648);
  });

  it('setlocale answers the full locale name, "C" until changed, NULL for an unknown name', () => {
    const ctx = testContext();
    expect(ctx.mem.str(valueOf(ctx, '_wsetlocale', 0, 0), 2)).toBe('C');
    expect(ctx.mem.str(valueOf(ctx, '_wsetlocale', 0, ctx.mem.string('k', 'korean', 2)), 2)).toBe(
      'Korean_Korea.949',
    );
    expect(ctx.mem.str(valueOf(ctx, 'setlocale', 0, 0), 1)).toBe('Korean_Korea.949');
    expect(valueOf(ctx, 'setlocale', 0, ctx.mem.string('x', 'klingon', 1))).toBe(0);
  });
});
