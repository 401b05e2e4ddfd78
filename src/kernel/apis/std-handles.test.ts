import { describe, expect, it } from 'vitest';
import { CONSOLE_HANDLE, ERROR } from '../constants.ts';
import { INHERIT, Run, expectFacts, returned } from '../test/harness.ts';

function proc() {
  const k = new Run(['A.exe']);
  return { k, p: k.launch('A.exe') };
}

const STD_ERROR_HANDLE = 0xfffffff4;

describe('GetStdHandle and SetStdHandle', () => {
  it('answers the console handles, as (DWORD)-11 or -11', () => {
    const { k, p } = proc();
    for (const n of [0xfffffff5, -11]) {
      const o = returned(k.call(p, 'GetStdHandle', { nStdHandle: n }));
      expect([o.value, o.lastError]).toEqual([CONSOLE_HANDLE.OUTPUT, undefined]);
      expectFacts(o, ['K.16', '5.14']);
    }
    expect(k.value(p, 'GetStdHandle', { nStdHandle: -10 })).toBe(CONSOLE_HANDLE.INPUT);
  });

  it('stores any value with SetStdHandle and refuses an unknown nStdHandle', () => {
    const { k, p } = proc();
    const set = returned(k.call(p, 'SetStdHandle', { nStdHandle: -12, hHandle: 0x1234 }));
    expect(set.value).toBe(1);
    expectFacts(set, ['K.16']);
    expect(k.value(p, 'GetStdHandle', { nStdHandle: -12 })).toBe(0x1234);
    expectFacts(k.eventsOf('StdHandleChanged')[0], ['K.16']);
    // The handles the process started with do not move (the C runtime keeps using them).
    expect(k.state.processes[p]!.startStdHandles.error).toBe(CONSOLE_HANDLE.ERROR);
    const bad = returned(k.call(p, 'GetStdHandle', { nStdHandle: -13 }));
    expect([bad.value, bad.lastError]).toEqual([-1, ERROR.INVALID_HANDLE]);
    const badSet = returned(k.call(p, 'SetStdHandle', { nStdHandle: 7, hHandle: 0 }));
    expect([badSet.value, badSet.lastError]).toEqual([0, ERROR.INVALID_HANDLE]);
    expectFacts(badSet, ['K.16']);
  });
});

describe('CloseHandle on standard and console handles', () => {
  it('closes the current stderr handle for (HANDLE)STD_ERROR_HANDLE, after which GetStdHandle gives NULL', () => {
    const { k, p } = proc();
    const { hWritePipe: w } = returned(k.call(p, 'CreatePipe', { lpPipeAttributes: INHERIT, nSize: 0 })).out;
    k.value(p, 'SetStdHandle', { nStdHandle: -12, hHandle: w! });
    const o = returned(k.call(p, 'CloseHandle', { hObject: STD_ERROR_HANDLE }));
    expect(o.value).toBe(1);
    expectFacts(o, ['4.22', '4.17']);
    expect(k.state.processes[p]!.handles[w!]).toBeUndefined();
    expect(k.value(p, 'GetStdHandle', { nStdHandle: -12 })).toBe(0);
    expectFacts(k.eventsOf('StdHandleChanged').at(-1), ['4.22']);
    const again = returned(k.call(p, 'CloseHandle', { hObject: -12 }));
    expect([again.value, again.lastError]).toEqual([0, ERROR.INVALID_HANDLE]);
    expectFacts(again, ['4.22', '4.3']);
  });

  it('closes a console handle once: it leaves the process, a second close fails', () => {
    const { k, p } = proc();
    const o = returned(k.call(p, 'CloseHandle', { hObject: CONSOLE_HANDLE.ERROR }));
    expect([o.value, o.lastError]).toEqual([1, undefined]);
    expectFacts(o, ['K.14']);
    expect(k.state.processes[p]!.consoleHandles).toEqual([CONSOLE_HANDLE.INPUT, CONSOLE_HANDLE.OUTPUT]);
    const again = returned(k.call(p, 'CloseHandle', { hObject: CONSOLE_HANDLE.ERROR }));
    expect([again.value, again.lastError]).toEqual([0, ERROR.INVALID_HANDLE]);
    // Closing stdout through STD_OUTPUT_HANDLE closes the console handle behind it.
    expect(k.value(p, 'CloseHandle', { hObject: 0xfffffff5 })).toBe(1);
    expect(k.state.processes[p]!.consoleHandles).toEqual([CONSOLE_HANDLE.INPUT]);
  });

  it('keeps the tag-bit rule for real handles next to the console values', () => {
    const { k, p } = proc();
    const { hReadPipe: r } = returned(k.call(p, 'CreatePipe', { lpPipeAttributes: null, nSize: 0 })).out;
    expect(r).toBe(4);
    expect(returned(k.call(p, 'PeekNamedPipe', { hNamedPipe: r! | 3, nBufferSize: 0 })).value).toBe(1);
  });
});
