import { describe, expect, it } from 'vitest';
import { ERROR, INFINITE, errorName } from './constants.ts';
import { findImage } from './images.ts';
import { createKernel, launchProcess, nextDeadline, syscall } from './kernel.ts';
import { Run, deepFreeze, returned, text } from './test/harness.ts';
import { SLOT, mailslotArgs, openArgs, write } from './test/setup.ts';
import { waitGraph } from './wait-graph.ts';
import { describeState } from './view.ts';

describe('the kernel entry points', () => {
  it('names error codes the Windows way', () => {
    expect(ERROR.INVALID_HANDLE).toBe(6);
    expect(errorName(6)).toBe('ERROR_INVALID_HANDLE');
    expect(errorName(99999)).toBe('ERROR_99999');
  });

  it('finds images by the first token, case-insensitively, with or without .exe', () => {
    const images = ['MailSender.exe', 'PartAdder.exe'];
    expect(findImage(images, 'partadder 1 10')).toBe('PartAdder.exe');
    expect(findImage(images, '"MAILSENDER.EXE" x')).toBe('MailSender.exe');
    expect(findImage(images, 'Other.exe')).toBeUndefined();
    expect(() => launchProcess(createKernel({ images }), { commandLine: 'Other.exe' })).toThrow();
  });

  it('gives pids and tids as multiples of 4 from a shared counter', () => {
    const k = new Run();
    const a = k.launch('A.exe');
    const b = k.launch('B.exe');
    expect([a, k.state.processes[a]!.tid, b, k.state.processes[b]!.tid]).toEqual([4, 8, 12, 16]);
  });

  it('never mutates the state it is given', () => {
    const k0 = deepFreeze(createKernel({ images: ['A.exe'] }));
    const l = launchProcess(k0, { commandLine: 'A.exe' });
    const before = JSON.stringify(l.state);
    deepFreeze(l.state);
    syscall(l.state, l.pid, { api: 'CreateMailslot', args: mailslotArgs() });
    expect(JSON.stringify(l.state)).toBe(before);
  });

  it('refuses a call from a blocked process (a bug in the caller, not a Windows error)', () => {
    const k = new Run();
    const a = k.launch('A.exe');
    k.call(a, 'Sleep', { dwMilliseconds: 10 });
    expect(() => syscall(k.state, a, { api: 'GetTickCount', args: {} })).toThrow(/blocked/);
  });

  it('reports the earliest deadline and completes the timeouts when the clock reaches it', () => {
    const k = new Run();
    const a = k.launch('A.exe');
    const b = k.launch('B.exe');
    expect(nextDeadline(k.state)).toBeUndefined();
    k.call(a, 'Sleep', { dwMilliseconds: 30 });
    k.call(b, 'Sleep', { dwMilliseconds: 10 });
    expect(nextDeadline(k.state)).toBe(10);
    expect(k.advance(10).map((c) => c.pid)).toEqual([b]);
    expect(nextDeadline(k.state)).toBe(30);
    expect(k.eventsOf('ClockAdvanced').at(-1)).toMatchObject({ from: 0, to: 10 });
  });

  it('explains who could release each blocked process', () => {
    const k = new Run();
    const a = k.launch('A.exe');
    const b = k.launch('B.exe');
    const server = k.value(a, 'CreateMailslot', mailslotArgs(INFINITE));
    k.value(b, 'CreateFile', openArgs(SLOT));
    k.call(a, 'ReadFile', { hFile: server, nNumberOfBytesToRead: 64 });
    const [edge] = waitGraph(k.state);
    expect(edge).toMatchObject({ pid: a, releasers: [b] });
    expect(edge!.condition.kind).toBe('read');
  });

  it('names the pipe servers as releasers of a WaitNamedPipe', () => {
    const k = new Run();
    const a = k.launch('A.exe');
    const b = k.launch('B.exe');
    const c = k.launch('C.exe');
    const name = '\\\\.\\pipe\\w';
    const pipe = {
      lpName: name,
      dwOpenMode: 3,
      dwPipeMode: 0,
      nMaxInstances: 1,
      nOutBufferSize: 0,
      nInBufferSize: 0,
      nDefaultTimeOut: 0,
      lpSecurityAttributes: null,
    };
    k.value(a, 'CreateNamedPipe', pipe);
    k.value(b, 'CreateFile', openArgs(name, 0));
    k.call(c, 'WaitNamedPipe', { lpNamedPipeName: name, nTimeOut: INFINITE });
    expect(waitGraph(k.state)[0]).toMatchObject({ pid: c, releasers: [a], objectIds: [] });
  });

  it('duplicates the thread pseudo handle into a real thread handle', () => {
    const k = new Run();
    const a = k.launch('A.exe');
    const o = returned(
      k.call(a, 'DuplicateHandle', {
        hSourceProcessHandle: -1,
        hSourceHandle: -2,
        hTargetProcessHandle: -1,
        dwDesiredAccess: 0,
        bInheritHandle: false,
        dwOptions: 2,
      }),
    );
    const entry = k.state.processes[a]!.handles[o.out.lpTargetHandle!]!;
    expect([entry.role, entry.objectId]).toEqual(['thread', k.state.processes[a]!.threadObject]);
  });

  it('narrates changes as typed events', () => {
    const k = new Run();
    const a = k.launch('A.exe');
    const server = k.value(a, 'CreateMailslot', mailslotArgs());
    const client = k.value(a, 'CreateFile', openArgs(SLOT));
    k.value(a, 'WriteFile', write(client, text('hi')));
    returned(k.call(a, 'ReadFile', { hFile: server, nNumberOfBytesToRead: 8 }));
    const types = new Set(k.events.map((e) => e.type));
    for (const t of [
      'ProcessCreated',
      'ObjectCreated',
      'HandleOpened',
      'UsageCountChanged',
      'MessageQueued',
      'BytesWritten',
      'MessageDequeued',
      'BytesRead',
    ])
      expect(types, t).toContain(t);
  });

  it('summarises a state for the UI', () => {
    const k = new Run();
    const a = k.launch('A.exe');
    k.value(a, 'CreateMailslot', mailslotArgs());
    const s = describeState(k.state);
    expect(s.processes[0]).toMatchObject({
      pid: a,
      image: 'A.exe',
      exitCode: null,
      blocked: false,
      handles: [{ value: 4, inherit: false }],
    });
    expect(s.objects.map((o) => o.kind)).toEqual(['process', 'thread', 'mailslot']);
  });

  it('lets a ConnectNamedPipe server that is killed leave its instance signaled again', () => {
    const k = new Run();
    const a = k.launch('A.exe');
    const b = k.launch('B.exe');
    const hs = k.value(a, 'CreateNamedPipe', {
      lpName: '\\\\.\\pipe\\x',
      dwOpenMode: 3,
      dwPipeMode: 0,
      nMaxInstances: 1,
      nOutBufferSize: 0,
      nInBufferSize: 0,
      nDefaultTimeOut: 0,
      lpSecurityAttributes: null,
    });
    const hb = k.value(a, 'OpenProcess', {
      dwDesiredAccess: 0x1fffff,
      bInheritHandle: false,
      dwProcessId: b,
    });
    k.value(a, 'DuplicateHandle', {
      hSourceProcessHandle: -1,
      hSourceHandle: hs,
      hTargetProcessHandle: hb,
      dwDesiredAccess: 0,
      bInheritHandle: false,
      dwOptions: 2,
    });
    k.call(a, 'ConnectNamedPipe', { hNamedPipe: hs });
    k.exit(a, 1);
    const inst = Object.values(k.state.objects).find((o) => o.kind === 'namedPipeInstance');
    expect(inst?.signaled).toBe(true);
  });
});
