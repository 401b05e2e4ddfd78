import { describe, expect, it } from 'vitest';
import type { Run } from '../sim/index.ts';
import { startRun } from '../sim/index.ts';
import type { RunSpec } from '../sim/run-api.ts';
import { SCENARIOS, findScenario } from './index.ts';
import type { Scenario } from './model.ts';
import {
  answerOf,
  baseApiName,
  imageOfFile,
  linesContaining,
  placeTutorial,
  resolveAnchor,
} from './tutorial.ts';
import { applyPatches, applyWhatIfs } from './what-if.ts';

/** The choice the simulation must pick for each question, derived from docs/spec (win32.md). */
const EXPECTED_ANSWERS: Readonly<Record<string, string>> = {
  'mailslot/usage-after-open': 'two',
  'mailslot/first-read': 'ten',
  'mailslot-one-way/receiver-write-error': 'denied',
  'mailslot-one-way/first-info': 'four',
  'mailslot-one-way/sender-read-error': 'false',
  'kernel-object-state/still-active': 'active',
  'kernel-object-state/wait-state': 'blocked',
  'kernel-object-state/total': 'sum',
  'environment/good-in-child': 'morning',
  'environment/missing-error': 'envvar',
  'handle-inheritance/inherited-write': 'true',
  'handle-inheritance/private-write': 'invalid',
  'duplicate-handle/child-active': 'yes',
  'duplicate-handle/parent-code': 'seven',
  'anonymous-pipe/one-read': 'both',
  'anonymous-pipe/read-on-write-end': 'denied',
  'pipe-parent-child/chunk': 'hello',
  'pipe-parent-child/eof': 'broken',
  'pipe-parent-child/end': 'exited',
  'named-pipe/first-reply': 'one',
  'named-pipe/busy-error': 'blocked',
  'named-pipe-file/chunks': 'chunk',
  'named-pipe-file/end-error': 'notconnected',
  'usage-count/after-create': 'two',
  'usage-count/after-duplicate': 'three',
  'usage-count/after-close': 'gone',
  'usage-count/leaked': 'one',
  'pipe-redirect/buffered': 'crlf',
  'pipe-redirect/one-read': 'all',
  'pipe-redirect/eof': 'broken',
  'suspended/still-active': 'still',
  'suspended/child-state': 'suspended',
  'suspended/resume-result': 'one',
};

const runs = new Map<string, Run>();
function runOf(spec: RunSpec, key: string): Run {
  const hit = runs.get(key);
  if (hit) return hit;
  const r = startRun(spec);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  runs.set(key, r.run);
  return r.run;
}
const baseRun = (s: Scenario): Run => runOf(s.spec, s.id);

describe('tutorial helpers', () => {
  it('read CreateFileW and CreateFileA as CreateFile but leave other names alone', () => {
    expect(baseApiName('CreateFileW')).toBe('CreateFile');
    expect(baseApiName('CreateMailslotA')).toBe('CreateMailslot');
    expect(baseApiName('ReadFile')).toBe('ReadFile');
    expect(baseApiName('GetLastError')).toBe('GetLastError');
  });

  it('name a program’s image after its file and find lines by their text', () => {
    expect(imageOfFile('PipeChild.c')).toBe('PipeChild.exe');
    expect(linesContaining('a\nbb\ncb\n', 'b')).toEqual([2, 3]);
  });

  it('refuse a patch whose text is missing or repeated', () => {
    const spec: RunSpec = { programs: [{ name: 'A.c', text: 'x x y' }], launch: ['A.exe'] };
    expect(() => applyPatches(spec, [{ file: 'A.c', find: 'x', replace: 'z' }])).toThrow(/2 times/);
    expect(() => applyPatches(spec, [{ file: 'A.c', find: 'q', replace: 'z' }])).toThrow(/0 times/);
    expect(() => applyPatches(spec, [{ file: 'B.c', find: 'x', replace: 'z' }])).toThrow(/no program/);
    expect(applyPatches(spec, [{ file: 'A.c', find: 'y', replace: '$&z' }]).programs[0]?.text).toBe(
      'x x $&z',
    );
  });
});

describe.each(SCENARIOS.map((s) => [s.id, s] as const))('the tutorial of %s', (id, s) => {
  it('finds a step for every narration anchor, in the order the story is told', () => {
    const r = baseRun(s);
    let last = 0;
    for (const n of s.tutorial?.narration ?? []) {
      const step = resolveAnchor(r, n.at) ?? -1;
      expect(step, n.id).toBeGreaterThanOrEqual(last);
      last = step;
    }
  });

  it('lets the simulation decide every predict question, and it picks the choice the spec predicts', () => {
    const r = baseRun(s);
    for (const q of s.tutorial?.questions ?? []) {
      const answer = answerOf(r, q);
      expect(answer, `${q.id}: anchor reached`).toBeDefined();
      expect(answer?.correct?.id, `${q.id}: observed ${answer?.observed}`).toBe(
        EXPECTED_ANSWERS[`${id}/${q.id}`],
      );
    }
  });
});

describe('answers follow the simulation, not the data', () => {
  it('a byte-mode client makes "the messages run together" the right answer', () => {
    const s = findScenario('named-pipe');
    const w = s?.whatIfs?.find((x) => x.id === 'byte-read-mode');
    const q = s?.tutorial?.questions.find((x) => x.id === 'first-reply');
    if (!s || !w || !q) throw new Error('named-pipe data missing');
    const r = runOf(applyWhatIfs(s.spec, [w]), 'named-pipe/byte-read-mode');
    expect(answerOf(r, q)?.correct?.id).toBe('joined');
  });

  it('reading exit codes without waiting makes STILL_ACTIVE the right answer', () => {
    const s = findScenario('kernel-object-state');
    const w = s?.whatIfs?.find((x) => x.id === 'no-wait');
    const q = s?.tutorial?.questions.find((x) => x.id === 'total');
    if (!s || !w || !q) throw new Error('kernel-object-state data missing');
    const r = runOf(applyWhatIfs(s.spec, [w]), 'kernel-object-state/no-wait');
    expect(answerOf(r, q)?.correct?.id).toBe('active');
  });

  it('a forgotten write end makes "deadlock" the right answer', () => {
    const s = findScenario('pipe-parent-child');
    const w = s?.whatIfs?.find((x) => x.id === 'keep-write-end');
    const q = s?.tutorial?.questions.find((x) => x.id === 'end');
    if (!s || !w || !q) throw new Error('pipe-parent-child data missing');
    const r = runOf(applyWhatIfs(s.spec, [w]), 'pipe-parent-child/keep-write-end');
    expect(answerOf(r, q)?.correct?.id).toBe('deadlock');
  });

  it('closing the leaked handle makes worker 2’s object gone at the Sleep', () => {
    const s = findScenario('usage-count');
    const w = s?.whatIfs?.find((x) => x.id === 'close-leaked-handle');
    const q = s?.tutorial?.questions.find((x) => x.id === 'leaked');
    if (!s || !w || !q) throw new Error('usage-count data missing');
    const r = runOf(applyWhatIfs(s.spec, [w]), 'usage-count/close-leaked-handle');
    expect(answerOf(r, q)?.correct?.id).toBe('gone');
  });

  it('NULL standard handles make "nothing waits in the buffer" the right answer', () => {
    const s = findScenario('pipe-redirect');
    const w = s?.whatIfs?.find((x) => x.id === 'no-inherit-handles');
    const q = s?.tutorial?.questions.find((x) => x.id === 'buffered');
    if (!s || !w || !q) throw new Error('pipe-redirect data missing');
    const r = runOf(applyWhatIfs(s.spec, [w]), 'pipe-redirect/no-inherit-handles');
    expect(answerOf(r, q)?.correct?.id).toBe('none');
  });

  it('a forgotten ResumeThread leaves the child suspended at the end of a deadlocked run', () => {
    const s = findScenario('suspended');
    const w = s?.whatIfs?.find((x) => x.id === 'forget-resume');
    const q = s?.tutorial?.questions.find((x) => x.id === 'child-state');
    if (!s || !w || !q) throw new Error('suspended data missing');
    const r = runOf(applyWhatIfs(s.spec, [w]), 'suspended/forget-resume');
    expect(answerOf(r, q)?.correct?.id).toBe('suspended');
    expect(answerOf(r, { ...q, at: { kind: 'end' } })?.observed).toBe('suspended');
    expect(r.end?.reason).toBe('deadlock');
  });

  it('places a patched run’s tutorial without the anchors the patch removed', () => {
    const s = findScenario('pipe-parent-child');
    const w = s?.whatIfs?.find((x) => x.id === 'keep-write-end');
    if (!s?.tutorial || !w) throw new Error('pipe-parent-child data missing');
    const placed = placeTutorial(
      runOf(applyWhatIfs(s.spec, [w]), 'pipe-parent-child/keep-write-end'),
      s.tutorial,
    );
    const ids = placed.narration.map((p) => p.item.id);
    expect(ids).toEqual(['private-write-end', 'create']);
    expect(placed.questions.map((p) => p.item.id)).toEqual(['chunk', 'end']);
    const steps = placed.questions.map((p) => p.step);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
  });

  it('has an expected answer for every question and no stale ones', () => {
    const keys = SCENARIOS.flatMap((s) => (s.tutorial?.questions ?? []).map((q) => `${s.id}/${q.id}`));
    expect(Object.keys(EXPECTED_ANSWERS).sort()).toEqual([...keys].sort());
  });
});
