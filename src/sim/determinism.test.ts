import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../scenarios/index.ts';
import { traceOf } from './trace.ts';

const seed = Number(process.env['FC_SEED'] ?? 20261125);

describe('determinism', () => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    'runs scenario %s to the same trace twice, and through JSON',
    (_id, s) => {
      const a = traceOf(s.spec);
      const b = traceOf(s.spec);
      expect(b).toEqual(a);
      expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    },
  );

  it('gives the same trace for the same schedule, whatever the schedule', () => {
    const scenarios = SCENARIOS.filter((s) => s.spec.launch.length > 0);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: scenarios.length - 1 }),
        fc.array(fc.nat(7), { maxLength: 60 }),
        (i, picks) => {
          const spec = scenarios[i]!.spec;
          const chooser = () => {
            let k = 0;
            return (runnable: readonly number[]) =>
              runnable[(picks[k++ % Math.max(1, picks.length)] ?? 0) % Math.max(1, runnable.length)];
          };
          const a = traceOf(spec, chooser());
          const b = traceOf(spec, chooser());
          expect(b).toEqual(a);
        },
      ),
      { seed, numRuns: 12 },
    );
  });
});
