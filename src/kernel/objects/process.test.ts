import { describe, expect, it } from 'vitest';
import { ACCESS, CREATE, ERROR, INFINITE, STILL_ACTIVE, WAIT } from '../constants.ts';
import { INHERIT, Run, expectFacts, returned, text } from '../test/harness.ts';
import { checkNoLeaks } from '../test/invariants.ts';
import { SLOT, createProcessArgs, mailslotArgs, openArgs, write } from '../test/setup.ts';

function parent() {
  const k = new Run(['Parent.exe', 'Child.exe']);
  const p = k.launch('Parent.exe');
  return { k, p };
}

describe('CreateProcess', () => {
  it('returns new process and thread handles and ids that are multiples of 4; the process object counts 2', () => {
    const { k, p } = parent();
    const o = returned(k.call(p, 'CreateProcess', createProcessArgs('Child.exe 1 2')));
    const pi = o.out.lpProcessInformation!;
    expect([pi.dwProcessId % 4, pi.dwThreadId % 4, pi.hProcess % 4, pi.hThread % 4]).toEqual([0, 0, 0, 0]);
    expectFacts(o, ['5.19', '8.7']);
    const child = k.state.processes[pi.dwProcessId]!;
    expect(k.state.objects[child.processObject]!.usageCount).toBe(2);
    expect(k.state.objects[child.threadObject]!.usageCount).toBe(2);
    expect(child.commandLine).toBe('Child.exe 1 2');
    expect(child.parentPid).toBe(p);
  });

  it('finds the image case-insensitively, with or without .exe, by lpApplicationName too', () => {
    const { k, p } = parent();
    expect(k.value(p, 'CreateProcess', createProcessArgs('child'))).toBe(1);
    expect(k.value(p, 'CreateProcess', createProcessArgs('"CHILD.EXE" x'))).toBe(1);
    expect(
      k.value(p, 'CreateProcess', createProcessArgs(null, { lpApplicationName: 'C:\\bin\\Child.exe' })),
    ).toBe(1);
  });

  it('fails for an unknown image with ERROR_FILE_NOT_FOUND, leaving PROCESS_INFORMATION zeroed', () => {
    const { k, p } = parent();
    const o = returned(k.call(p, 'CreateProcess', createProcessArgs('Nope.exe')));
    expect([o.value, o.lastError]).toEqual([0, ERROR.FILE_NOT_FOUND]);
    expect(o.out.lpProcessInformation).toEqual({ hProcess: 0, hThread: 0, dwProcessId: 0, dwThreadId: 0 });
    expectFacts(o, ['5.6', '5.5']);
    expect(
      returned(k.call(p, 'CreateProcess', createProcessArgs(null, { lpApplicationName: '' }))).lastError,
    ).toBe(ERROR.PATH_NOT_FOUND);
    expect(
      returned(k.call(p, 'CreateProcess', createProcessArgs('Child.exe', { lpCurrentDirectory: 'Q:\\none' })))
        .lastError,
    ).toBe(ERROR.DIRECTORY);
  });

  it('copies inheritable handles to the same values with the same access when bInheritHandles is TRUE', () => {
    const { k, p } = parent();
    k.value(p, 'CreateMailslot', mailslotArgs());
    const hInh = k.value(p, 'CreateFile', openArgs(SLOT, ACCESS.GENERIC_WRITE, 3, true));
    const hPriv = k.value(p, 'CreateFile', openArgs(SLOT));
    const o = returned(k.call(p, 'CreateProcess', createProcessArgs('Child.exe', { bInheritHandles: true })));
    expectFacts(o, ['5.12']);
    const c = o.out.lpProcessInformation!.dwProcessId as never;
    const mine = k.state.processes[p]!.handles[hInh]!;
    expect(k.state.processes[c]!.handles[hInh]).toEqual(mine);
    expect(k.state.processes[c]!.handles[hPriv]).toBeUndefined();
    expectFacts(k.eventsOf('HandleInherited')[0], ['5.12']);
    const priv = returned(k.call(c, 'WriteFile', write(hPriv, text('x'))));
    expect(priv.lastError).toBe(ERROR.INVALID_HANDLE);
    expectFacts(priv, ['7.2']);
    expect(returned(k.call(c, 'WriteFile', write(hInh, text('hi')))).out.lpNumberOfBytesWritten).toBe(2);
  });

  it('copies nothing when bInheritHandles is FALSE: the value is invalid in the child', () => {
    const { k, p } = parent();
    const pipe = returned(k.call(p, 'CreatePipe', { lpPipeAttributes: INHERIT, nSize: 0 })).out;
    const o = returned(
      k.call(p, 'CreateProcess', createProcessArgs('Child.exe', { bInheritHandles: false })),
    );
    expectFacts(o, ['5.11']);
    const c = o.out.lpProcessInformation!.dwProcessId as never;
    const r = returned(k.call(c, 'ReadFile', { hFile: pipe.hReadPipe!, nNumberOfBytesToRead: 4 }));
    expect([r.value, r.lastError]).toEqual([0, ERROR.INVALID_HANDLE]);
    expectFacts(r, ['5.11']);
  });

  it('gives the child a copy of the parent block when lpEnvironment is NULL, or exactly the block given', () => {
    const { k, p } = parent();
    k.value(p, 'SetEnvironmentVariable', { lpName: 'Good', lpValue: 'Morning' });
    const o = returned(k.call(p, 'CreateProcess', createProcessArgs('Child.exe')));
    expectFacts(o, ['5.15', '6.13']);
    const c = o.out.lpProcessInformation!.dwProcessId;
    k.value(p, 'SetEnvironmentVariable', { lpName: 'Good', lpValue: 'Night' });
    expect(k.state.processes[c]!.environment).toEqual(['Good=Morning']);
    const e = returned(
      k.call(p, 'CreateProcess', createProcessArgs('Child.exe', { lpEnvironment: ['A=1', 'B=2'] })),
    );
    expect(k.state.processes[e.out.lpProcessInformation!.dwProcessId]!.environment).toEqual(['A=1', 'B=2']);
  });

  it('records creation flags such as CREATE_NEW_CONSOLE for the child', () => {
    const { k, p } = parent();
    const o = returned(
      k.call(p, 'CreateProcess', createProcessArgs('Child.exe', { dwCreationFlags: CREATE.NEW_CONSOLE })),
    );
    expect(k.state.processes[o.out.lpProcessInformation!.dwProcessId]!.creationFlags).toBe(
      CREATE.NEW_CONSOLE,
    );
  });
});

describe('process exit', () => {
  it('signals the process object and reports the exit code', () => {
    const { k, p } = parent();
    const pi = returned(k.call(p, 'CreateProcess', createProcessArgs('Child.exe'))).out.lpProcessInformation!;
    const c = pi.dwProcessId as never;
    const alive = returned(k.call(p, 'GetExitCodeProcess', { hProcess: pi.hProcess }));
    expect(alive.out.lpExitCode).toBe(STILL_ACTIVE);
    expectFacts(alive, ['5.8']);
    const ex = k.call(c, 'ExitProcess', { uExitCode: 123 });
    expect(ex).toEqual({ kind: 'exited', exitCode: 123, facts: ['5.16', '5.7'] });
    expect(k.value(p, 'WaitForSingleObject', { hHandle: pi.hProcess, dwMilliseconds: 0 })).toBe(
      WAIT.OBJECT_0,
    );
    const code = returned(k.call(p, 'GetExitCodeProcess', { hProcess: pi.hProcess }));
    expect(code.out.lpExitCode).toBe(123);
    expectFacts(code, ['5.7', '5.17']);
    expectFacts(k.eventsOf('ProcessExited').at(-1), ['5.16']);
  });

  it('closes every handle of the exiting process while objects others hold survive; children live on', () => {
    const { k, p } = parent();
    const h = k.value(p, 'CreateMailslot', mailslotArgs());
    const pi = returned(k.call(p, 'CreateProcess', createProcessArgs('Child.exe', { bInheritHandles: true })))
      .out.lpProcessInformation!;
    k.value(p, 'SetHandleInformation', { hObject: h, dwMask: 1, dwFlags: 1 });
    k.exit(p, 0);
    expect(Object.keys(k.state.processes[p]!.handles)).toEqual([]);
    expect(k.state.processes[pi.dwProcessId]!.exitCode).toBeNull();
    expectFacts(k.eventsOf('HandleClosed').at(-1), ['5.16']);
  });

  it('sets the exit code given to TerminateProcess, and refuses an already-exited process', () => {
    const { k, p } = parent();
    const pi = returned(k.call(p, 'CreateProcess', createProcessArgs('Child.exe'))).out.lpProcessInformation!;
    const t = returned(k.call(p, 'TerminateProcess', { hProcess: pi.hProcess, uExitCode: 9 }));
    expect(t.value).toBe(1);
    expectFacts(t, ['5.9']);
    expect(returned(k.call(p, 'GetExitCodeProcess', { hProcess: pi.hProcess })).out.lpExitCode).toBe(9);
    const again = returned(k.call(p, 'TerminateProcess', { hProcess: pi.hProcess, uExitCode: 1 }));
    expect([again.value, again.lastError]).toEqual([0, ERROR.ACCESS_DENIED]);
    expectFacts(again, ['0.3']);
  });

  it('ends the caller when it terminates itself', () => {
    const { k, p } = parent();
    const o = k.call(p, 'TerminateProcess', { hProcess: -1, uExitCode: 4 });
    expect(o.kind).toBe('exited');
    expectFacts(o, ['5.9']);
    checkNoLeaks(k.state);
  });

  it('keeps an exited process object openable while a handle holds it, then ERROR_INVALID_PARAMETER', () => {
    const { k, p } = parent();
    const pi = returned(k.call(p, 'CreateProcess', createProcessArgs('Child.exe'))).out.lpProcessInformation!;
    k.exit(pi.dwProcessId as never, 0);
    const opened = returned(
      k.call(p, 'OpenProcess', {
        dwDesiredAccess: ACCESS.PROCESS_QUERY_INFORMATION,
        bInheritHandle: false,
        dwProcessId: pi.dwProcessId,
      }),
    );
    expect(opened.value).toBeGreaterThan(0);
    expectFacts(opened, ['4.18']);
    for (const h of [opened.value, pi.hProcess]) k.value(p, 'CloseHandle', { hObject: h });
    const gone = returned(
      k.call(p, 'OpenProcess', {
        dwDesiredAccess: ACCESS.PROCESS_QUERY_INFORMATION,
        bInheritHandle: false,
        dwProcessId: pi.dwProcessId,
      }),
    );
    expect([gone.value, gone.lastError]).toEqual([0, ERROR.INVALID_PARAMETER]);
    expectFacts(gone, ['4.18', '7.10']);
  });

  it('drops the pending call of a process that is killed while blocked', () => {
    const { k, p } = parent();
    const pi = returned(k.call(p, 'CreateProcess', createProcessArgs('Child.exe'))).out.lpProcessInformation!;
    const c = pi.dwProcessId as never;
    k.call(c, 'Sleep', { dwMilliseconds: INFINITE });
    k.value(p, 'TerminateProcess', { hProcess: pi.hProcess, uExitCode: 1 });
    expect(k.state.pending).toEqual([]);
    k.exit(p, 0);
    checkNoLeaks(k.state);
  });
});

describe('waits', () => {
  it('times out with WAIT_TIMEOUT and leaves the last error alone', () => {
    const { k, p } = parent();
    const pi = returned(k.call(p, 'CreateProcess', createProcessArgs('Child.exe'))).out.lpProcessInformation!;
    const zero = returned(k.call(p, 'WaitForSingleObject', { hHandle: pi.hProcess, dwMilliseconds: 0 }));
    expect([zero.value, zero.lastError]).toEqual([WAIT.TIMEOUT, undefined]);
    expectFacts(zero, ['5.1']);
    k.call(p, 'WaitForSingleObject', { hHandle: pi.hProcess, dwMilliseconds: 30 });
    expect(k.state.pending[0]!.condition.deadline).toBe(30);
    k.advance(30);
    expect(returned(k.completionOf(p)).value).toBe(WAIT.TIMEOUT);
  });

  it('returns WAIT_OBJECT_0 plus the lowest signaled index for wait-any, and waits for all with bWaitAll', () => {
    const { k, p } = parent();
    const a = returned(k.call(p, 'CreateProcess', createProcessArgs('Child.exe'))).out.lpProcessInformation!;
    const b = returned(k.call(p, 'CreateProcess', createProcessArgs('Child.exe'))).out.lpProcessInformation!;
    k.exit(b.dwProcessId as never, 0);
    const any = returned(
      k.call(p, 'WaitForMultipleObjects', {
        nCount: 2,
        lpHandles: [a.hProcess, b.hProcess],
        bWaitAll: false,
        dwMilliseconds: 0,
      }),
    );
    expect(any.value).toBe(WAIT.OBJECT_0 + 1);
    expectFacts(any, ['5.4']);
    expect(
      k.call(p, 'WaitForMultipleObjects', {
        nCount: 2,
        lpHandles: [a.hProcess, b.hProcess],
        bWaitAll: true,
        dwMilliseconds: INFINITE,
      }).kind,
    ).toBe('blocked');
    k.exit(a.dwProcessId as never, 0);
    k.poll();
    expect(returned(k.completionOf(p)).value).toBe(WAIT.OBJECT_0);
    expect(
      returned(
        k.call(p, 'WaitForMultipleObjects', { nCount: 0, lpHandles: [], bWaitAll: false, dwMilliseconds: 0 }),
      ).lastError,
    ).toBe(ERROR.INVALID_PARAMETER);
  });

  it('says a wait on one handle through WaitForMultipleObjects as a wait on that object, and on several by their count', () => {
    const { k, p } = parent();
    const a = returned(k.call(p, 'CreateProcess', createProcessArgs('Child.exe'))).out.lpProcessInformation!;
    const b = returned(k.call(p, 'CreateProcess', createProcessArgs('Child.exe'))).out.lpProcessInformation!;
    const wait = (lpHandles: number[]) =>
      k.call(p, 'WaitForMultipleObjects', {
        nCount: lpHandles.length,
        lpHandles,
        bWaitAll: true,
        dwMilliseconds: INFINITE,
      });
    const one = wait([a.hProcess]);
    if (one.kind !== 'blocked') throw new Error('expected a block');
    const id = one.condition.kind === 'objects' ? one.condition.objectIds[0] : undefined;
    expect(one.condition.description).toBe(`WaitForMultipleObjects on object ${id}`);
    expect(one.condition.words).toEqual({ key: 'waitMultipleOne', args: { id } });
    k.exit(a.dwProcessId as never, 0);
    k.poll();
    const two = wait([a.hProcess, b.hProcess]);
    expect(two.kind === 'blocked' && two.condition.description).toBe(
      'WaitForMultipleObjects for all of 2 objects',
    );
  });

  it('sleeps on the virtual clock, Sleep(0) returning at once, GetTickCount reading the clock', () => {
    const { k, p } = parent();
    expectFacts(returned(k.call(p, 'Sleep', { dwMilliseconds: 0 })), ['K.1']);
    expect(k.call(p, 'Sleep', { dwMilliseconds: 25 }).kind).toBe('blocked');
    expect(k.advance(24)).toEqual([]);
    k.advance(1);
    expectFacts(k.completionOf(p), ['K.1']);
    expect(k.value(p, 'GetTickCount', {})).toBe(25);
  });

  it('keeps the last error per thread', () => {
    const { k, p } = parent();
    const other = k.launch('Child.exe');
    expectFacts(returned(k.call(p, 'SetLastError', { dwErrCode: 42 })), ['K.2']);
    const g = returned(k.call(p, 'GetLastError', {}));
    expect(g.value).toBe(42);
    expectFacts(g, ['K.2']);
    expect(k.value(other, 'GetLastError', {})).toBe(0);
  });

  it('reports the ids of the caller', () => {
    const { k, p } = parent();
    const pid = returned(k.call(p, 'GetCurrentProcessId', {}));
    expect(pid.value).toBe(p);
    expectFacts(pid, ['5.19']);
    expect(k.value(p, 'GetCurrentThreadId', {})).toBe(k.state.processes[p]!.tid);
  });
});
