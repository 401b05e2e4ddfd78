import { describe, expect, it } from 'vitest';
import { ACCESS, DISPOSITION, ERROR, PIPE } from '../constants.ts';
import type { SyscallArgs } from '../api-types.ts';
import { expectFacts, returned, text } from '../test/harness.ts';
import { MESSAGE, connected, server } from '../test/named-pipe-fixtures.ts';
import { PIPE_NAME, SLOT, mailslotArgs, openArgs, write } from '../test/setup.ts';

const peekArgs = (hNamedPipe: number) => ({ hNamedPipe, nBufferSize: 0 });
const transactArgs = (hNamedPipe: number): SyscallArgs['TransactNamedPipe'] => ({
  hNamedPipe,
  lpInBuffer: text('ask'),
  nInBufferSize: 3,
  nOutBufferSize: 16,
});
const modeArgs = (hNamedPipe: number, lpMode: number): SyscallArgs['SetNamedPipeHandleState'] => ({
  hNamedPipe,
  lpMode,
  lpMaxCollectionCount: null,
  lpCollectDataTimeout: null,
});
const stateArgs = (hNamedPipe: number): SyscallArgs['GetNamedPipeHandleState'] => ({
  hNamedPipe,
  lpMaxCollectionCount: false,
  lpCollectDataTimeout: false,
  lpUserName: false,
});
const failure = (o: { value: number; lastError: number | undefined }) => [o.value, o.lastError];

/** A server instance and a client process that opens it with the given access. */
function clientWith(access: number, over: Partial<SyscallArgs['CreateNamedPipe']> = MESSAGE) {
  const x = server(over);
  const hc = x.k.value(x.c, 'CreateFile', openArgs(PIPE_NAME, access));
  return { ...x, hc };
}

function anonymous() {
  const x = server();
  const o = returned(x.k.call(x.s, 'CreatePipe', { lpPipeAttributes: null, nSize: 0 }));
  return { ...x, r: o.out.hReadPipe!, w: o.out.hWritePipe! };
}

describe('the access a pipe control call needs', () => {
  it('refuses PeekNamedPipe through a handle without read access with ERROR_ACCESS_DENIED', () => {
    const { k, c, hc } = clientWith(ACCESS.GENERIC_WRITE);
    const o = returned(k.call(c, 'PeekNamedPipe', peekArgs(hc)));
    expect(failure(o)).toEqual([0, ERROR.ACCESS_DENIED]);
    expectFacts(o, ['K.4']);
    const out = server({ dwOpenMode: PIPE.ACCESS_OUTBOUND });
    out.k.value(out.c, 'CreateFile', openArgs(PIPE_NAME, ACCESS.GENERIC_READ));
    expect(failure(returned(out.k.call(out.s, 'PeekNamedPipe', peekArgs(out.hs))))).toEqual([
      0,
      ERROR.ACCESS_DENIED,
    ]);
  });

  it('refuses TransactNamedPipe through a handle that cannot both read and write with ERROR_ACCESS_DENIED', () => {
    const { k, c, hc } = clientWith(ACCESS.GENERIC_READ);
    const o = returned(k.call(c, 'TransactNamedPipe', transactArgs(hc)));
    expect(failure(o)).toEqual([0, ERROR.ACCESS_DENIED]);
    expectFacts(o, ['K.4']);
    const a = anonymous();
    expect(failure(returned(a.k.call(a.s, 'TransactNamedPipe', transactArgs(a.w))))).toEqual([
      0,
      ERROR.ACCESS_DENIED,
    ]);
  });

  it('refuses FlushFileBuffers through a handle without write access, and on a process handle', () => {
    const a = anonymous();
    const o = returned(a.k.call(a.s, 'FlushFileBuffers', { hFile: a.r }));
    expect(failure(o)).toEqual([0, ERROR.ACCESS_DENIED]);
    expectFacts(o, ['K.5']);
    const inbound = server({ dwOpenMode: PIPE.ACCESS_INBOUND });
    expect(failure(returned(inbound.k.call(inbound.s, 'FlushFileBuffers', { hFile: inbound.hs })))).toEqual([
      0,
      ERROR.ACCESS_DENIED,
    ]);
    const file = a.k.value(
      a.s,
      'CreateFile',
      openArgs('notes.txt', ACCESS.GENERIC_READ, DISPOSITION.CREATE_NEW),
    );
    expect(failure(returned(a.k.call(a.s, 'FlushFileBuffers', { hFile: file })))).toEqual([
      0,
      ERROR.ACCESS_DENIED,
    ]);
    const self = a.k.value(a.s, 'OpenProcess', {
      dwDesiredAccess: ACCESS.PROCESS_ALL_ACCESS,
      bInheritHandle: false,
      dwProcessId: a.s,
    });
    const p = returned(a.k.call(a.s, 'FlushFileBuffers', { hFile: self }));
    expect(failure(p)).toEqual([0, ERROR.INVALID_HANDLE]);
    expectFacts(p, ['K.5', 'K.3']);
  });

  it('refuses SetNamedPipeHandleState to a client opened with GENERIC_READ only, not to one that may write', () => {
    const ro = clientWith(ACCESS.GENERIC_READ);
    const o = returned(ro.k.call(ro.c, 'SetNamedPipeHandleState', modeArgs(ro.hc, PIPE.READMODE_MESSAGE)));
    expect(failure(o)).toEqual([0, ERROR.ACCESS_DENIED]);
    expectFacts(o, ['K.6']);
    const rw = clientWith(ACCESS.GENERIC_READ | ACCESS.GENERIC_WRITE);
    expect(rw.k.value(rw.c, 'SetNamedPipeHandleState', modeArgs(rw.hc, PIPE.READMODE_MESSAGE))).toBe(1);
  });

  it('gives the anonymous pipe ends the access Windows grants, so either end may set its mode', () => {
    const a = anonymous();
    const handles = a.k.state.processes[a.s]!.handles;
    expect(handles[a.r]!.access).toBe(0x120189);
    expect(handles[a.w]!.access).toBe(0x120196);
    for (const h of [a.r, a.w])
      expect(a.k.value(a.s, 'SetNamedPipeHandleState', modeArgs(h, PIPE.READMODE_BYTE))).toBe(1);
  });

  it('answers ConnectNamedPipe on a process handle with ERROR_INVALID_HANDLE', () => {
    const { k, s } = server();
    const self = k.value(s, 'OpenProcess', {
      dwDesiredAccess: ACCESS.PROCESS_ALL_ACCESS,
      bInheritHandle: false,
      dwProcessId: s,
    });
    const o = returned(k.call(s, 'ConnectNamedPipe', { hNamedPipe: self }));
    expect(failure(o)).toEqual([0, ERROR.INVALID_HANDLE]);
    expectFacts(o, ['K.3']);
  });
});

describe('a client handle cut off by DisconnectNamedPipe', () => {
  it('fails GetNamedPipeInfo, Get/SetNamedPipeHandleState and TransactNamedPipe with ERROR_PIPE_NOT_CONNECTED', () => {
    const { k, s, c, hs, hc } = connected(MESSAGE);
    k.value(s, 'DisconnectNamedPipe', { hNamedPipe: hs });
    const info = returned(k.call(c, 'GetNamedPipeInfo', { hNamedPipe: hc }));
    expect(failure(info)).toEqual([0, ERROR.PIPE_NOT_CONNECTED]);
    expectFacts(info, ['K.7']);
    expect(failure(returned(k.call(c, 'GetNamedPipeHandleState', stateArgs(hc))))).toEqual([
      0,
      ERROR.PIPE_NOT_CONNECTED,
    ]);
    expect(failure(returned(k.call(c, 'SetNamedPipeHandleState', modeArgs(hc, PIPE.READMODE_BYTE))))).toEqual(
      [0, ERROR.PIPE_NOT_CONNECTED],
    );
    expect(failure(returned(k.call(c, 'TransactNamedPipe', transactArgs(hc))))).toEqual([
      0,
      ERROR.PIPE_NOT_CONNECTED,
    ]);
  });

  it('leaves the server end answering those queries', () => {
    const { k, s, hs } = connected(MESSAGE);
    k.value(s, 'DisconnectNamedPipe', { hNamedPipe: hs });
    expect(k.value(s, 'GetNamedPipeInfo', { hNamedPipe: hs })).toBe(1);
    expect(k.value(s, 'GetNamedPipeHandleState', stateArgs(hs))).toBe(1);
  });
});

describe('TransactNamedPipe on an instance that is not connected', () => {
  it('fails with ERROR_BAD_PIPE whether the instance listens, closes or is disconnected', () => {
    const listening = server(MESSAGE);
    const o = returned(listening.k.call(listening.s, 'TransactNamedPipe', transactArgs(listening.hs)));
    expect(failure(o)).toEqual([0, ERROR.BAD_PIPE]);
    expectFacts(o, ['K.8']);

    const closing = connected(MESSAGE);
    closing.k.value(closing.c, 'WriteFile', write(closing.hc, text('left')));
    closing.k.value(closing.c, 'CloseHandle', { hObject: closing.hc });
    expect(
      failure(returned(closing.k.call(closing.s, 'TransactNamedPipe', transactArgs(closing.hs)))),
    ).toEqual([0, ERROR.BAD_PIPE]);

    const orphan = connected(MESSAGE);
    orphan.k.value(orphan.s, 'CloseHandle', { hObject: orphan.hs });
    expect(failure(returned(orphan.k.call(orphan.c, 'TransactNamedPipe', transactArgs(orphan.hc))))).toEqual([
      0,
      ERROR.BAD_PIPE,
    ]);

    const cut = connected(MESSAGE);
    cut.k.value(cut.s, 'DisconnectNamedPipe', { hNamedPipe: cut.hs });
    expect(failure(returned(cut.k.call(cut.s, 'TransactNamedPipe', transactArgs(cut.hs))))).toEqual([
      0,
      ERROR.BAD_PIPE,
    ]);
  });
});

describe('CreateFile on a pipe or mailslot name', () => {
  it('sets the last error to 0 when it opens one, as any CreateFile success does', () => {
    const { k, s, c } = server();
    k.value(s, 'CreateMailslot', mailslotArgs());
    for (const [name, access] of [
      [PIPE_NAME, ACCESS.GENERIC_READ | ACCESS.GENERIC_WRITE],
      [SLOT, ACCESS.GENERIC_WRITE],
    ] as const) {
      k.value(c, 'SetLastError', { dwErrCode: ERROR.FILE_NOT_FOUND });
      const o = returned(k.call(c, 'CreateFile', openArgs(name, access)));
      expect(o.value).toBeGreaterThan(0);
      expect(k.lastError(c)).toBe(ERROR.SUCCESS);
      expectFacts(o, ['K.13']);
    }
  });

  it('reports ERROR_ALREADY_EXISTS for OPEN_ALWAYS, the name existing', () => {
    const { k, c } = server();
    const o = returned(
      k.call(c, 'CreateFile', openArgs(PIPE_NAME, ACCESS.GENERIC_READ, DISPOSITION.OPEN_ALWAYS)),
    );
    expect([o.value > 0, o.lastError]).toEqual([true, ERROR.ALREADY_EXISTS]);
  });
});
