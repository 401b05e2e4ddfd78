import { describe, expect, it } from 'vitest';
import { DECISION_SOURCE, isSimulatorDecision, withDecisionWords } from './fact-source.ts';
import { FACTS } from './facts.ts';

describe('a fact source that marks a simulator decision', () => {
  it('is recognised alone, beside other sources, and in any letter case', () => {
    expect(isSimulatorDecision(DECISION_SOURCE)).toBe(true);
    expect(isSimulatorDecision('Wine pipe.c; Simulator Decision for the order')).toBe(true);
    expect(isSimulatorDecision('wine dlls/kernel32/tests/pipe.c test_CreateNamedPipe')).toBe(false);
  });

  it('has every mention put in other words, the rest of the source kept', () => {
    expect(withDecisionWords('Simulator decision; see also simulator decision', '시뮬레이터의 결정')).toBe(
      '시뮬레이터의 결정; see also 시뮬레이터의 결정',
    );
    expect(withDecisionWords('wine pipe.c', 'x')).toBe('wine pipe.c');
  });

  it('is what the kernel facts cite for their own decisions (some facts are decisions, most are not)', () => {
    const decisions = FACTS.filter((f) => isSimulatorDecision(f.source));
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.length).toBeLessThan(FACTS.length / 2);
    expect(FACTS.find((f) => f.id === '8.1')?.source).toBe(DECISION_SOURCE);
  });
});
