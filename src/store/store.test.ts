import { describe, expect, it } from 'vitest';
import { fixtureRun } from '../ui/dev/fixture-run.ts';
import { nextKernelChange } from './cursor.ts';
import {
  selectActiveTab,
  selectAtEnd,
  selectFollow,
  selectObject,
  selectObjectIds,
  selectPosition,
  selectProcess,
  selectProcessIds,
  selectRunnablePids,
  selectSource,
} from './selectors.ts';
import { createAppStore } from './store.ts';
import { formatUrl, parseUrl } from './url.ts';

function loaded(step = 0, deadlock = false) {
  const store = createAppStore();
  store.getState().setRun('fixture', fixtureRun({ deadlock }), step);
  return store;
}

describe('cursor', () => {
  it('steps forward and back and stays within the run', () => {
    const store = loaded();
    store.getState().back();
    expect(store.getState().step).toBe(0);
    store.getState().forward();
    store.getState().forward();
    expect(store.getState().step).toBe(2);
    store.getState().end();
    store.getState().forward();
    expect(store.getState().step).toBe(store.getState().run?.length);
  });

  it('keeps the view of the current step in the state', () => {
    const store = loaded(3);
    expect(store.getState().view?.step).toBe(3);
  });

  it('jumps to the next step where the kernel changed', () => {
    const run = fixtureRun();
    expect(nextKernelChange(run, 1)).toBe(3);
  });

  it('clamps a step from a shared link that is past the end', () => {
    expect(loaded(999).getState().step).toBe(fixtureRun().length);
  });
});

describe('selectors', () => {
  it('lists the ids of processes and objects of the current step', () => {
    const s = loaded(4).getState();
    expect(selectProcessIds(s)).toEqual([4, 8]);
    expect(selectObjectIds(s)).toEqual([1, 2, 3, 4]);
  });

  it('returns the same record for the same step, so memoized items do not re-render', () => {
    const store = loaded(4);
    const a = selectProcess(8)(store.getState());
    store.getState().setStep(4);
    expect(selectProcess(8)(store.getState())).toBe(a);
  });

  it('keeps the records a step did not change, and the view just left as the previous one', () => {
    const store = loaded(0);
    for (let step = 1; step <= store.getState().run!.length; step++) {
      const before = store.getState().view!;
      store.getState().forward();
      const { view, prevView } = store.getState();
      expect(prevView).toBe(before);
      expect(view).toEqual(store.getState().run!.view(step));
      for (const p of view!.processes) {
        const old = before.processes.find((q) => q.pid === p.pid);
        expect(p === old).toBe(JSON.stringify(p) === JSON.stringify(old));
      }
    }
  });

  it('reads an object with its usage count', () => {
    expect(selectObject(3)(loaded(4).getState())?.usageCount).toBe(4);
  });

  it('finds the source of a process by its file name', () => {
    expect(selectSource(8)(loaded(4).getState())).toContain('WriteFile');
  });

  it('follows the process that ran unless the user picked a tab', () => {
    const store = loaded(6);
    expect(selectActiveTab(store.getState())).toBe(8);
    store.getState().setCodeTab(4);
    expect(selectActiveTab(store.getState())).toBe(4);
  });

  it('lists the processes that can take a step', () => {
    expect(selectRunnablePids(loaded(5).getState())).toEqual([8]);
  });

  it('tells the controller when the cursor reached a deadlock', () => {
    const store = loaded(999, true);
    expect(selectAtEnd(store.getState())).toBe(true);
    expect(selectPosition(store.getState())).toEqual({
      atEnd: true,
      end: 'deadlock',
      waitingForInput: false,
    });
  });
});

describe('url', () => {
  it('reads the scenario and step of a shared link', () => {
    expect(parseUrl('?scenario=mailslot&step=12')).toMatchObject({
      scenario: 'mailslot',
      step: 12,
      page: 'main',
    });
  });

  it('treats a bad step as step 0', () => {
    expect(parseUrl('?scenario=x&step=-3').step).toBe(0);
    expect(parseUrl('?step=abc').step).toBe(0);
  });

  it('writes the step while keeping other parameters', () => {
    expect(formatUrl('?lang=ko&scenario=a&step=1', 'a', 7)).toBe('?lang=ko&scenario=a&step=7');
  });

  it('opens the accuracy page by URL', () => {
    expect(parseUrl('?page=accuracy').page).toBe('accuracy');
  });

  it("reads a theme and presenter mode from a teacher's link", () => {
    expect(parseUrl('?theme=contrast&present=1')).toMatchObject({ theme: 'contrast', present: true });
    expect(parseUrl('?scenario=a')).toMatchObject({ theme: null, present: false });
  });
});

describe('choices and input', () => {
  it('lets a chosen process take the next step', () => {
    const store = loaded(5);
    store.getState().stepProcess(8);
    expect(store.getState().step).toBe(6);
  });

  it('keeps the step when console input is given', () => {
    const store = loaded(3);
    store.getState().giveInput(4, 'hi\n');
    expect(store.getState().step).toBe(3);
  });
});

describe('following the change', () => {
  it('is off outside presenter mode and on inside it, by default', () => {
    const store = createAppStore();
    expect(selectFollow(store.getState())).toBe(false);
    store.getState().setPresent(true);
    expect(selectFollow(store.getState())).toBe(true);
  });

  it('keeps a separate choice for each mode', () => {
    const store = createAppStore();
    store.getState().setFollow(true);
    store.getState().setPresent(true);
    store.getState().setFollow(false);
    expect(selectFollow(store.getState())).toBe(false);
    store.getState().setPresent(false);
    expect(selectFollow(store.getState())).toBe(true);
  });
});
