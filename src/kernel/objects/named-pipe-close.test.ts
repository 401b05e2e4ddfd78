import { describe, expect, it } from 'vitest';
import { ACCESS, ERROR, PIPE, WAIT } from '../constants.ts';
import { expectFacts, returned, str, text } from '../test/harness.ts';
import { checkNoLeaks } from '../test/invariants.ts';
import { MESSAGE, connected, instanceState, server } from '../test/named-pipe-fixtures.ts';
import { PIPE_NAME, RW, namedPipeArgs, openArgs, read, write } from '../test/setup.ts';

describe('disconnecting and closing', () => {
  it('throws unread data away on disconnect, then I/O on both ends fails with ERROR_PIPE_NOT_CONNECTED', () => {
    const { k, s, c, hs, hc } = connected();
    k.value(c, 'WriteFile', write(hc, text('unread')));
    const d = returned(k.call(s, 'DisconnectNamedPipe', { hNamedPipe: hs }));
    expect(d.value).toBe(1);
    expectFacts(d, ['3.56', '3.72']);
    expectFacts(k.eventsOf('InstanceStateChanged').at(-1), ['3.72']);
    const r = returned(k.call(s, 'ReadFile', read(hs, 8)));
    expect(r.lastError).toBe(ERROR.PIPE_NOT_CONNECTED);
    expectFacts(r, ['3.56']);
    expect(returned(k.call(c, 'ReadFile', read(hc, 8))).lastError).toBe(ERROR.PIPE_NOT_CONNECTED);
    expect(returned(k.call(c, 'WriteFile', write(hc, text('x')))).lastError).toBe(ERROR.PIPE_NOT_CONNECTED);
  });

  it('throws away a reply the client has not read when the server disconnects without flushing', () => {
    const { k, s, c, hs, hc } = connected();
    k.value(s, 'WriteFile', write(hs, text('reply')));
    const d = returned(k.call(s, 'DisconnectNamedPipe', { hNamedPipe: hs }));
    expectFacts(d, ['7.6']);
    expect(returned(k.call(c, 'ReadFile', read(hc, 8))).lastError).toBe(ERROR.PIPE_NOT_CONNECTED);
  });

  it('fails a second disconnect with ERROR_PIPE_NOT_CONNECTED', () => {
    const { k, s, hs } = connected();
    k.value(s, 'DisconnectNamedPipe', { hNamedPipe: hs });
    const o = returned(k.call(s, 'DisconnectNamedPipe', { hNamedPipe: hs }));
    expect([o.value, o.lastError]).toEqual([0, ERROR.PIPE_NOT_CONNECTED]);
    expectFacts(o, ['3.57']);
  });

  it('leaves the client handle not signaled after a disconnect', () => {
    const { k, s, c, hs, hc } = connected();
    expect(k.value(c, 'WaitForSingleObject', { hHandle: hc, dwMilliseconds: 0 })).toBe(WAIT.OBJECT_0);
    k.value(s, 'DisconnectNamedPipe', { hNamedPipe: hs });
    const o = returned(k.call(c, 'WaitForSingleObject', { hHandle: hc, dwMilliseconds: 0 }));
    expect(o.value).toBe(WAIT.TIMEOUT);
    expectFacts(o, ['3.58']);
  });

  it('fails waiting reads, writes and flushes with ERROR_PIPE_NOT_CONNECTED on disconnect', () => {
    const { k, s, c, hs, hc } = connected({ nInBufferSize: 2 });
    const d = k.launch('C.exe');
    expect(k.call(c, 'WriteFile', write(hc, text('long write'))).kind).toBe('blocked');
    const dup = returned(
      k.call(s, 'DuplicateHandle', {
        hSourceProcessHandle: -1,
        hSourceHandle: hs,
        hTargetProcessHandle: k.value(s, 'OpenProcess', {
          dwDesiredAccess: ACCESS.PROCESS_ALL_ACCESS,
          bInheritHandle: false,
          dwProcessId: d,
        }),
        dwDesiredAccess: 0,
        bInheritHandle: false,
        dwOptions: 2,
      }),
    ).out.lpTargetHandle!;
    k.value(s, 'WriteFile', write(hs, text('reply')));
    expect(k.call(s, 'FlushFileBuffers', { hFile: hs }).kind).toBe('blocked');
    k.value(d, 'DisconnectNamedPipe', { hNamedPipe: dup });
    k.poll();
    for (const pid of [c, s]) {
      const o = returned(k.completionOf(pid));
      expect([o.value, o.lastError]).toEqual([0, ERROR.PIPE_NOT_CONNECTED]);
      expectFacts(o, ['3.59']);
    }
  });

  it('lets the client drain data after the server closed, then ERROR_BROKEN_PIPE; its writes get ERROR_NO_DATA', () => {
    const { k, s, c, hs, hc } = connected();
    k.value(s, 'WriteFile', write(hs, text('bye')));
    k.value(s, 'CloseHandle', { hObject: hs });
    expectFacts(k.eventsOf('InstanceStateChanged').at(-1), ['3.71']);
    const w = returned(k.call(c, 'WriteFile', write(hc, text('x'))));
    expect(w.lastError).toBe(ERROR.NO_DATA);
    expectFacts(w, ['3.60']);
    const zero = returned(k.call(c, 'ReadFile', read(hc, 0)));
    expect([zero.value, zero.out.lpNumberOfBytesRead]).toEqual([1, 0]);
    expectFacts(zero, ['3.61']);
    expect(str(returned(k.call(c, 'ReadFile', read(hc, 8))).out.lpBuffer)).toBe('bye');
    const eof = returned(k.call(c, 'ReadFile', read(hc, 8)));
    expect(eof.lastError).toBe(ERROR.BROKEN_PIPE);
    expectFacts(eof, ['3.60', '3.61']);
  });

  it('fails waiting reads and flushes with ERROR_BROKEN_PIPE when the peer closes', () => {
    const { k, s, c, hs, hc } = connected();
    expect(k.call(s, 'ReadFile', read(hs, 8)).kind).toBe('blocked');
    k.value(c, 'CloseHandle', { hObject: hc });
    k.poll();
    const o = returned(k.completionOf(s));
    expect([o.value, o.lastError]).toEqual([0, ERROR.BROKEN_PIPE]);
    expectFacts(o, ['3.62']);
    const f = connected();
    f.k.value(f.s, 'WriteFile', write(f.hs, text('unread')));
    expect(f.k.call(f.s, 'FlushFileBuffers', { hFile: f.hs }).kind).toBe('blocked');
    f.k.value(f.c, 'CloseHandle', { hObject: f.hc });
    f.k.poll();
    expectFacts(f.k.completionOf(f.s), ['3.62']);
  });

  it('still answers Get/SetNamedPipeHandleState after the peer closed', () => {
    const { k, s, c, hs, hc } = connected(MESSAGE);
    k.value(c, 'CloseHandle', { hObject: hc });
    const o = returned(
      k.call(s, 'SetNamedPipeHandleState', {
        hNamedPipe: hs,
        lpMode: PIPE.READMODE_BYTE,
        lpMaxCollectionCount: null,
        lpCollectDataTimeout: null,
      }),
    );
    expect(o.value).toBe(1);
    expectFacts(o, ['3.63']);
    const g = returned(
      k.call(s, 'GetNamedPipeHandleState', {
        hNamedPipe: hs,
        lpMaxCollectionCount: false,
        lpCollectDataTimeout: false,
        lpUserName: false,
      }),
    );
    expect(g.value).toBe(1);
  });

  it('flushes at once with nothing unread, waits until the peer read everything otherwise', () => {
    const { k, s, c, hs, hc } = connected();
    expectFacts(returned(k.call(s, 'FlushFileBuffers', { hFile: hs })), ['3.64']);
    k.value(s, 'WriteFile', write(hs, text('data')));
    expect(k.call(s, 'FlushFileBuffers', { hFile: hs }).kind).toBe('blocked');
    k.value(c, 'ReadFile', read(hc, 2));
    expect(k.poll()).toEqual([]);
    k.value(c, 'ReadFile', read(hc, 2));
    k.poll();
    expectFacts(k.completionOf(s), ['3.64']);
  });

  it('flushes at once on a listening server and fails on a disconnected client', () => {
    const { k, s, c, hs, hc } = connected();
    k.value(s, 'DisconnectNamedPipe', { hNamedPipe: hs });
    const fc = returned(k.call(c, 'FlushFileBuffers', { hFile: hc }));
    expect(fc.lastError).toBe(ERROR.PIPE_NOT_CONNECTED);
    expectFacts(fc, ['3.64']);
    expect(returned(k.call(s, 'FlushFileBuffers', { hFile: hs })).value).toBe(1);
  });

  it('runs connect, talk, flush, disconnect again and again on one instance', () => {
    const { k, s, c, hs } = server();
    for (let round = 0; round < 8; round++) {
      const connect = k.call(s, 'ConnectNamedPipe', { hNamedPipe: hs });
      expect(connect.kind).toBe('blocked');
      const hc = k.value(c, 'CreateFile', openArgs(PIPE_NAME, RW));
      k.poll();
      expectFacts(k.completionOf(s), ['3.65']);
      k.value(c, 'WriteFile', write(hc, text(`r${round}`)));
      expect(str(returned(k.call(s, 'ReadFile', read(hs, 8))).out.lpBuffer)).toBe(`r${round}`);
      k.value(s, 'WriteFile', write(hs, text('ok')));
      expect(k.call(s, 'FlushFileBuffers', { hFile: hs }).kind).toBe('blocked');
      k.value(c, 'ReadFile', read(hc, 8));
      k.poll();
      k.value(c, 'CloseHandle', { hObject: hc });
      k.value(s, 'DisconnectNamedPipe', { hNamedPipe: hs });
    }
    k.value(s, 'CloseHandle', { hObject: hs });
    k.exit(s, 0);
    k.exit(c, 0);
    checkNoLeaks(k.state);
  });

  it('keeps the other end disconnected, not broken, when an end closes after a disconnect', () => {
    const { k, s, c, hs, hc } = connected();
    k.value(s, 'DisconnectNamedPipe', { hNamedPipe: hs });
    k.value(s, 'CloseHandle', { hObject: hs });
    const o = returned(k.call(c, 'ReadFile', read(hc, 4)));
    expect(o.lastError).toBe(ERROR.PIPE_NOT_CONNECTED);
    expectFacts(o, ['3.66']);
  });

  it('ends the instance when the server handle closes, so a new one fits under max 1', () => {
    const { k, s, c, hs, hc } = connected();
    k.value(s, 'CloseHandle', { hObject: hs });
    const g = returned(
      k.call(c, 'GetNamedPipeHandleState', {
        hNamedPipe: hc,
        lpMaxCollectionCount: false,
        lpCollectDataTimeout: false,
        lpUserName: false,
      }),
    );
    expect(g.out.lpCurInstances).toBe(0);
    expectFacts(g, ['3.67']);
    expect(k.value(s, 'CreateNamedPipe', namedPipeArgs())).toBeGreaterThan(0);
  });

  it('keeps the server CLOSING after the client closed until DisconnectNamedPipe, then a new client can connect', () => {
    const { k, s, c, hs, hc } = connected();
    k.value(c, 'CloseHandle', { hObject: hc });
    expect(instanceState(k, s, hs)).toBe('closing');
    expectFacts(k.eventsOf('InstanceStateChanged').at(-1), ['3.68']);
    k.value(s, 'DisconnectNamedPipe', { hNamedPipe: hs });
    expect(k.call(s, 'ConnectNamedPipe', { hNamedPipe: hs }).kind).toBe('blocked');
    k.value(c, 'CreateFile', openArgs(PIPE_NAME, RW));
    k.poll();
    expect(returned(k.completionOf(s)).value).toBe(1);
  });
});
