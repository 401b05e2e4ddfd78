import { describe, expect, it } from 'vitest';
import { findScenario } from '../scenarios/index.ts';
import type { Run, StepView } from './index.ts';
import { startRun } from './index.ts';

function open(id: string): Run {
  const s = findScenario(id);
  if (!s) throw new Error(`no scenario ${id}`);
  const r = startRun(s.spec);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.run;
}

/** The first step at which `pred` holds. */
function firstStep(run: Run, pred: (v: StepView) => boolean): StepView {
  for (let i = 0; i <= run.length; i++) {
    const v = run.view(i);
    if (pred(v)) return v;
  }
  throw new Error('no such step');
}

describe('a run of the mailslot scenario', () => {
  const run = open('mailslot');

  it('ends with every process exited and both consoles written', () => {
    expect(run.end).toEqual({ reason: 'exited' });
    const last = run.view(run.length);
    expect(last.processes.map((p) => p.image)).toEqual(['MailReceiver.exe', 'MailSender.exe']);
    expect(last.processes[0]?.console).toContain('10 bytes: Hello');
    expect(last.processes[1]?.console).toBe('MY CMD>MY CMD>MY CMD>Good Bye!\n');
  });

  it('shows the mailslot handle in the receiver and the mailslot object in kernel space', () => {
    const v = firstStep(run, (s) => s.apiCall?.api === 'CreateMailslotW');
    const receiver = v.processes[0]!;
    expect(receiver.handles).toHaveLength(1);
    const row = receiver.handles[0]!;
    expect(row).toMatchObject({
      value: 4,
      objectKind: 'mailslot',
      inherit: false,
      changed: true,
      origin: { kind: 'opened' },
    });
    const slot = v.objects.find((o) => o.id === row.objectId);
    expect(slot).toMatchObject({ kind: 'mailslot', name: '\\\\.\\mailslot\\mailbox', usageCount: 1 });
    expect(v.namespace).toEqual([{ name: '\\\\.\\mailslot\\mailbox', objectId: row.objectId }]);
    expect(v.apiCall?.facts.length).toBeGreaterThanOrEqual(0);
  });

  it('queues a message card after WriteFile and marks the step that ran', () => {
    const v = firstStep(run, (s) => s.apiCall?.api === 'WriteFile');
    const slot = v.objects.find((o) => o.kind === 'mailslot');
    expect(slot?.detail).toMatchObject({ kind: 'mailslot' });
    expect(v.ranPid).toBe(v.processes[1]?.pid);
    expect(v.processes[1]?.lastLine).not.toBeNull();
  });

  it('gives the same view of a step however it is reached', () => {
    const mid = Math.floor(run.length / 2);
    const a = JSON.stringify(run.view(mid));
    run.view(run.length);
    run.view(1);
    expect(JSON.stringify(open('mailslot').view(mid))).toBe(a);
  });

  it('gives the same views read forward one by one as read backward, in a branch too', () => {
    const at = firstStep(run, (s) => s.processes.length === 2).step;
    const pid = run.view(at).processes[1]!.pid;
    for (const make of [() => open('mailslot'), () => open('mailslot').chooseAt(at, pid)]) {
      const forward = make();
      const backward = make();
      const n = forward.length;
      const back = Array.from({ length: n + 1 }, (_, i) => JSON.stringify(backward.view(n - i))).reverse();
      for (let i = 0; i <= n; i++) expect(JSON.stringify(forward.view(i))).toBe(back[i]);
    }
  });
});

describe('a run of the duplicate-handle scenario', () => {
  const run = open('duplicate-handle');

  it('turns the pseudo handle into a real inheritable process handle that the child inherits at the same value', () => {
    const dup = firstStep(run, (s) => s.apiCall?.api === 'DuplicateHandle');
    const parent = dup.processes[0]!;
    const real = parent.handles.find((h) => h.objectKind === 'process');
    expect(real).toMatchObject({ inherit: true, origin: { kind: 'duplicated' } });
    const created = firstStep(run, (s) => s.processes.length === 2);
    const child = created.processes[1]!;
    expect(child.handles.find((h) => h.value === real?.value)).toMatchObject({
      objectId: real?.objectId,
      origin: { kind: 'inherited', fromPid: parent.pid, fromValue: real?.value },
    });
  });

  it('shows the parent process object signaled once the parent has exited', () => {
    expect(run.end).toEqual({ reason: 'exited' });
    const exited = firstStep(run, (s) => s.processes[0]?.state.kind === 'exited');
    const obj = exited.objects.find(
      (o) => o.kind === 'process' && o.detail.kind === 'process' && o.detail.pid === exited.processes[0]?.pid,
    );
    expect(obj?.signaled).toBe(true);
  });
});

describe('the shape of a run', () => {
  it('lists every process and object in order of first appearance, with each table at its largest', () => {
    const run = open('duplicate-handle');
    const shape = run.shape();
    const last = run.view(run.length);
    expect(shape.pids).toEqual(last.processes.map((p) => p.pid));
    const everyObject = new Set<number>();
    for (let i = 0; i <= run.length; i++) for (const o of run.view(i).objects) everyObject.add(o.id);
    expect(new Set(shape.objects)).toEqual(everyObject);
    const parent = shape.pids[0]!;
    let most = 0;
    for (let i = 0; i <= run.length; i++)
      most = Math.max(most, run.view(i).processes.find((p) => p.pid === parent)?.handles.length ?? 0);
    expect(shape.maxHandles[parent]).toBe(most);
  });

  it('draws a process object destroyed as its process exits as signaled, with its exit code', () => {
    const run = open('duplicate-handle');
    for (let i = 1; i <= run.length; i++) {
      for (const o of run.view(i).objects) {
        if (o.destroyed && o.kind === 'process') {
          expect(o.signaled).toBe(true);
          expect(o.detail).toMatchObject({ kind: 'process' });
          expect(o.detail.kind === 'process' && o.detail.exitCode).not.toBeNull();
        }
      }
    }
  });
});

describe('an exited process’s state', () => {
  const exitedState = (text: string) => {
    const r = startRun({ programs: [{ name: 'P.c', text }], launch: ['P.exe'] });
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    return r.run.view(r.run.length).processes[0]?.state;
  };

  it('is its exit code alone when the program returned', () => {
    expect(exitedState('int main(void) { return 3; }')).toStrictEqual({ kind: 'exited', exitCode: 3 });
  });

  it('carries the fault and its words when the program was stopped', () => {
    expect(exitedState('int main(void) { int *p = 0; *p = 1; return 0; }')).toEqual({
      kind: 'exited',
      exitCode: 0xc0000005,
      fault: expect.stringContaining('access violation'),
      faultWords: { key: expect.any(String), args: expect.any(Object) },
    });
  });
});

describe('console input typed into a run', () => {
  const adder = `#include <stdio.h>
int main(void)
{
    int a, b;
    scanf("%d %d", &a, &b);
    printf("%d\\n", a + b);
    return 0;
}
`;
  const spec = { programs: [{ name: 'Add.c', text: adder }], launch: ['Add.exe'] };

  function typed(): Run {
    const r = startRun(spec);
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    const [pid] = r.run.waitingForInput;
    if (pid === undefined) throw new Error('the program does not wait for input');
    return r.run.inputAt(r.run.length, pid, '3 4\n');
  }

  it('is listed in the run’s spec', () => {
    const run = typed();
    expect(run.spec.typed).toEqual([{ step: expect.any(Number), pid: expect.any(Number), text: '3 4\n' }]);
  });

  it('is given again when the run is rebuilt from its spec, step for step', () => {
    const run = typed();
    const again = startRun(run.spec);
    if (!again.ok) throw new Error('no rebuild');
    expect(again.run.length).toBe(run.length);
    expect(again.run.end).toEqual({ reason: 'exited' });
    expect(again.run.view(again.run.length).processes[0]?.console).toContain('7');
  });

  it('is not given where no process waits for it: a spec naming another step or process stops there', () => {
    const run = typed();
    const [given] = run.spec.typed ?? [];
    if (given === undefined) throw new Error('nothing typed');
    for (const wrong of [
      { ...given, step: 0 },
      { ...given, pid: given.pid + 4 },
    ]) {
      const r = startRun({ ...spec, typed: [wrong, given] });
      if (!r.ok) throw new Error('no build');
      // Nothing was given: the run still waits at the step the input was first typed at.
      expect(r.run.spec.typed).toBeUndefined();
      expect(r.run.length).toBe(given.step);
      expect(r.run.waitingForInput).toEqual([given.pid]);
      expect(r.run.view(r.run.length).processes[0]?.console).not.toContain('3 4');
    }
  });
});
