import { describe, expect, it } from 'vitest';
import { findScenario } from '../scenarios/index.ts';
import type { BuildProgress, RunSpec, StartResult } from './index.ts';
import { buildRun, startRun } from './index.ts';

function spec(id: string): RunSpec {
  const s = findScenario(id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s.spec;
}

/** Drives `buildRun` to the end, keeping what each piece reported. */
function drive(s: RunSpec, stepsPerPiece: number): { result: StartResult; pieces: BuildProgress[] } {
  const build = buildRun(s, stepsPerPiece);
  const pieces: BuildProgress[] = [];
  for (;;) {
    const next = build.next();
    if (next.done) return { result: next.value, pieces };
    pieces.push(next.value);
  }
}

describe('a run built in pieces', () => {
  it('is the run startRun gives, step for step', () => {
    const whole = startRun(spec('mailslot'));
    const { result } = drive(spec('mailslot'), 3);
    if (!whole.ok || !result.ok) throw new Error('the mailslot scenario does not compile');
    expect(result.run.length).toBe(whole.run.length);
    expect(result.run.end).toEqual(whole.run.end);
    expect(result.run.markers()).toEqual(whole.run.markers());
    expect(result.run.shape()).toEqual(whole.run.shape());
    for (const at of [0, 1, 7, Math.floor(whole.run.length / 2), whole.run.length])
      expect(result.run.view(at)).toEqual(whole.run.view(at));
  });

  it('compiles the headers, then one program per piece, then boots, then computes a few steps per piece', () => {
    const s = spec('pipe-parent-child');
    const { result, pieces } = drive(s, 8);
    if (!result.ok) throw new Error('the scenario does not compile');
    expect(pieces.slice(0, s.programs.length + 1)).toEqual([
      { kind: 'headers' },
      ...s.programs.map((p) => ({ kind: 'compiled', file: p.name })),
    ]);
    expect(pieces[s.programs.length + 1]).toEqual({ kind: 'booted' });
    const steps = pieces.flatMap((p) => (p.kind === 'stepped' ? [p.step] : []));
    expect(steps.length).toBeGreaterThan(result.run.length / 40);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps.at(-1)).toBeLessThan(result.run.length + 1);
  });

  it('returns every compile error, as startRun does', () => {
    const s = spec('mailslot');
    const broken: RunSpec = {
      ...s,
      programs: s.programs.map((p) => ({ ...p, text: `${p.text}\nint broken(void) { return nope; }\n` })),
    };
    const { result, pieces } = drive(broken, 4);
    expect(result.ok).toBe(false);
    expect(result).toEqual(startRun(broken));
    expect(pieces).toHaveLength(s.programs.length + 1);
  });
});
