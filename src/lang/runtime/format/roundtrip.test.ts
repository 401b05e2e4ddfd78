import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArgCursor, formatPrintf } from './printf.ts';
import { scan } from './scanf.ts';

const env = { width: 1 as const, readString: () => '' };
const printf = (fmt: string, ...args: number[]) => formatPrintf(fmt, new ArgCursor(args), env);
const int32 = fc.integer({ min: -2147483648, max: 2147483647 });

describe('printf and scanf agree', () => {
  it('%d prints any int as JavaScript does', () => {
    fc.assert(fc.property(int32, (n) => printf('%d', n) === String(n)));
  });

  it('%u and %x print the 32-bit two’s complement', () => {
    fc.assert(fc.property(int32, (n) => printf('%u %x', n, n) === `${n >>> 0} ${(n >>> 0).toString(16)}`));
  });

  it('scanf %d reads back what printf %d wrote, whatever the padding', () => {
    fc.assert(
      fc.property(int32, fc.integer({ min: 0, max: 20 }), (n, width) => {
        const r = scan('%d', printf(`%${width}d`, n), true, 1);
        return r.status === 'done' && r.values[0]?.kind === 'int' && Number(r.values[0].value) === n;
      }),
    );
  });

  it('scanf %lf reads back what printf %.17g wrote, exactly', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (d) => {
        const r = scan('%lf', printf('%.17g', d), true, 1);
        return r.status === 'done' && r.values[0]?.kind === 'float' && Object.is(r.values[0].value, d);
      }),
    );
  });

  it('%.Nf matches toFixed for ordinary magnitudes', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e15, max: 1e15, noNaN: true }),
        fc.integer({ min: 0, max: 10 }),
        (d, p) => {
          const want = (Object.is(d, -0) ? '-' : '') + d.toFixed(p);
          expect(printf(`%.${p}f`, d)).toBe(want.startsWith('--') ? want.slice(1) : want);
        },
      ),
    );
  });
});
