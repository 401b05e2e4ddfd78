import { describe, expect, it } from 'vitest';
import { ACCESS, DUPLICATE, ERROR, INFINITE, PIPE } from '../constants.ts';
import { INHERIT, Run, expectFacts, returned, str, text } from '../test/harness.ts';
import { checkNoLeaks } from '../test/invariants.ts';
import { createProcessArgs, read, write } from '../test/setup.ts';

function pipe(nSize = 0, inherit = false) {
  const k = new Run();
  const a = k.launch('A.exe');
  const o = returned(k.call(a, 'CreatePipe', { lpPipeAttributes: inherit ? INHERIT : null, nSize }));
  return { k, a, r: o.out.hReadPipe!, w: o.out.hWritePipe!, created: o };
}

describe('CreatePipe', () => {
  it('makes 4096-byte buffers when nSize is 0, the read end being the server end', () => {
    const { k, a, r, w, created } = pipe(0);
    expectFacts(created, ['2.1']);
    const ri = returned(k.call(a, 'GetNamedPipeInfo', { hNamedPipe: r }));
    expect(ri.out).toEqual({ lpFlags: 1, lpOutBufferSize: 4096, lpInBufferSize: 4096, lpMaxInstances: 1 });
    expectFacts(ri, ['2.1']);
    expect(returned(k.call(a, 'GetNamedPipeInfo', { hNamedPipe: w })).out.lpFlags).toBe(0);
  });

  it('honours nSize exactly', () => {
    const { k, a, r, created } = pipe(1);
    expectFacts(created, ['2.2']);
    const ri = returned(k.call(a, 'GetNamedPipeInfo', { hNamedPipe: r }));
    expect([ri.out.lpOutBufferSize, ri.out.lpInBufferSize]).toEqual([1, 1]);
    expectFacts(ri, ['2.2']);
  });

  it('gives the read end read access only and the write end write access only', () => {
    const { k, a, r, w, created } = pipe();
    expectFacts(created, ['2.3']);
    const p = k.state.processes[a]!;
    expect(p.handles[r]!.access & ACCESS.FILE_WRITE_DATA).toBe(0);
    expect(p.handles[w]!.access & ACCESS.FILE_READ_DATA).toBe(0);
    const rw = returned(k.call(a, 'ReadFile', read(w, 4)));
    expect([rw.value, rw.lastError]).toEqual([0, ERROR.ACCESS_DENIED]);
    expectFacts(rw, ['8.6', '2.3']);
    const wr = returned(k.call(a, 'WriteFile', write(r, text('x'))));
    expect(wr.lastError).toBe(ERROR.ACCESS_DENIED);
    expectFacts(wr, ['8.6']);
  });

  it('makes non-inheritable handles without attributes; DuplicateHandle and SetHandleInformation change that', () => {
    const { k, a, r, created } = pipe();
    expectFacts(created, ['2.15']);
    expect(returned(k.call(a, 'GetHandleInformation', { hObject: r })).out.lpdwFlags).toBe(0);
    const dup = returned(
      k.call(a, 'DuplicateHandle', {
        hSourceProcessHandle: -1,
        hSourceHandle: r,
        hTargetProcessHandle: -1,
        dwDesiredAccess: 0,
        bInheritHandle: true,
        dwOptions: DUPLICATE.SAME_ACCESS,
      }),
    );
    const h = dup.out.lpTargetHandle!;
    expect(returned(k.call(a, 'GetHandleInformation', { hObject: h })).out.lpdwFlags).toBe(1);
    expectFacts(returned(k.call(a, 'SetHandleInformation', { hObject: h, dwMask: 1, dwFlags: 0 })), ['2.15']);
    expect(returned(k.call(a, 'GetHandleInformation', { hObject: h })).out.lpdwFlags).toBe(0);
  });
});

describe('anonymous pipe I/O', () => {
  it('reads back what was written', () => {
    const { k, a, r, w } = pipe();
    const wr = returned(k.call(a, 'WriteFile', write(w, new Uint8Array(30).fill(7))));
    expect(wr.out.lpNumberOfBytesWritten).toBe(30);
    const o = returned(k.call(a, 'ReadFile', read(r, 32)));
    expect(o.out.lpNumberOfBytesRead).toBe(30);
    expectFacts(o, ['2.4']);
  });

  it('gives the pending data after the writer closed, then EOF as ERROR_BROKEN_PIPE', () => {
    const { k, a, r, w } = pipe();
    k.value(a, 'WriteFile', write(w, text('left')));
    k.value(a, 'CloseHandle', { hObject: w });
    expect(str(returned(k.call(a, 'ReadFile', read(r, 32))).out.lpBuffer)).toBe('left');
    const eof = returned(k.call(a, 'ReadFile', read(r, 32)));
    expect([eof.value, eof.lastError]).toEqual([0, ERROR.BROKEN_PIPE]);
    expectFacts(eof, ['2.5', '7.1']);
  });

  it('completes a write that fits with no reader running, and reads it in one call', () => {
    const { k, a, r, w } = pipe(32768 + 24);
    const wr = returned(k.call(a, 'WriteFile', write(w, new Uint8Array(32768))));
    expectFacts(wr, ['2.6']);
    expect(returned(k.call(a, 'ReadFile', read(r, 32768))).out.lpNumberOfBytesRead).toBe(32768);
  });

  it('blocks a read of an empty pipe and returns what is there, even fewer bytes than asked', () => {
    const { k, a, r, w } = pipe();
    const b = k.launch('B.exe');
    // Give B its own handles to the pipe.
    const dupR = returned(
      k.call(a, 'DuplicateHandle', {
        hSourceProcessHandle: -1,
        hSourceHandle: r,
        hTargetProcessHandle: k.value(a, 'OpenProcess', {
          dwDesiredAccess: ACCESS.PROCESS_ALL_ACCESS,
          bInheritHandle: false,
          dwProcessId: b,
        }),
        dwDesiredAccess: 0,
        bInheritHandle: false,
        dwOptions: DUPLICATE.SAME_ACCESS,
      }),
    ).out.lpTargetHandle!;
    const o = k.call(b, 'ReadFile', read(dupR, 11));
    expect(o.kind).toBe('blocked');
    expectFacts(o, ['2.7']);
    k.value(a, 'WriteFile', write(w, text('0123456789')));
    k.poll();
    const done = returned(k.completionOf<'ReadFile'>(b));
    expect(done.out.lpNumberOfBytesRead).toBe(10);
    expectFacts(done, ['2.7']);
  });

  it('blocks a write larger than the free space until the unread rest fits', () => {
    const { k, a, r, w } = pipe(100);
    const b = k.launch('B.exe');
    const hb = k.value(a, 'OpenProcess', {
      dwDesiredAccess: ACCESS.PROCESS_ALL_ACCESS,
      bInheritHandle: false,
      dwProcessId: b,
    });
    const dupW = returned(
      k.call(a, 'DuplicateHandle', {
        hSourceProcessHandle: -1,
        hSourceHandle: w,
        hTargetProcessHandle: hb,
        dwDesiredAccess: 0,
        bInheritHandle: false,
        dwOptions: DUPLICATE.SAME_ACCESS,
      }),
    ).out.lpTargetHandle!;
    const big = k.call(b, 'WriteFile', write(dupW, new Uint8Array(300)));
    expect(big.kind).toBe('blocked');
    expectFacts(big, ['2.8', '2.9']);
    const peek = returned(k.call(a, 'PeekNamedPipe', { hNamedPipe: r, nBufferSize: 0 }));
    expect(peek.out.lpTotalBytesAvail).toBe(300);
    expectFacts(peek, ['2.9']);
    expect(returned(k.call(a, 'ReadFile', read(r, 199))).out.lpNumberOfBytesRead).toBe(199);
    expect(k.poll()).toEqual([]);
    k.value(a, 'ReadFile', read(r, 1));
    k.poll();
    const done = returned(k.completionOf<'WriteFile'>(b));
    expect(done.out.lpNumberOfBytesWritten).toBe(300);
    expectFacts(done, ['2.8']);
  });

  it('fails a write with ERROR_NO_DATA once every read handle is closed', () => {
    const { k, a, r, w } = pipe();
    k.value(a, 'CloseHandle', { hObject: r });
    const o = returned(k.call(a, 'WriteFile', write(w, text('x'))));
    expect([o.value, o.lastError]).toEqual([0, ERROR.NO_DATA]);
    expectFacts(o, ['2.10']);
  });

  it('fails an already-blocked write with ERROR_BROKEN_PIPE when the reader goes, later writes with ERROR_NO_DATA', () => {
    const { k, a, r, w } = pipe(4);
    const b = k.launch('B.exe');
    const hb = k.value(a, 'OpenProcess', {
      dwDesiredAccess: ACCESS.PROCESS_ALL_ACCESS,
      bInheritHandle: false,
      dwProcessId: b,
    });
    const dupW = returned(
      k.call(a, 'DuplicateHandle', {
        hSourceProcessHandle: -1,
        hSourceHandle: w,
        hTargetProcessHandle: hb,
        dwDesiredAccess: 0,
        bInheritHandle: false,
        dwOptions: DUPLICATE.SAME_ACCESS,
      }),
    ).out.lpTargetHandle!;
    expect(k.call(b, 'WriteFile', write(dupW, text('too long'))).kind).toBe('blocked');
    k.value(a, 'CloseHandle', { hObject: r });
    k.poll();
    const done = returned(k.completionOf(b));
    expect([done.value, done.lastError]).toEqual([0, ERROR.BROKEN_PIPE]);
    expectFacts(done, ['2.11']);
    expect(returned(k.call(b, 'WriteFile', write(dupW, text('x')))).lastError).toBe(ERROR.NO_DATA);
  });

  it('lets PeekNamedPipe look at an empty read end without waiting', () => {
    const { k, a, r } = pipe();
    const o = returned(k.call(a, 'PeekNamedPipe', { hNamedPipe: r, nBufferSize: 16 }));
    expect([o.value, o.out.lpTotalBytesAvail, o.out.lpBytesRead]).toEqual([1, 0, 0]);
    expectFacts(o, ['2.13']);
  });

  it('makes a zero-byte read of an empty pipe wait; a 1-byte write wakes it with 0 bytes and leaves the byte', () => {
    const { k, a, r, w } = pipe();
    const b = k.launch('B.exe');
    const hb = k.value(a, 'OpenProcess', {
      dwDesiredAccess: ACCESS.PROCESS_ALL_ACCESS,
      bInheritHandle: false,
      dwProcessId: b,
    });
    const dupR = returned(
      k.call(a, 'DuplicateHandle', {
        hSourceProcessHandle: -1,
        hSourceHandle: r,
        hTargetProcessHandle: hb,
        dwDesiredAccess: 0,
        bInheritHandle: false,
        dwOptions: DUPLICATE.SAME_ACCESS,
      }),
    ).out.lpTargetHandle!;
    expectFacts(k.call(b, 'ReadFile', read(dupR, 0)), ['2.14']);
    k.value(a, 'WriteFile', write(w, new Uint8Array(0)));
    expect(k.poll()).toEqual([]);
    k.value(a, 'WriteFile', write(w, text('x')));
    k.poll();
    const done = returned(k.completionOf<'ReadFile'>(b));
    expect([done.value, done.out.lpNumberOfBytesRead]).toEqual([1, 0]);
    expectFacts(done, ['2.14']);
    expect(
      returned(k.call(a, 'PeekNamedPipe', { hNamedPipe: r, nBufferSize: 0 })).out.lpTotalBytesAvail,
    ).toBe(1);
  });

  it('lives until every handle to both ends in every process is closed, process exit included', () => {
    const { k, a, r, w } = pipe(0, true);
    const child = returned(k.call(a, 'CreateProcess', createProcessArgs('B.exe', { bInheritHandles: true })))
      .out.lpProcessInformation!;
    const id = k.state.processes[a]!.handles[r]!.objectId;
    k.value(a, 'CloseHandle', { hObject: r });
    k.value(a, 'CloseHandle', { hObject: w });
    expect(k.state.objects[id]?.usageCount).toBe(2);
    k.exit(child.dwProcessId as never, 0);
    const closedByExit = k
      .eventsOf('HandleClosed')
      .filter((e) => e.objectId === id && e.facts.includes('2.16'));
    expect(closedByExit).toHaveLength(2);
    expectFacts(closedByExit.at(0), ['2.16', '5.16']);
    expect(k.state.objects[id]).toBeUndefined();
  });

  it('drops the unwritten rest of a blocked write when its writer dies', () => {
    const { k, a, r, w } = pipe(4, true);
    const child = returned(k.call(a, 'CreateProcess', createProcessArgs('B.exe', { bInheritHandles: true })))
      .out.lpProcessInformation!;
    const c = child.dwProcessId as never;
    expect(k.call(c, 'WriteFile', write(w, text('abcdefgh'))).kind).toBe('blocked');
    k.value(a, 'ReadFile', read(r, 2));
    k.value(a, 'TerminateProcess', { hProcess: child.hProcess, uExitCode: 1 });
    const dropped = k.eventsOf('PendingCallDropped');
    expect(dropped).toHaveLength(1);
    expectFacts(dropped.at(0), ['2.17']);
    expect(
      returned(k.call(a, 'PeekNamedPipe', { hNamedPipe: r, nBufferSize: 0 })).out.lpTotalBytesAvail,
    ).toBe(0);
    expect(k.value(a, 'WaitForSingleObject', { hHandle: child.hProcess, dwMilliseconds: INFINITE })).toBe(0);
    k.exit(a, 0);
    checkNoLeaks(k.state);
  });

  it('flushes the write end at once when the reader is gone, but fails a flush that was already waiting', () => {
    const gone = pipe();
    gone.k.value(gone.a, 'WriteFile', write(gone.w, text('left')));
    gone.k.value(gone.a, 'CloseHandle', { hObject: gone.r });
    const now = returned(gone.k.call(gone.a, 'FlushFileBuffers', { hFile: gone.w }));
    expect([now.value, now.lastError]).toEqual([1, undefined]);
    expectFacts(now, ['3.64']);

    const { k, a, r, w } = pipe();
    const b = k.launch('B.exe');
    const hb = k.value(a, 'OpenProcess', {
      dwDesiredAccess: ACCESS.PROCESS_ALL_ACCESS,
      bInheritHandle: false,
      dwProcessId: b,
    });
    const dupW = returned(
      k.call(a, 'DuplicateHandle', {
        hSourceProcessHandle: -1,
        hSourceHandle: w,
        hTargetProcessHandle: hb,
        dwDesiredAccess: 0,
        bInheritHandle: false,
        dwOptions: DUPLICATE.SAME_ACCESS,
      }),
    ).out.lpTargetHandle!;
    k.value(b, 'WriteFile', write(dupW, text('unread')));
    expect(k.call(b, 'FlushFileBuffers', { hFile: dupW }).kind).toBe('blocked');
    k.value(a, 'CloseHandle', { hObject: r });
    k.poll();
    const waited = returned(k.completionOf<'FlushFileBuffers'>(b));
    expect([waited.value, waited.lastError]).toEqual([0, ERROR.BROKEN_PIPE]);
    expectFacts(waited, ['3.62']);
  });

  it('makes a PIPE_NOWAIT read end fail an empty read with ERROR_NO_DATA', () => {
    const { k, a, r, w } = pipe();
    const set = returned(
      k.call(a, 'SetNamedPipeHandleState', {
        hNamedPipe: r,
        lpMode: PIPE.NOWAIT,
        lpMaxCollectionCount: null,
        lpCollectDataTimeout: null,
      }),
    );
    expectFacts(set, ['K.12']);
    const state = returned(
      k.call(a, 'GetNamedPipeHandleState', {
        hNamedPipe: r,
        lpMaxCollectionCount: false,
        lpCollectDataTimeout: false,
        lpUserName: false,
      }),
    );
    expect(state.out.lpState).toBe(PIPE.NOWAIT);
    const o = returned(k.call(a, 'ReadFile', read(r, 8)));
    expect([o.value, o.lastError, o.out.lpNumberOfBytesRead]).toEqual([0, ERROR.NO_DATA, 0]);
    expectFacts(o, ['3.45', 'K.12']);
    k.value(a, 'WriteFile', write(w, text('data')));
    expect(returned(k.call(a, 'ReadFile', read(r, 8))).out.lpNumberOfBytesRead).toBe(4);
  });

  it('makes a PIPE_NOWAIT write end write all or nothing, returning TRUE either way', () => {
    const { k, a, r, w } = pipe(8);
    k.value(a, 'SetNamedPipeHandleState', {
      hNamedPipe: w,
      lpMode: PIPE.NOWAIT,
      lpMaxCollectionCount: null,
      lpCollectDataTimeout: null,
    });
    k.value(a, 'WriteFile', write(w, text('12345')));
    const o = returned(k.call(a, 'WriteFile', write(w, text('6789'))));
    expect([o.value, o.out.lpNumberOfBytesWritten]).toEqual([1, 0]);
    expectFacts(o, ['3.46', 'K.12']);
    expect(returned(k.call(a, 'ReadFile', read(r, 16))).out.lpNumberOfBytesRead).toBe(5);
  });
});
