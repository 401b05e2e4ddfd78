import { describe, expect, it } from 'vitest';
import { ACCESS, DUPLICATE, ERROR, HANDLE_FLAG, WAIT } from './constants.ts';
import { Run, expectFacts, returned } from './test/harness.ts';
import { SLOT, createProcessArgs, mailslotArgs, openArgs } from './test/setup.ts';

const dupArgs = (
  hSourceHandle: number,
  over: Partial<{
    hSourceProcessHandle: number;
    hTargetProcessHandle: number;
    bInheritHandle: boolean;
    dwOptions: number;
    dwDesiredAccess: number;
  }> = {},
) => ({
  hSourceProcessHandle: -1,
  hSourceHandle,
  hTargetProcessHandle: -1,
  dwDesiredAccess: 0,
  bInheritHandle: false,
  dwOptions: DUPLICATE.SAME_ACCESS,
  ...over,
});

function withSlot() {
  const k = new Run();
  const a = k.launch('A.exe');
  const h = k.value(a, 'CreateMailslot', mailslotArgs());
  return { k, a, h };
}

describe('handle values', () => {
  it('numbers handles in multiples of 4 from 4 and reuses the last freed slot first', () => {
    const { k, a, h } = withSlot();
    expect(h).toBe(4);
    const h2 = k.value(a, 'CreateFile', openArgs(SLOT));
    const h3 = k.value(a, 'CreateFile', openArgs(SLOT));
    expect([h2, h3]).toEqual([8, 12]);
    k.value(a, 'CloseHandle', { hObject: h2 });
    k.value(a, 'CloseHandle', { hObject: h3 });
    const again = returned(k.call(a, 'CreateFile', openArgs(SLOT)));
    expect(again.value).toBe(12);
    expectFacts(k.eventsOf('HandleOpened').at(-1), ['8.1']);
  });

  it('ignores the low two tag bits of a handle value', () => {
    const { k, a, h } = withSlot();
    for (const tag of [1, 2, 3]) {
      const o = returned(k.call(a, 'WaitForSingleObject', { hHandle: h | tag, dwMilliseconds: 0 }));
      expect(o.value).toBe(WAIT.OBJECT_0);
      expectFacts(o, ['4.1']);
    }
  });

  it('fails a wait on a made-up handle with WAIT_FAILED and ERROR_INVALID_HANDLE, a good wait keeps the last error', () => {
    const { k, a, h } = withSlot();
    const bad = returned(k.call(a, 'WaitForSingleObject', { hHandle: 0xdeadbee0, dwMilliseconds: 0 }));
    expect([bad.value, bad.lastError]).toEqual([WAIT.FAILED, ERROR.INVALID_HANDLE]);
    expectFacts(bad, ['4.2']);
    const good = returned(k.call(a, 'WaitForSingleObject', { hHandle: h, dwMilliseconds: 0 }));
    expect(good.lastError).toBeUndefined();
    expect(k.lastError(a)).toBe(ERROR.INVALID_HANDLE);
  });
});

describe('CloseHandle', () => {
  it('fails on NULL, an already closed and a made-up handle with ERROR_INVALID_HANDLE', () => {
    const { k, a, h } = withSlot();
    k.value(a, 'CloseHandle', { hObject: h });
    for (const hObject of [0, h, 0x12345678]) {
      const o = returned(k.call(a, 'CloseHandle', { hObject }));
      expect([o.value, o.lastError]).toEqual([0, ERROR.INVALID_HANDLE]);
      expectFacts(o, ['4.3']);
    }
  });

  it('succeeds on INVALID_HANDLE_VALUE with the last error unchanged, since -1 is the process pseudo handle', () => {
    const { k, a } = withSlot();
    const o = returned(k.call(a, 'CloseHandle', { hObject: -1 }));
    expect([o.value, o.lastError]).toEqual([1, undefined]);
    expectFacts(o, ['4.4', '7.10']);
  });

  it('refuses to close a protected handle and leaves it open', () => {
    const { k, a, h } = withSlot();
    k.value(a, 'SetHandleInformation', {
      hObject: h,
      dwMask: HANDLE_FLAG.PROTECT_FROM_CLOSE,
      dwFlags: HANDLE_FLAG.PROTECT_FROM_CLOSE,
    });
    const o = returned(k.call(a, 'CloseHandle', { hObject: h }));
    expect([o.value, o.lastError]).toEqual([0, ERROR.INVALID_HANDLE]);
    expectFacts(o, ['4.16']);
    expect(k.state.processes[a]!.handles[h]).toBeDefined();
  });

  it('destroys the object at the last close and frees its name', () => {
    const { k, a, h } = withSlot();
    const o = returned(k.call(a, 'CloseHandle', { hObject: h }));
    expectFacts(o, ['4.17', '8.7']);
    expect(Object.keys(k.state.objects).length).toBe(2);
    expectFacts(k.eventsOf('ObjectDestroyed').at(-1), ['4.17']);
  });

  it('does not disturb a wait another process has on the same object', () => {
    const k = new Run();
    const a = k.launch('A.exe');
    const pi = returned(k.call(a, 'CreateProcess', createProcessArgs('B.exe'))).out.lpProcessInformation!;
    const child = pi.dwProcessId as never;
    const h2 = returned(k.call(a, 'DuplicateHandle', dupArgs(pi.hProcess))).out.lpTargetHandle!;
    const c = k.launch('C.exe');
    const hc = k.value(a, 'OpenProcess', {
      dwDesiredAccess: ACCESS.PROCESS_ALL_ACCESS,
      bInheritHandle: false,
      dwProcessId: c,
    });
    const inC = returned(k.call(a, 'DuplicateHandle', dupArgs(pi.hProcess, { hTargetProcessHandle: hc }))).out
      .lpTargetHandle!;
    expect(k.call(c, 'WaitForSingleObject', { hHandle: inC, dwMilliseconds: 0xffffffff }).kind).toBe(
      'blocked',
    );
    const o = returned(
      k.call(
        a,
        'DuplicateHandle',
        dupArgs(inC, {
          hSourceProcessHandle: hc,
          hTargetProcessHandle: 0,
          dwOptions: DUPLICATE.CLOSE_SOURCE,
        }),
      ),
    );
    expect(o.value).toBe(1);
    expectFacts(returned(k.call(a, 'CloseHandle', { hObject: h2 })), ['4.19']);
    k.exit(child, 3);
    k.poll();
    expect(returned(k.completionOf(c)).value).toBe(WAIT.OBJECT_0);
  });
});

describe('pseudo handles', () => {
  it('gives -1 for GetCurrentProcess and -2 for GetCurrentThread, with full access', () => {
    const { k, a } = withSlot();
    const p = returned(k.call(a, 'GetCurrentProcess', {}));
    expect(p.value).toBe(-1);
    expectFacts(p, ['8.2', '4.5']);
    expect(k.value(a, 'GetCurrentThread', {})).toBe(-2);
    expect(returned(k.call(a, 'GetExitCodeProcess', { hProcess: -1 })).value).toBe(1);
    expectFacts(returned(k.call(a, 'CloseHandle', { hObject: -2 })), ['4.5']);
  });

  it('fails process calls on a handle that is not a process handle with ERROR_INVALID_HANDLE', () => {
    const { k, a, h } = withSlot();
    const truncated = returned(k.call(a, 'GetExitCodeProcess', { hProcess: 0xffffffff }));
    expect([truncated.value, truncated.lastError]).toEqual([0, ERROR.INVALID_HANDLE]);
    const o = returned(k.call(a, 'GetExitCodeProcess', { hProcess: h }));
    expect([o.value, o.lastError]).toEqual([0, ERROR.INVALID_HANDLE]);
    expectFacts(o, ['4.6']);
  });

  it('times out a wait on the own process or thread; refuses pseudo handles in WaitForMultipleObjects', () => {
    const { k, a, h } = withSlot();
    const self = k.call(a, 'WaitForSingleObject', { hHandle: -1, dwMilliseconds: 100 });
    expectFacts(self, ['4.7']);
    k.advance(100);
    expect(returned(k.completionOf(a)).value).toBe(WAIT.TIMEOUT);
    expect(returned(k.call(a, 'WaitForSingleObject', { hHandle: -2, dwMilliseconds: 0 })).value).toBe(
      WAIT.TIMEOUT,
    );
    const multi = returned(
      k.call(a, 'WaitForMultipleObjects', {
        nCount: 2,
        lpHandles: [h, -1],
        bWaitAll: false,
        dwMilliseconds: 0,
      }),
    );
    expect([multi.value, multi.lastError]).toEqual([WAIT.FAILED, ERROR.INVALID_HANDLE]);
    expectFacts(multi, ['4.7']);
  });
});

describe('DuplicateHandle', () => {
  it('turns the process pseudo handle into a real handle, inheritable when asked', () => {
    const { k, a } = withSlot();
    const o = returned(
      k.call(
        a,
        'DuplicateHandle',
        dupArgs(-1, { dwOptions: DUPLICATE.SAME_ACCESS | DUPLICATE.CLOSE_SOURCE }),
      ),
    );
    const h = o.out.lpTargetHandle!;
    expect(h).not.toBe(-1);
    expectFacts(o, ['4.8']);
    expect(returned(k.call(a, 'GetHandleInformation', { hObject: h })).out.lpdwFlags).toBe(0);
    const inh = returned(k.call(a, 'DuplicateHandle', dupArgs(-1, { bInheritHandle: true }))).out
      .lpTargetHandle!;
    expect(returned(k.call(a, 'GetHandleInformation', { hObject: inh })).out.lpdwFlags).toBe(
      HANDLE_FLAG.INHERIT,
    );
  });

  it('returns the same value when duplicating with DUPLICATE_CLOSE_SOURCE, even with a lower slot just freed', () => {
    const { k, a, h } = withSlot();
    const f = k.value(a, 'CreateFile', openArgs(SLOT));
    const same = returned(
      k.call(
        a,
        'DuplicateHandle',
        dupArgs(f, { dwOptions: DUPLICATE.SAME_ACCESS | DUPLICATE.CLOSE_SOURCE, bInheritHandle: true }),
      ),
    );
    expect(same.out.lpTargetHandle).toBe(f);
    expectFacts(same, ['4.9']);
    expect(returned(k.call(a, 'GetHandleInformation', { hObject: f })).out.lpdwFlags).toBe(1);
    k.value(a, 'CloseHandle', { hObject: h });
    const still = returned(
      k.call(a, 'DuplicateHandle', dupArgs(f, { dwOptions: DUPLICATE.SAME_ACCESS | DUPLICATE.CLOSE_SOURCE })),
    );
    expect(still.out.lpTargetHandle).toBe(f);
    expectFacts(still, ['4.10']);
  });

  it('does not close a protected source, and gives the copy a new value', () => {
    const { k, a, h } = withSlot();
    k.value(a, 'SetHandleInformation', { hObject: h, dwMask: 2, dwFlags: 2 });
    const o = returned(
      k.call(a, 'DuplicateHandle', dupArgs(h, { dwOptions: DUPLICATE.SAME_ACCESS | DUPLICATE.CLOSE_SOURCE })),
    );
    expect(o.out.lpTargetHandle).not.toBe(h);
    expectFacts(o, ['4.11']);
    expect(k.state.processes[a]!.handles[h]).toBeDefined();
  });

  it('needs PROCESS_DUP_HANDLE, and DUPLICATE_CLOSE_SOURCE closes the source even when it fails', () => {
    const { k, a, h } = withSlot();
    const weak = k.value(a, 'OpenProcess', {
      dwDesiredAccess: ACCESS.SYNCHRONIZE,
      bInheritHandle: false,
      dwProcessId: a,
    });
    const denied = returned(
      k.call(
        a,
        'DuplicateHandle',
        dupArgs(h, { hTargetProcessHandle: weak, dwOptions: DUPLICATE.CLOSE_SOURCE }),
      ),
    );
    expect([denied.value, denied.lastError]).toEqual([0, ERROR.ACCESS_DENIED]);
    expectFacts(denied, ['4.12']);
    expect(k.state.processes[a]!.handles[h]).toBeUndefined();
  });

  it('writes NULL as the target handle when it fails', () => {
    const { k, a, h } = withSlot();
    for (const args of [
      dupArgs(0x1230),
      dupArgs(h, { hTargetProcessHandle: 0x1230 }),
      dupArgs(h, { hSourceProcessHandle: 0x1230 }),
    ]) {
      const o = returned(k.call(a, 'DuplicateHandle', args));
      expect([o.value, o.lastError, o.out.lpTargetHandle]).toEqual([0, ERROR.INVALID_HANDLE, 0]);
      expectFacts(o, ['K.11']);
    }
  });

  it('pulls a handle out of the parent into the child and closes it in the parent', () => {
    const k = new Run();
    const parent = k.launch('A.exe');
    const h = k.value(parent, 'CreateMailslot', mailslotArgs());
    const child = returned(k.call(parent, 'CreateProcess', createProcessArgs('B.exe'))).out
      .lpProcessInformation!.dwProcessId as never;
    const hp = k.value(child, 'OpenProcess', {
      dwDesiredAccess: ACCESS.PROCESS_DUP_HANDLE,
      bInheritHandle: false,
      dwProcessId: parent,
    });
    const o = returned(
      k.call(
        child,
        'DuplicateHandle',
        dupArgs(h, { hSourceProcessHandle: hp, dwOptions: DUPLICATE.SAME_ACCESS | DUPLICATE.CLOSE_SOURCE }),
      ),
    );
    expect(o.value).toBe(1);
    expectFacts(o, ['4.13']);
    expect(k.state.processes[parent]!.handles[h]).toBeUndefined();
    expect(k.state.processes[child]!.handles[o.out.lpTargetHandle!]!.role).toBe('mailslotServer');
  });

  it('pushes a handle into a child where only the child can use the value', () => {
    const k = new Run();
    const parent = k.launch('A.exe');
    const h = k.value(parent, 'CreateMailslot', mailslotArgs());
    const pi = returned(k.call(parent, 'CreateProcess', createProcessArgs('B.exe'))).out
      .lpProcessInformation!;
    const o = returned(k.call(parent, 'DuplicateHandle', dupArgs(h, { hTargetProcessHandle: pi.hProcess })));
    expectFacts(o, ['4.14']);
    expect(k.state.processes[pi.dwProcessId]!.handles[o.out.lpTargetHandle!]).toBeDefined();
    expectFacts(k.eventsOf('HandleDuplicated').at(-1), ['4.14']);
  });
});

describe('handle information', () => {
  it('reports 0 for a fresh handle and changes only the masked bits', () => {
    const { k, a, h } = withSlot();
    const g = returned(k.call(a, 'GetHandleInformation', { hObject: h }));
    expect(g.out.lpdwFlags).toBe(0);
    expectFacts(g, ['4.15']);
    const s = returned(
      k.call(a, 'SetHandleInformation', { hObject: h, dwMask: HANDLE_FLAG.INHERIT, dwFlags: 3 }),
    );
    expectFacts(s, ['4.15']);
    expect(returned(k.call(a, 'GetHandleInformation', { hObject: h })).out.lpdwFlags).toBe(
      HANDLE_FLAG.INHERIT,
    );
  });

  it('reports flags 0 for a pseudo handle and refuses to change them with ERROR_ACCESS_DENIED', () => {
    const k = new Run();
    const a = k.launch('A.exe');
    for (const hObject of [-1, -2]) {
      const g = returned(k.call(a, 'GetHandleInformation', { hObject }));
      expect([g.value, g.out.lpdwFlags]).toEqual([1, 0]);
      expectFacts(g, ['K.10']);
      const s = returned(
        k.call(a, 'SetHandleInformation', { hObject, dwMask: HANDLE_FLAG.INHERIT, dwFlags: 1 }),
      );
      expect([s.value, s.lastError]).toEqual([0, ERROR.ACCESS_DENIED]);
      expectFacts(s, ['K.10']);
    }
  });

  it('needs SYNCHRONIZE to wait: WAIT_FAILED with ERROR_ACCESS_DENIED otherwise', () => {
    const k = new Run();
    const a = k.launch('A.exe');
    const b = k.launch('B.exe');
    const h = k.value(a, 'OpenProcess', {
      dwDesiredAccess: ACCESS.PROCESS_DUP_HANDLE,
      bInheritHandle: false,
      dwProcessId: b,
    });
    const o = returned(k.call(a, 'WaitForSingleObject', { hHandle: h, dwMilliseconds: 0 }));
    expect([o.value, o.lastError]).toEqual([WAIT.FAILED, ERROR.ACCESS_DENIED]);
    expectFacts(o, ['4.21']);
  });
});
