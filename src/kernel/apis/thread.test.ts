import { describe, expect, it } from 'vitest';
import { ACCESS, CREATE, ERROR, STILL_ACTIVE } from '../constants.ts';
import type { Pid } from '../ids.ts';
import { Run, expectFacts, returned } from '../test/harness.ts';
import { createProcessArgs } from '../test/setup.ts';
import { waitGraph } from '../wait-graph.ts';

function suspendedChild() {
  const k = new Run(['Parent.exe', 'Child.exe']);
  const p = k.launch('Parent.exe');
  const o = returned(
    k.call(p, 'CreateProcess', createProcessArgs('Child.exe', { dwCreationFlags: CREATE.SUSPENDED })),
  );
  const pi = o.out.lpProcessInformation!;
  return { k, p, o, c: pi.dwProcessId as Pid, hThread: pi.hThread, hProcess: pi.hProcess };
}

describe('CREATE_SUSPENDED, ResumeThread and SuspendThread', () => {
  it('starts the child with suspend count 1; GetExitCodeThread says STILL_ACTIVE', () => {
    const { k, p, o, c, hThread } = suspendedChild();
    expectFacts(o, ['5.10']);
    expect(k.state.processes[c]!.suspendCount).toBe(1);
    expectFacts(k.eventsOf('ThreadSuspendCountChanged')[0], ['5.10']);
    const code = returned(k.call(p, 'GetExitCodeThread', { hThread }));
    expect([code.value, code.out.lpExitCode]).toEqual([1, STILL_ACTIVE]);
    expectFacts(code, ['5.10', '5.8']);
  });

  it('returns the previous count from ResumeThread, 1, and then 0 for a running thread', () => {
    const { k, p, c, hThread } = suspendedChild();
    const first = returned(k.call(p, 'ResumeThread', { hThread }));
    expect([first.value, first.lastError]).toEqual([1, undefined]);
    expectFacts(first, ['5.10']);
    expect(k.state.processes[c]!.suspendCount).toBe(0);
    const again = returned(k.call(p, 'ResumeThread', { hThread }));
    expect(again.value).toBe(0);
    expectFacts(again, ['K.15']);
  });

  it('counts suspensions: SuspendThread returns the previous count, each needs its ResumeThread', () => {
    const { k, p, c, hThread } = suspendedChild();
    const s = returned(k.call(p, 'SuspendThread', { hThread }));
    expect(s.value).toBe(1);
    expectFacts(s, ['K.15']);
    expect(k.value(p, 'ResumeThread', { hThread })).toBe(2);
    expect(k.value(p, 'ResumeThread', { hThread })).toBe(1);
    expect(k.state.processes[c]!.suspendCount).toBe(0);
    // A running thread of another process can be suspended, and it can suspend itself.
    expect(k.value(p, 'SuspendThread', { hThread })).toBe(0);
    expect(k.value(p, 'ResumeThread', { hThread })).toBe(1);
    expect(k.value(c, 'SuspendThread', { hThread: -2 })).toBe(0);
    expect(k.state.processes[c]!.suspendCount).toBe(1);
  });

  it('gives the exit code after exit, refuses to suspend an exited thread and a process handle', () => {
    const { k, p, c, hThread, hProcess } = suspendedChild();
    k.value(p, 'TerminateProcess', { hProcess, uExitCode: 42 });
    const code = returned(k.call(p, 'GetExitCodeThread', { hThread }));
    expect(code.out.lpExitCode).toBe(42);
    expectFacts(code, ['5.10', '5.7']);
    const dead = returned(k.call(p, 'SuspendThread', { hThread }));
    expect([dead.value, dead.lastError]).toEqual([0xffffffff, ERROR.ACCESS_DENIED]);
    for (const api of ['ResumeThread', 'SuspendThread'] as const) {
      const wrong = returned(k.call(p, api, { hThread: hProcess }));
      expect([wrong.value, wrong.lastError]).toEqual([0xffffffff, ERROR.INVALID_HANDLE]);
      expectFacts(wrong, ['K.15']);
    }
    const none = returned(k.call(p, 'GetExitCodeThread', { hThread: 0 }));
    expect([none.value, none.lastError]).toEqual([0, ERROR.INVALID_HANDLE]);
    expect(k.state.processes[c]!.exitCode).toBe(42);
  });

  it('refuses to suspend past 127 with ERROR_SIGNAL_REFUSED', () => {
    const { k, p, hThread } = suspendedChild();
    for (let i = 1; i < 127; i++) k.value(p, 'SuspendThread', { hThread });
    const o = returned(k.call(p, 'SuspendThread', { hThread }));
    expect([o.value, o.lastError]).toEqual([0xffffffff, ERROR.SIGNAL_REFUSED]);
  });

  it('needs THREAD_SUSPEND_RESUME and a query right on the handle', () => {
    const { k, p, hThread } = suspendedChild();
    const weak = returned(
      k.call(p, 'DuplicateHandle', {
        hSourceProcessHandle: -1,
        hSourceHandle: hThread,
        hTargetProcessHandle: -1,
        dwDesiredAccess: ACCESS.SYNCHRONIZE,
        bInheritHandle: false,
        dwOptions: 0,
      }),
    ).out.lpTargetHandle!;
    expect(returned(k.call(p, 'ResumeThread', { hThread: weak })).lastError).toBe(ERROR.ACCESS_DENIED);
    expect(returned(k.call(p, 'GetExitCodeThread', { hThread: weak })).lastError).toBe(ERROR.ACCESS_DENIED);
  });

  it('shows a suspended process in the wait graph, released by whoever holds its thread handle', () => {
    const { k, p, c, hThread } = suspendedChild();
    const edge = waitGraph(k.state).find((e) => e.pid === c);
    expect(edge?.condition.kind).toBe('suspended');
    expect(edge?.releasers).toEqual([p]);
    k.value(p, 'CloseHandle', { hObject: hThread });
    expect(waitGraph(k.state).find((e) => e.pid === c)?.releasers).toEqual([]);
  });
});
