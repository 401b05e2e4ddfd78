import { describe, expect, it } from 'vitest';
import { CONSOLE_HANDLE, CREATE, ERROR, STARTF } from '../constants.ts';
import type { Pid } from '../ids.ts';
import { INHERIT, Run, expectFacts, returned, text } from '../test/harness.ts';
import { createProcessArgs, read, write } from '../test/setup.ts';

const CONSOLE = { input: CONSOLE_HANDLE.INPUT, output: CONSOLE_HANDLE.OUTPUT, error: CONSOLE_HANDLE.ERROR };

function parent() {
  const k = new Run(['Parent.exe', 'Child.exe']);
  return { k, p: k.launch('Parent.exe') };
}

const childOf = (o: { out: { lpProcessInformation?: { dwProcessId: number } } }): Pid =>
  o.out.lpProcessInformation!.dwProcessId as Pid;

function pipe(k: Run, p: Pid) {
  const out = returned(k.call(p, 'CreatePipe', { lpPipeAttributes: INHERIT, nSize: 0 })).out;
  return { r: out.hReadPipe!, w: out.hWritePipe! };
}

const stdInfo = (hStdOutput: number, hStdInput = 0, hStdError = 0) => ({
  dwFlags: STARTF.USESTDHANDLES,
  hStdInput,
  hStdOutput,
  hStdError,
});

describe('standard handles of a new process', () => {
  it('gives a process started from a console its console handles, which are no table rows', () => {
    const { k, p } = parent();
    const proc = k.state.processes[p]!;
    expect(proc.stdHandles).toEqual(CONSOLE);
    expect(proc.startStdHandles).toEqual(CONSOLE);
    expect(proc.consoleHandles).toEqual(Object.values(CONSOLE));
    expect(proc.handles).toEqual({});
  });

  it('hands the redirected handles to the child with STARTF_USESTDHANDLES and bInheritHandles', () => {
    const { k, p } = parent();
    const { r, w } = pipe(k, p);
    const o = returned(
      k.call(
        p,
        'CreateProcess',
        createProcessArgs('Child.exe', { bInheritHandles: true, lpStartupInfo: stdInfo(w) }),
      ),
    );
    expectFacts(o, ['5.14', '5.12']);
    const c = childOf(o);
    expect(k.state.processes[c]!.stdHandles).toEqual({ input: 0, output: w, error: 0 });
    expect(k.state.processes[c]!.startStdHandles.output).toBe(w);
    k.value(c, 'WriteFile', write(w, text('hi')));
    expect(returned(k.call(p, 'ReadFile', read(r, 8))).out.lpNumberOfBytesRead).toBe(2);
  });

  it('gives NULL standard handles with STARTF_USESTDHANDLES when bInheritHandles is FALSE', () => {
    const { k, p } = parent();
    const { w } = pipe(k, p);
    const o = returned(
      k.call(p, 'CreateProcess', createProcessArgs('Child.exe', { lpStartupInfo: stdInfo(w, w, w) })),
    );
    expectFacts(o, ['5.14', '7.2', '5.11']);
    const c = childOf(o);
    expect(k.state.processes[c]!.stdHandles).toEqual({ input: 0, output: 0, error: 0 });
    expect(k.state.processes[c]!.handles).toEqual({});
    expect(returned(k.call(c, 'GetStdHandle', { nStdHandle: 0xfffffff5 })).value).toBe(0);
  });

  it("passes the parent's current standard handles to a console child without STARTF_USESTDHANDLES", () => {
    const { k, p } = parent();
    const c = childOf(returned(k.call(p, 'CreateProcess', createProcessArgs('Child.exe'))));
    expect(k.state.processes[c]!.stdHandles).toEqual(CONSOLE);
    const { w } = pipe(k, p);
    k.value(p, 'SetStdHandle', { nStdHandle: -11, hHandle: w });
    // Even with bInheritHandles FALSE the inheritable standard handle is there in the child (5.14).
    const o = returned(k.call(p, 'CreateProcess', createProcessArgs('Child.exe')));
    const c2 = childOf(o);
    expect(k.state.processes[c2]!.stdHandles.output).toBe(w);
    expect(k.state.processes[c2]!.handles[w]?.objectId).toBe(k.state.processes[p]!.handles[w]!.objectId);
    expectFacts(k.eventsOf('HandleInherited').at(-1), ['5.14']);
  });

  it('gives a DETACHED_PROCESS child no console and a CREATE_NEW_CONSOLE child its own console', () => {
    const { k, p } = parent();
    const { w } = pipe(k, p);
    k.value(p, 'SetStdHandle', { nStdHandle: -11, hHandle: w });
    const made = returned(
      k.call(
        p,
        'CreateProcess',
        createProcessArgs('Child.exe', { dwCreationFlags: CREATE.DETACHED_PROCESS }),
      ),
    );
    expectFacts(made, ['K.21']);
    const detached = childOf(made);
    expect(k.state.processes[detached]!.stdHandles).toEqual({ input: 0, output: 0, error: 0 });
    expect(k.state.processes[detached]!.consoleHandles).toEqual([]);
    const fresh = returned(
      k.call(p, 'CreateProcess', createProcessArgs('Child.exe', { dwCreationFlags: CREATE.NEW_CONSOLE })),
    );
    expectFacts(fresh, ['K.21']);
    expect(k.state.processes[childOf(fresh)]!.stdHandles).toEqual(CONSOLE);
    const closed = returned(k.call(detached, 'CloseHandle', { hObject: CONSOLE_HANDLE.OUTPUT }));
    expect([closed.value, closed.lastError]).toEqual([0, ERROR.INVALID_HANDLE]);
    expectFacts(closed, ['K.14']);
  });
});

describe('CreateProcess and lpCurrentDirectory', () => {
  it('accepts the root of C: and the current directory', () => {
    const { k, p } = parent();
    for (const dir of ['C:\\', 'c:', '.', '.\\', '\\', 'C:/']) {
      const o = returned(
        k.call(p, 'CreateProcess', createProcessArgs('Child.exe', { lpCurrentDirectory: dir })),
      );
      expect(o.value, dir).toBe(1);
      expectFacts(o, ['K.19']);
    }
  });

  it('fails with ERROR_DIRECTORY for a directory that does not exist, after the image check', () => {
    const { k, p } = parent();
    for (const dir of ['C:\\nope', '', 'D:\\']) {
      const o = returned(
        k.call(p, 'CreateProcess', createProcessArgs('Child.exe', { lpCurrentDirectory: dir })),
      );
      expect([o.value, o.lastError], dir).toEqual([0, ERROR.DIRECTORY]);
      expectFacts(o, ['5.6', '5.5', 'K.19']);
    }
    const bad = returned(
      k.call(p, 'CreateProcess', createProcessArgs('Nope.exe', { lpCurrentDirectory: 'C:\\nope' })),
    );
    expect(bad.lastError).toBe(ERROR.FILE_NOT_FOUND);
  });
});

describe('CreateProcess with a handle list', () => {
  it('inherits only the listed handle, at the same value; another inheritable one stays behind', () => {
    const { k, p } = parent();
    const a = pipe(k, p);
    const b = pipe(k, p);
    const o = returned(
      k.call(
        p,
        'CreateProcess',
        createProcessArgs('Child.exe', { bInheritHandles: true, handleList: [a.r] }),
      ),
    );
    expectFacts(o, ['5.13']);
    const c = childOf(o);
    expect(Object.keys(k.state.processes[c]!.handles).map(Number)).toEqual([a.r]);
    expect(returned(k.call(c, 'GetHandleInformation', { hObject: a.r })).out.lpdwFlags).toBe(1);
    const other = returned(k.call(c, 'GetHandleInformation', { hObject: b.w }));
    expect([other.value, other.lastError]).toEqual([0, ERROR.INVALID_HANDLE]);
    expectFacts(k.eventsOf('HandleInherited').at(-1), ['5.13', '5.12']);
  });

  it('refuses a handle that is not inheritable, a pseudo handle or an unknown value', () => {
    const { k, p } = parent();
    const priv = returned(k.call(p, 'CreatePipe', { lpPipeAttributes: null, nSize: 0 })).out.hReadPipe!;
    for (const h of [priv, -1, 0x1234]) {
      const o = returned(
        k.call(
          p,
          'CreateProcess',
          createProcessArgs('Child.exe', { bInheritHandles: true, handleList: [h] }),
        ),
      );
      expect([o.value, o.lastError]).toEqual([0, ERROR.INVALID_PARAMETER]);
      expectFacts(o, ['5.13', 'K.18', '5.5']);
    }
    expect(k.state.processOrder).toHaveLength(1);
  });

  it('inherits nothing when bInheritHandles is FALSE, whatever the list says', () => {
    const { k, p } = parent();
    const a = pipe(k, p);
    const o = returned(
      k.call(p, 'CreateProcess', createProcessArgs('Child.exe', { handleList: [a.r, 0x999] })),
    );
    expect(o.value).toBe(1);
    expect(k.state.processes[childOf(o)]!.handles).toEqual({});
  });
});
