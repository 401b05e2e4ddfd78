/** The textbook programs' kernel traffic, call by call (the conformance cases at kernel level). */
import { describe, expect, it } from 'vitest';
import { ERROR, INFINITE, PIPE, STILL_ACTIVE, WAIT, ACCESS, DISPOSITION, DUPLICATE } from '../constants.ts';
import { INHERIT, NO_SA, Run, expectFacts, returned, str, text } from './harness.ts';
import { checkNoLeaks } from './invariants.ts';

const createArgs = (cmd: string, inherit: boolean, env: readonly string[] | null = null) => ({
  lpApplicationName: null,
  lpCommandLine: cmd,
  lpProcessAttributes: null,
  lpThreadAttributes: null,
  bInheritHandles: inherit,
  dwCreationFlags: 0,
  lpEnvironment: env,
  lpCurrentDirectory: null,
});

describe('textbook scenarios', () => {
  it('waits for two adders and reads their exit codes', () => {
    const k = new Run(['NonStopAdderManager.exe', 'PartAdder.exe']);
    const mgr = k.launch('NonStopAdderManager.exe');
    const c1 = returned(k.call(mgr, 'CreateProcess', createArgs('PartAdder.exe 1 10', true)));
    const c2 = returned(k.call(mgr, 'CreateProcess', createArgs('PartAdder.exe 11 20', true)));
    const pi1 = c1.out.lpProcessInformation!;
    const pi2 = c2.out.lpProcessInformation!;
    expect(k.state.objects[k.state.processes[pi1.dwProcessId]!.processObject]!.usageCount).toBe(2);
    k.value(mgr, 'CloseHandle', { hObject: pi1.hThread });
    k.value(mgr, 'CloseHandle', { hObject: pi2.hThread });
    const w = k.call(mgr, 'WaitForSingleObject', { hHandle: pi1.hProcess, dwMilliseconds: INFINITE });
    expect(w.kind).toBe('blocked');
    k.exit(pi1.dwProcessId as never, 55);
    k.poll();
    expectFacts(k.completionOf(mgr), ['5.1', '5.7']);
    expect(returned(k.completionOf(mgr)).value).toBe(WAIT.OBJECT_0);
    k.exit(pi2.dwProcessId as never, 155);
    expect(k.value(mgr, 'WaitForSingleObject', { hHandle: pi2.hProcess, dwMilliseconds: INFINITE })).toBe(0);
    const e1 = returned(k.call(mgr, 'GetExitCodeProcess', { hProcess: pi1.hProcess }));
    const e2 = returned(k.call(mgr, 'GetExitCodeProcess', { hProcess: pi2.hProcess }));
    expect(e1.out.lpExitCode! + e2.out.lpExitCode!).toBe(210);
    k.value(mgr, 'CloseHandle', { hObject: pi1.hProcess });
    k.value(mgr, 'CloseHandle', { hObject: pi2.hProcess });
    k.exit(mgr, 0);
    checkNoLeaks(k.state);
  });

  it('lets a child wait on its parent through a duplicated pseudo handle', () => {
    const k = new Run(['DuplicateHandle.exe', 'ChildProcess.exe']);
    const parent = k.launch('DuplicateHandle.exe');
    expect(k.value(parent, 'GetCurrentProcess', {})).toBe(-1);
    const dup = returned(
      k.call(parent, 'DuplicateHandle', {
        hSourceProcessHandle: -1,
        hSourceHandle: -1,
        hTargetProcessHandle: -1,
        dwDesiredAccess: 0,
        bInheritHandle: true,
        dwOptions: DUPLICATE.SAME_ACCESS,
      }),
    );
    const h = dup.out.lpTargetHandle!;
    expect(h % 4).toBe(0);
    const pi = returned(k.call(parent, 'CreateProcess', createArgs(`ChildProcess.exe ${h}`, true))).out
      .lpProcessInformation!;
    const child = pi.dwProcessId as never;
    expect(returned(k.call(child, 'GetExitCodeProcess', { hProcess: h })).out.lpExitCode).toBe(STILL_ACTIVE);
    expect(k.call(child, 'WaitForSingleObject', { hHandle: h, dwMilliseconds: INFINITE }).kind).toBe(
      'blocked',
    );
    k.value(parent, 'CloseHandle', { hObject: pi.hProcess });
    k.value(parent, 'CloseHandle', { hObject: pi.hThread });
    expect(k.call(parent, 'Sleep', { dwMilliseconds: 100 }).kind).toBe('blocked');
    k.advance(100);
    k.exit(parent, 7);
    k.poll();
    expect(returned(k.completionOf(child)).value).toBe(WAIT.OBJECT_0);
    expect(returned(k.call(child, 'GetExitCodeProcess', { hProcess: h })).out.lpExitCode).toBe(7);
    k.value(child, 'CloseHandle', { hObject: h });
    k.exit(child, 0);
    checkNoLeaks(k.state);
  });

  it('streams through an anonymous pipe to a child until end of file', () => {
    const k = new Run(['PipeParent.exe', 'PipeChild.exe']);
    const parent = k.launch('PipeParent.exe');
    const p = returned(k.call(parent, 'CreatePipe', { lpPipeAttributes: INHERIT, nSize: 0 })).out;
    k.value(parent, 'SetHandleInformation', { hObject: p.hWritePipe!, dwMask: 1, dwFlags: 0 });
    const pi = returned(k.call(parent, 'CreateProcess', createArgs(`PipeChild.exe ${p.hReadPipe}`, true))).out
      .lpProcessInformation!;
    const child = pi.dwProcessId as never;
    k.value(parent, 'CloseHandle', { hObject: p.hReadPipe! });
    expect(k.call(child, 'ReadFile', { hFile: p.hReadPipe!, nNumberOfBytesToRead: 126 }).kind).toBe(
      'blocked',
    );
    k.value(parent, 'WriteFile', {
      hFile: p.hWritePipe!,
      lpBuffer: text('first '),
      nNumberOfBytesToWrite: 6,
    });
    k.poll();
    expect(str(returned(k.completionOf<'ReadFile'>(child)).out.lpBuffer as Uint8Array)).toBe('first ');
    k.value(parent, 'WriteFile', {
      hFile: p.hWritePipe!,
      lpBuffer: text('second'),
      nNumberOfBytesToWrite: 6,
    });
    k.value(parent, 'CloseHandle', { hObject: p.hWritePipe! });
    expect(
      str(
        returned(k.call(child, 'ReadFile', { hFile: p.hReadPipe!, nNumberOfBytesToRead: 126 })).out.lpBuffer,
      ),
    ).toBe('second');
    const eof = returned(k.call(child, 'ReadFile', { hFile: p.hReadPipe!, nNumberOfBytesToRead: 126 }));
    expect([eof.value, eof.lastError]).toEqual([0, ERROR.BROKEN_PIPE]);
    k.exit(child, 0);
    k.value(parent, 'WaitForSingleObject', { hHandle: pi.hProcess, dwMilliseconds: INFINITE });
    k.exit(parent, 0);
    checkNoLeaks(k.state);
  });

  it('serves two clients on one message-mode instance, one after the other', () => {
    const k = new Run(['PipeServer.exe', 'PipeClient.exe']);
    const server = k.launch('PipeServer.exe');
    const a = k.launch('PipeClient.exe alpha');
    const b = k.launch('PipeClient.exe beta');
    const name = '\\\\.\\pipe\\echo';
    const hs = k.value(server, 'CreateNamedPipe', {
      lpName: name,
      dwOpenMode: PIPE.ACCESS_DUPLEX,
      dwPipeMode: PIPE.TYPE_MESSAGE | PIPE.READMODE_MESSAGE,
      nMaxInstances: 1,
      nOutBufferSize: 256,
      nInBufferSize: 256,
      nDefaultTimeOut: 20000,
      lpSecurityAttributes: NO_SA,
    });
    const open = {
      lpFileName: name,
      dwDesiredAccess: ACCESS.GENERIC_READ | ACCESS.GENERIC_WRITE,
      dwShareMode: 0,
      lpSecurityAttributes: NO_SA,
      dwCreationDisposition: DISPOSITION.OPEN_EXISTING,
      dwFlagsAndAttributes: 0,
      hTemplateFile: 0,
    };
    const ha = k.value(a, 'CreateFile', open);
    const busy = returned(k.call(b, 'CreateFile', open));
    expect([busy.value, busy.lastError]).toEqual([-1, ERROR.PIPE_BUSY]);
    expect(k.call(b, 'WaitNamedPipe', { lpNamedPipeName: name, nTimeOut: 0xffffffff }).kind).toBe('blocked');
    const c = returned(k.call(server, 'ConnectNamedPipe', { hNamedPipe: hs }));
    expect(c.lastError).toBe(ERROR.PIPE_CONNECTED);
    k.value(a, 'SetNamedPipeHandleState', {
      hNamedPipe: ha,
      lpMode: PIPE.READMODE_MESSAGE,
      lpMaxCollectionCount: null,
      lpCollectDataTimeout: null,
    });
    k.value(a, 'WriteFile', { hFile: ha, lpBuffer: text('alpha'), nNumberOfBytesToWrite: 5 });
    expect(
      str(returned(k.call(server, 'ReadFile', { hFile: hs, nNumberOfBytesToRead: 512 })).out.lpBuffer),
    ).toBe('alpha');
    k.value(server, 'WriteFile', { hFile: hs, lpBuffer: text('echo: alpha'), nNumberOfBytesToWrite: 11 });
    expect(k.call(server, 'FlushFileBuffers', { hFile: hs }).kind).toBe('blocked');
    expect(str(returned(k.call(a, 'ReadFile', { hFile: ha, nNumberOfBytesToRead: 510 })).out.lpBuffer)).toBe(
      'echo: alpha',
    );
    k.poll();
    expect(returned(k.completionOf(server)).value).toBe(1);
    k.value(a, 'CloseHandle', { hObject: ha });
    k.exit(a, 0);
    k.value(server, 'DisconnectNamedPipe', { hNamedPipe: hs });
    expect(k.call(server, 'ConnectNamedPipe', { hNamedPipe: hs }).kind).toBe('blocked');
    k.poll();
    expect(returned(k.completionOf(b)).value).toBe(1);
    const hb = k.value(b, 'CreateFile', open);
    k.poll();
    expect(returned(k.completionOf(server)).value).toBe(1);
    k.value(b, 'CloseHandle', { hObject: hb });
    k.exit(b, 0);
    k.value(server, 'CloseHandle', { hObject: hs });
    k.exit(server, 0);
    checkNoLeaks(k.state);
  });
});
