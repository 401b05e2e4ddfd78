import { describe, expect, it } from 'vitest';
import type { Narration, PredictQuestion } from '../scenarios/model.ts';
import type { PlacedTutorial } from '../scenarios/tutorial.ts';
import type { ProcessStateView, StepView } from '../sim/view.ts';
import { SCENARIOS } from '../scenarios/index.ts';
import { startRun } from '../sim/index.ts';
import {
  anchorSteps,
  diffOutcomes,
  formatWhatIfs,
  hasChanges,
  keySteps,
  outcomeOf,
  parseWhatIfs,
  specWithWhatIfs,
  teachingOf,
  tutorialAt,
  type RunOutcome,
} from './tutorial.ts';
import { createTutorialStore, selectPrediction } from './tutorial-store.ts';
import { parseUrl } from './url.ts';

const note = (id: string) => ({ id }) as unknown as Narration;
const question = (id: string) => ({ id }) as unknown as PredictQuestion;
const placed: PlacedTutorial = {
  narration: [
    { step: 3, item: note('a') },
    { step: 9, item: note('b') },
  ],
  questions: [
    { step: 5, item: question('q1') },
    { step: 9, item: question('q2') },
  ],
};

describe('tutorial at a step', () => {
  it('asks a question on the step before its anchor and reveals it on the anchor', () => {
    expect(tutorialAt(placed, 4).ask.map((q) => q.item.id)).toEqual(['q1']);
    expect(tutorialAt(placed, 4).reveal).toEqual([]);
    expect(tutorialAt(placed, 5).reveal.map((q) => q.item.id)).toEqual(['q1']);
    expect(tutorialAt(placed, 5).ask).toEqual([]);
  });

  it('shows the narration anchored on the very step only', () => {
    expect(tutorialAt(placed, 3).narration.map((n) => n.item.id)).toEqual(['a']);
    expect(tutorialAt(placed, 4).narration).toEqual([]);
  });

  it('lists key steps in order, a question landing one step before its anchor', () => {
    expect(keySteps(placed).map((k) => [k.id, k.target])).toEqual([
      ['a', 3],
      ['q1', 4],
      ['q2', 8],
      ['b', 9],
    ]);
  });

  it('gives one handout page per distinct anchor step', () => {
    expect(anchorSteps(placed)).toEqual([3, 5, 9]);
  });
});

describe('the whatif URL parameter', () => {
  it('reads a comma list or repeated parameters, without duplicates', () => {
    expect(parseWhatIfs('?whatif=a,b&whatif=b&whatif=c')).toEqual(['a', 'b', 'c']);
    expect(parseWhatIfs('?scenario=x')).toEqual([]);
    expect(parseUrl('?scenario=x&whatif=keep-write-end').whatIfs).toEqual(['keep-write-end']);
  });

  it('writes the toggles while keeping the other parameters, and drops an empty list', () => {
    expect(formatWhatIfs('?scenario=a&step=4', ['x', 'y'])).toBe('?scenario=a&step=4&whatif=x%2Cy');
    expect(parseWhatIfs(formatWhatIfs('?scenario=a&step=4', ['x', 'y']))).toEqual(['x', 'y']);
    expect(formatWhatIfs('?scenario=a&whatif=x', [])).toBe('?scenario=a');
  });

  it('opens the handout page by URL', () => {
    expect(parseUrl('?page=handout&scenario=a').page).toBe('handout');
  });
});

const pipe = SCENARIOS.find((s) => s.id === 'pipe-parent-child')!;

describe('what-if specs', () => {
  it('applies only the toggles the scenario knows', () => {
    expect(specWithWhatIfs(pipe, [])).toBe(pipe.spec);
    expect(specWithWhatIfs(pipe, ['no-such-toggle'])).toBe(pipe.spec);
    const patched = specWithWhatIfs(pipe, ['keep-write-end']);
    expect(patched.programs.find((p) => p.name === 'PipeParent.c')?.text).toContain('forgotten');
  });

  it('finds the tutorial and toggles of a registry entry', () => {
    const { tutorial, whatIfs } = teachingOf(pipe);
    expect(tutorial?.questions.length).toBeGreaterThan(0);
    expect(whatIfs.map((w) => w.id)).toContain('keep-write-end');
    expect(teachingOf(undefined).whatIfs).toEqual([]);
  });
});

const exited = (exitCode: number): ProcessStateView => ({ kind: 'exited', exitCode });
const blocked: ProcessStateView = {
  kind: 'blocked',
  what: 'ReadFile on an empty anonymous pipe',
  words: { key: 'readPipe', args: {} },
  objectIds: [3],
};
const outcome = (end: StepView['end'], ...ps: [string, string, ProcessStateView][]): RunOutcome => ({
  end,
  processes: ps.map(([key, console, state]) => ({ key, console, state })),
});

describe('comparing runs', () => {
  it('keeps the common first console lines and lists what differs after them', () => {
    const before = outcome({ reason: 'exited' }, ['Child.exe', 'a\nb\nfailed\n', exited(0)]);
    const after = outcome({ reason: 'exited' }, ['Child.exe', 'a\nb\n', blocked]);
    const [p] = diffOutcomes(before, after).processes;
    expect(p).toMatchObject({
      key: 'Child.exe',
      sameLines: 2,
      removed: ['failed'],
      added: [],
      stateChanged: true,
    });
  });

  it('sees no change between a run and itself', () => {
    const o = outcome({ reason: 'exited' }, ['A.exe', 'x\n', exited(0)]);
    expect(hasChanges(diffOutcomes(o, o))).toBe(false);
  });

  it('shows a process that exists in only one run as not started in the other', () => {
    const diff = diffOutcomes(outcome(null), outcome(null, ['A.exe', '', exited(1)]));
    expect(diff.processes[0]).toMatchObject({ before: null, stateChanged: true });
  });

  it('turns the forgotten CloseHandle into a deadlock that the child never reports', () => {
    const original = startRun(pipe.spec);
    const changed = startRun(specWithWhatIfs(pipe, ['keep-write-end']));
    if (!original.ok || !changed.ok) throw new Error('compile');
    const diff = diffOutcomes(outcomeOf(original.run), outcomeOf(changed.run));
    expect(diff.endBefore?.reason).toBe('exited');
    expect(diff.endAfter?.reason).toBe('deadlock');
    const child = diff.processes.find((p) => p.key === 'PipeChild.exe');
    expect(child?.removed).toContain('ReadFile failed: error 109');
    expect(child?.after?.kind).toBe('blocked');
  });

  it('tells apart two processes of the same image by creation order', () => {
    const run = {
      length: 0,
      view: () =>
        ({
          end: null,
          processes: [
            { image: 'W.exe', console: '', state: exited(0) },
            { image: 'W.exe', console: '', state: exited(0) },
          ],
        }) as unknown as StepView,
    };
    expect(outcomeOf(run).processes.map((p) => p.key)).toEqual(['W.exe', 'W.exe #2']);
  });
});

describe('tutorial store', () => {
  it('remembers a prediction per scenario and question', () => {
    const store = createTutorialStore();
    store.getState().predict('s', 'q', 'c1');
    store.getState().predict('s', 'q', 'c2');
    expect(selectPrediction('s', 'q')(store.getState())).toBe('c2');
    expect(selectPrediction('other', 'q')(store.getState())).toBeUndefined();
    expect(selectPrediction(null, 'q')(store.getState())).toBeUndefined();
  });

  it('forgets only the reset scenario’s predictions', () => {
    const store = createTutorialStore();
    store.getState().predict('s', 'q', 'c1');
    store.getState().predict('t', 'q', 'c1');
    store.getState().reset('s');
    expect(store.getState().predictions).toEqual({ 't/q': 'c1' });
  });

  it('opens and closes one concept at a time', () => {
    const store = createTutorialStore();
    store.getState().openConcept('pipe-eof');
    expect(store.getState().concept).toBe('pipe-eof');
    store.getState().openConcept(null);
    expect(store.getState().concept).toBeNull();
  });
});
