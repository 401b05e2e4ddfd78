import { describe, expect, it } from 'vitest';
import { ACCESS, ERROR, PIPE, WAIT } from '../constants.ts';
import type { Pid } from '../ids.ts';
import { Run, expectFacts, returned, str, text } from '../test/harness.ts';
import { checkNoLeaks } from '../test/invariants.ts';
import { PIPE_NAME, RW, namedPipeArgs, openArgs, read, write } from '../test/setup.ts';
import type { SyscallArgs } from '../api-types.ts';

/** A server process S with one instance and a client process C (not yet connected). */
function server(over: Partial<SyscallArgs['CreateNamedPipe']> = {}) {
  const k = new Run();
  const s = k.launch('A.exe');
  const c = k.launch('B.exe');
  const created = returned(k.call(s, 'CreateNamedPipe', namedPipeArgs(over)));
  return { k, s, c, hs: created.value, created };
}

function connected(over: Partial<SyscallArgs['CreateNamedPipe']> = {}) {
  const x = server(over);
  const hc = x.k.value(x.c, 'CreateFile', openArgs(PIPE_NAME, RW));
  return { ...x, hc };
}

const instanceState = (k: Run, pid: Pid, h: number) => {
  const o = k.state.objects[k.state.processes[pid]!.handles[h]!.objectId];
  return o?.kind === 'namedPipeInstance' ? o.state : undefined;
};

const MESSAGE = { dwPipeMode: PIPE.TYPE_MESSAGE | PIPE.READMODE_MESSAGE };

describe('CreateNamedPipe', () => {
  it('refuses a name outside \\\\.\\pipe\\ with ERROR_INVALID_NAME', () => {
    const k = new Run();
    const o = returned(
      k.call(k.launch('A.exe'), 'CreateNamedPipe', namedPipeArgs({ lpName: 'not a named pipe' })),
    );
    expect([o.value, o.lastError]).toEqual([-1, ERROR.INVALID_NAME]);
    expectFacts(o, ['3.1']);
  });

  it('refuses a NULL name with ERROR_PATH_NOT_FOUND', () => {
    const k = new Run();
    const o = returned(k.call(k.launch('A.exe'), 'CreateNamedPipe', namedPipeArgs({ lpName: null })));
    expect([o.value, o.lastError]).toEqual([-1, ERROR.PATH_NOT_FOUND]);
    expectFacts(o, ['3.2']);
  });

  it('refuses a byte-type pipe read in message mode with ERROR_INVALID_PARAMETER', () => {
    const k = new Run();
    const o = returned(
      k.call(
        k.launch('A.exe'),
        'CreateNamedPipe',
        namedPipeArgs({ dwPipeMode: PIPE.TYPE_BYTE | PIPE.READMODE_MESSAGE }),
      ),
    );
    expect([o.value, o.lastError]).toEqual([-1, ERROR.INVALID_PARAMETER]);
    expectFacts(o, ['3.3']);
  });

  it('matches the prefix and the name case-insensitively', () => {
    const { k, c } = server({ lpName: '\\\\.\\PiPe\\Echo' });
    const o = returned(k.call(c, 'CreateFile', openArgs('\\\\.\\pipe\\ECHO', RW)));
    expect(o.value).toBeGreaterThan(0);
    const bad = returned(k.call(c, 'CreateNamedPipe', namedPipeArgs({ lpName: '\\\\.\\pipe\\a\\b' })));
    expectFacts(bad, ['3.4']);
  });

  it('refuses more than 255 instances (or 0) with ERROR_INVALID_PARAMETER', () => {
    const k = new Run();
    const o = returned(k.call(k.launch('A.exe'), 'CreateNamedPipe', namedPipeArgs({ nMaxInstances: 256 })));
    expect([o.value, o.lastError]).toEqual([-1, ERROR.INVALID_PARAMETER]);
    expectFacts(o, ['3.5']);
  });

  it('refuses an instance beyond nMaxInstances with ERROR_PIPE_BUSY', () => {
    const { k, s } = server();
    const o = returned(k.call(s, 'CreateNamedPipe', namedPipeArgs()));
    expect([o.value, o.lastError]).toEqual([-1, ERROR.PIPE_BUSY]);
    expectFacts(o, ['3.7']);
  });

  it('refuses a further instance with another access mode with ERROR_ACCESS_DENIED', () => {
    const { k, s } = server({ nMaxInstances: 4 });
    const o = returned(
      k.call(s, 'CreateNamedPipe', namedPipeArgs({ nMaxInstances: 4, dwOpenMode: PIPE.ACCESS_INBOUND })),
    );
    expect([o.value, o.lastError]).toEqual([-1, ERROR.ACCESS_DENIED]);
    expectFacts(o, ['3.8']);
  });

  it('accepts a further instance that differs in type, sizes, timeout and max', () => {
    const { k, s } = server({ nMaxInstances: 4 });
    const o = returned(
      k.call(
        s,
        'CreateNamedPipe',
        namedPipeArgs({
          nMaxInstances: 3,
          dwPipeMode: PIPE.TYPE_MESSAGE,
          nOutBufferSize: 7,
          nDefaultTimeOut: 9,
        }),
      ),
    );
    expect(o.value).toBeGreaterThan(0);
    expectFacts(o, ['3.9']);
  });

  it('refuses FILE_FLAG_FIRST_PIPE_INSTANCE when the name exists', () => {
    const { k, s } = server({ nMaxInstances: 4 });
    const o = returned(
      k.call(
        s,
        'CreateNamedPipe',
        namedPipeArgs({
          nMaxInstances: 4,
          dwOpenMode: PIPE.ACCESS_DUPLEX | PIPE.FILE_FLAG_FIRST_PIPE_INSTANCE,
        }),
      ),
    );
    expect([o.value, o.lastError]).toEqual([-1, ERROR.ACCESS_DENIED]);
    expectFacts(o, ['3.10']);
  });

  it('gives the server read access for INBOUND and write access for OUTBOUND', () => {
    const { k, s, hs, created } = server({ dwOpenMode: PIPE.ACCESS_INBOUND });
    expectFacts(created, ['3.11']);
    const access = k.state.processes[s]!.handles[hs]!.access;
    expect([access & ACCESS.FILE_READ_DATA, access & ACCESS.FILE_WRITE_DATA]).toEqual([
      ACCESS.FILE_READ_DATA,
      0,
    ]);
  });

  it('starts signaled and listening, and is not signaled while ConnectNamedPipe waits', () => {
    const { k, s, hs, created } = server();
    expectFacts(created, ['3.12', '3.69']);
    expect(k.value(s, 'WaitForSingleObject', { hHandle: hs, dwMilliseconds: 0 })).toBe(WAIT.OBJECT_0);
    expect(k.call(s, 'ConnectNamedPipe', { hNamedPipe: hs }).kind).toBe('blocked');
    const id = k.state.processes[s]!.handles[hs]!.objectId;
    expect(k.state.objects[id]!.signaled).toBe(false);
    expectFacts(k.eventsOf('SignaledChanged').at(-1), ['3.12']);
  });

  it('reports end, type, buffer sizes and max instances in GetNamedPipeInfo', () => {
    const { k, s, hs } = server({
      dwPipeMode: PIPE.TYPE_MESSAGE | PIPE.NOWAIT,
      nMaxInstances: 3,
      nOutBufferSize: 0,
      nInBufferSize: 0xf000,
    });
    const o = returned(k.call(s, 'GetNamedPipeInfo', { hNamedPipe: hs }));
    expect(o.out).toEqual({ lpFlags: 5, lpOutBufferSize: 0, lpInBufferSize: 0xf000, lpMaxInstances: 3 });
    expectFacts(o, ['3.13']);
  });
});

describe('named-pipe clients', () => {
  it('fails CreateFile on a name nobody created with ERROR_FILE_NOT_FOUND', () => {
    const k = new Run();
    const o = returned(k.call(k.launch('A.exe'), 'CreateFile', openArgs(PIPE_NAME, RW)));
    expect([o.value, o.lastError]).toEqual([-1, ERROR.FILE_NOT_FOUND]);
    expectFacts(o, ['3.14']);
  });

  it('connects a client to a new instance before any ConnectNamedPipe', () => {
    const { k, c, s, hs } = server();
    const o = returned(k.call(c, 'CreateFile', openArgs(PIPE_NAME, RW)));
    expectFacts(o, ['3.15', '3.70', '3.20']);
    expect(instanceState(k, s, hs)).toBe('connected');
    expectFacts(k.eventsOf('InstanceStateChanged').at(-1), ['3.70']);
  });

  it('answers ERROR_PIPE_BUSY while the only instance is connected, closing, or disconnected', () => {
    const { k, s, c, hs, hc } = connected();
    const busy = () => returned(k.call(s, 'CreateFile', openArgs(PIPE_NAME, RW)));
    const o = busy();
    expect([o.value, o.lastError]).toEqual([-1, ERROR.PIPE_BUSY]);
    expectFacts(o, ['3.16']);
    k.value(c, 'CloseHandle', { hObject: hc });
    expect(busy().lastError).toBe(ERROR.PIPE_BUSY);
    k.value(s, 'DisconnectNamedPipe', { hNamedPipe: hs });
    expect(busy().lastError).toBe(ERROR.PIPE_BUSY);
  });

  it('gives a client the instance that started listening first', () => {
    const { k, s, c, hs } = server({ nMaxInstances: 2 });
    const hs2 = k.value(s, 'CreateNamedPipe', namedPipeArgs({ nMaxInstances: 2 }));
    const o = returned(k.call(c, 'CreateFile', openArgs(PIPE_NAME, RW)));
    expectFacts(o, ['3.17']);
    expect(instanceState(k, s, hs)).toBe('connected');
    expect(instanceState(k, s, hs2)).toBe('listening');
  });

  it('opens with no access at all, keeping only SYNCHRONIZE and FILE_READ_ATTRIBUTES', () => {
    const { k, c } = server();
    const o = returned(k.call(c, 'CreateFile', openArgs(PIPE_NAME, 0)));
    expectFacts(o, ['3.18']);
    expect(k.state.processes[c]!.handles[o.value]!.access).toBe(
      ACCESS.SYNCHRONIZE | ACCESS.FILE_READ_ATTRIBUTES,
    );
  });

  it('refuses a client that wants to write an outbound-only pipe', () => {
    const { k, c } = server({ dwOpenMode: PIPE.ACCESS_OUTBOUND });
    const o = returned(k.call(c, 'CreateFile', openArgs(PIPE_NAME, ACCESS.GENERIC_WRITE)));
    expect(o.value).toBe(-1);
    expectFacts(o, ['3.19']);
  });

  it('reads in byte mode on a client of a message pipe until SetNamedPipeHandleState', () => {
    const { k, s, c, hs, hc } = connected(MESSAGE);
    k.value(s, 'WriteFile', write(hs, text('hello world')));
    k.value(s, 'WriteFile', write(hs, text('0123456789')));
    const o = returned(k.call(c, 'ReadFile', read(hc, 32)));
    expect(o.out.lpNumberOfBytesRead).toBe(21);
    expectFacts(o, ['3.36', '3.20']);
  });
});

describe('WaitNamedPipe', () => {
  it('fails at once with ERROR_FILE_NOT_FOUND when no instance exists', () => {
    const k = new Run();
    const o = returned(
      k.call(k.launch('A.exe'), 'WaitNamedPipe', { lpNamedPipeName: PIPE_NAME, nTimeOut: 2000 }),
    );
    expect([o.value, o.lastError]).toEqual([0, ERROR.FILE_NOT_FOUND]);
    expectFacts(o, ['3.21', '7.5']);
  });

  it('returns TRUE at once when an instance is listening', () => {
    const { k, c } = server();
    const o = returned(k.call(c, 'WaitNamedPipe', { lpNamedPipeName: PIPE_NAME, nTimeOut: 1 }));
    expect(o.value).toBe(1);
    expectFacts(o, ['3.22']);
  });

  it('fails after the timeout with ERROR_SEM_TIMEOUT when every instance is busy', () => {
    const { k, s } = connected();
    expect(k.call(s, 'WaitNamedPipe', { lpNamedPipeName: PIPE_NAME, nTimeOut: 100 }).kind).toBe('blocked');
    k.advance(100);
    const o = returned(k.completionOf(s));
    expect([o.value, o.lastError]).toEqual([0, ERROR.SEM_TIMEOUT]);
    expectFacts(o, ['3.23']);
  });

  it('uses the 50 ms default when asked for the default wait of a pipe created with timeout 0', () => {
    const { k, s } = connected();
    expectFacts(k.call(s, 'WaitNamedPipe', { lpNamedPipeName: PIPE_NAME, nTimeOut: 0 }), ['3.6']);
    expect(k.state.pending[0]!.condition.deadline).toBe(50);
  });

  it('wakes a waiter when a new instance is created, without reserving it', () => {
    const { k, s } = connected({ nMaxInstances: 2 });
    const d = k.launch('C.exe');
    expect(k.call(d, 'WaitNamedPipe', { lpNamedPipeName: PIPE_NAME, nTimeOut: 0xffffffff }).kind).toBe(
      'blocked',
    );
    k.value(s, 'CreateNamedPipe', namedPipeArgs({ nMaxInstances: 2 }));
    k.poll();
    const o = returned(k.completionOf(d));
    expect(o.value).toBe(1);
    expectFacts(o, ['3.24', '3.25']);
  });

  it('wakes a waiter when a disconnected instance connects again', () => {
    const { k, s, hs } = connected();
    const d = k.launch('C.exe');
    k.call(d, 'WaitNamedPipe', { lpNamedPipeName: PIPE_NAME, nTimeOut: 0xffffffff });
    k.value(s, 'DisconnectNamedPipe', { hNamedPipe: hs });
    expect(k.poll()).toEqual([]);
    expect(k.call(s, 'ConnectNamedPipe', { hNamedPipe: hs }).kind).toBe('blocked');
    k.poll();
    expectFacts(k.completionOf(d), ['3.24']);
    expectFacts(k.eventsOf('InstanceStateChanged').at(-1), ['3.73']);
  });
});

describe('ConnectNamedPipe', () => {
  it('reports ERROR_PIPE_CONNECTED when the client came first, and the connection is good', () => {
    const { k, s, c, hs, hc } = connected();
    const o = returned(k.call(s, 'ConnectNamedPipe', { hNamedPipe: hs }));
    expect([o.value, o.lastError]).toEqual([0, ERROR.PIPE_CONNECTED]);
    expectFacts(o, ['3.26', '7.3']);
    k.value(c, 'WriteFile', write(hc, text('ok')));
    expect(str(returned(k.call(s, 'ReadFile', read(hs, 8))).out.lpBuffer)).toBe('ok');
  });

  it('fails on a client handle with ERROR_INVALID_FUNCTION, and so does DisconnectNamedPipe', () => {
    const { k, c, hc } = connected();
    const o = returned(k.call(c, 'ConnectNamedPipe', { hNamedPipe: hc }));
    expect([o.value, o.lastError]).toEqual([0, ERROR.INVALID_FUNCTION]);
    expectFacts(o, ['3.27']);
    expect(returned(k.call(c, 'DisconnectNamedPipe', { hNamedPipe: hc })).lastError).toBe(
      ERROR.INVALID_FUNCTION,
    );
  });

  it('waits for a client and then returns TRUE', () => {
    const { k, s, c, hs } = server();
    expectFacts(k.call(s, 'ConnectNamedPipe', { hNamedPipe: hs }), ['3.28']);
    k.value(c, 'CreateFile', openArgs(PIPE_NAME, RW));
    k.poll();
    const o = returned(k.completionOf(s));
    expect(o.value).toBe(1);
    expectFacts(o, ['3.28']);
  });

  it('fails with ERROR_NO_DATA when the client already closed', () => {
    const { k, s, c, hs, hc } = connected();
    k.value(c, 'CloseHandle', { hObject: hc });
    const o = returned(k.call(s, 'ConnectNamedPipe', { hNamedPipe: hs }));
    expect([o.value, o.lastError]).toEqual([0, ERROR.NO_DATA]);
    expectFacts(o, ['3.29', '7.4']);
  });

  it('fails with ERROR_PIPE_LISTENING on a PIPE_NOWAIT server with no client, also after a disconnect', () => {
    const { k, s, c, hs } = server({ dwPipeMode: PIPE.NOWAIT });
    const o = returned(k.call(s, 'ConnectNamedPipe', { hNamedPipe: hs }));
    expect([o.value, o.lastError]).toEqual([0, ERROR.PIPE_LISTENING]);
    expectFacts(o, ['3.32']);
    k.value(c, 'CreateFile', openArgs(PIPE_NAME, RW));
    k.value(s, 'DisconnectNamedPipe', { hNamedPipe: hs });
    expect(returned(k.call(s, 'ConnectNamedPipe', { hNamedPipe: hs })).lastError).toBe(ERROR.PIPE_LISTENING);
  });
});

describe('named-pipe reads and writes', () => {
  it('fails I/O on a server that never had a client with ERROR_PIPE_LISTENING', () => {
    const { k, s, hs } = server();
    const r = returned(k.call(s, 'ReadFile', read(hs, 4)));
    expect([r.value, r.lastError]).toEqual([0, ERROR.PIPE_LISTENING]);
    expectFacts(r, ['3.33', '3.69']);
    expect(returned(k.call(s, 'WriteFile', write(hs, text('x')))).lastError).toBe(ERROR.PIPE_LISTENING);
  });

  it('joins writes in byte mode', () => {
    const { k, s, c, hs, hc } = connected();
    k.value(c, 'WriteFile', write(hc, text('hello world')));
    const w = returned(k.call(c, 'WriteFile', write(hc, text('0123456789'))));
    expectFacts(w, ['3.34']);
    const o = returned(k.call(s, 'ReadFile', read(hs, 32)));
    expect(o.out.lpNumberOfBytesRead).toBe(21);
    expectFacts(o, ['3.34']);
  });

  it('gives one message per read to a message-mode reader', () => {
    const { k, s, c, hs, hc } = connected(MESSAGE);
    k.value(c, 'WriteFile', write(hc, text('hello world')));
    k.value(c, 'WriteFile', write(hc, text('0123456789')));
    const o = returned(k.call(s, 'ReadFile', read(hs, 32)));
    expect(str(o.out.lpBuffer)).toBe('hello world');
    expectFacts(o, ['3.35']);
  });

  it('splits a long message with ERROR_MORE_DATA and leaves the rest for the next read', () => {
    const { k, s, c, hs, hc } = connected(MESSAGE);
    k.value(c, 'WriteFile', write(hc, text('0123456789')));
    const first = returned(k.call(s, 'ReadFile', read(hs, 4)));
    expect([first.value, first.lastError, str(first.out.lpBuffer)]).toEqual([0, ERROR.MORE_DATA, '0123']);
    expectFacts(first, ['3.37', '3.38', '7.7']);
    expect(returned(k.call(s, 'ReadFile', read(hs, 4))).lastError).toBe(ERROR.MORE_DATA);
    const last = returned(k.call(s, 'ReadFile', read(hs, 4)));
    expect([last.value, str(last.out.lpBuffer)]).toEqual([1, '89']);
  });

  it('queues an empty message on a message pipe but nothing on a byte pipe', () => {
    const m = connected(MESSAGE);
    expect(m.k.call(m.s, 'ReadFile', read(m.hs, 8)).kind).toBe('blocked');
    expectFacts(returned(m.k.call(m.c, 'WriteFile', write(m.hc, new Uint8Array(0)))), ['3.40']);
    m.k.poll();
    const o = returned(m.k.completionOf<'ReadFile'>(m.s));
    expect([o.value, o.out.lpNumberOfBytesRead]).toEqual([1, 0]);
    expectFacts(o, ['3.40']);
    const b = connected();
    expect(b.k.call(b.s, 'ReadFile', read(b.hs, 8)).kind).toBe('blocked');
    b.k.value(b.c, 'WriteFile', write(b.hc, new Uint8Array(0)));
    expect(b.k.poll()).toEqual([]);
  });

  it('blocks a write while the peer-bound buffer is full, never a zero-byte write', () => {
    const { k, s, c, hs, hc } = connected({ nInBufferSize: 4 });
    const o = k.call(c, 'WriteFile', write(hc, text('123456')));
    expectFacts(o, ['3.41']);
    k.value(s, 'ReadFile', read(hs, 2));
    k.poll();
    expectFacts(k.completionOf(c), ['3.41']);
  });

  it('refuses message read mode on a byte pipe with ERROR_INVALID_PARAMETER, on both ends', () => {
    const { k, s, c, hs, hc } = connected();
    const args = (h: number) => ({
      hNamedPipe: h,
      lpMode: PIPE.READMODE_MESSAGE,
      lpMaxCollectionCount: null,
      lpCollectDataTimeout: null,
    });
    const o = returned(k.call(c, 'SetNamedPipeHandleState', args(hc)));
    expect([o.value, o.lastError]).toEqual([0, ERROR.INVALID_PARAMETER]);
    expectFacts(o, ['3.42']);
    expect(returned(k.call(s, 'SetNamedPipeHandleState', args(hs))).lastError).toBe(ERROR.INVALID_PARAMETER);
  });

  it('switches a message pipe end between byte and message read mode', () => {
    const { k, c, hc } = connected(MESSAGE);
    const set = (mode: number) =>
      returned(
        k.call(c, 'SetNamedPipeHandleState', {
          hNamedPipe: hc,
          lpMode: mode,
          lpMaxCollectionCount: null,
          lpCollectDataTimeout: null,
        }),
      );
    expectFacts(set(PIPE.READMODE_MESSAGE), ['3.43']);
    expect(set(PIPE.READMODE_BYTE).value).toBe(1);
  });

  it('reports state and instance count, and refuses collection info on a local pipe', () => {
    const { k, s, hs } = server();
    const base = {
      hNamedPipe: hs,
      lpMaxCollectionCount: false,
      lpCollectDataTimeout: false,
      lpUserName: false,
    };
    const o = returned(k.call(s, 'GetNamedPipeHandleState', base));
    expect(o.out).toEqual({ lpState: 0, lpCurInstances: 1 });
    expectFacts(o, ['3.44']);
    const bad = returned(k.call(s, 'GetNamedPipeHandleState', { ...base, lpMaxCollectionCount: true }));
    expect([bad.value, bad.lastError]).toEqual([0, ERROR.INVALID_PARAMETER]);
  });

  it('fails a PIPE_NOWAIT read of an empty pipe with ERROR_NO_DATA', () => {
    const { k, s, hs } = connected({ dwPipeMode: PIPE.NOWAIT });
    const o = returned(k.call(s, 'ReadFile', read(hs, 4)));
    expect([o.value, o.lastError]).toEqual([0, ERROR.NO_DATA]);
    expectFacts(o, ['3.45']);
  });

  it('writes all or nothing from a PIPE_NOWAIT writer, returning TRUE either way', () => {
    const { k, s, hs } = connected({ dwPipeMode: PIPE.NOWAIT, nOutBufferSize: 512 });
    const o = returned(k.call(s, 'WriteFile', write(hs, new Uint8Array(513))));
    expect([o.value, o.out.lpNumberOfBytesWritten]).toEqual([1, 0]);
    expectFacts(o, ['3.46']);
    expect(returned(k.call(s, 'WriteFile', write(hs, new Uint8Array(512)))).out.lpNumberOfBytesWritten).toBe(
      512,
    );
  });
});

describe('PeekNamedPipe and TransactNamedPipe', () => {
  it('fails Peek on a listening server with ERROR_BAD_PIPE', () => {
    const { k, s, hs } = server();
    const o = returned(k.call(s, 'PeekNamedPipe', { hNamedPipe: hs, nBufferSize: 0 }));
    expect([o.value, o.lastError]).toEqual([0, ERROR.BAD_PIPE]);
    expectFacts(o, ['3.47']);
  });

  it('reports avail and left-this-message by pipe type, whatever the read mode', () => {
    const b = connected();
    b.k.value(b.s, 'WriteFile', write(b.hs, text('hello world')));
    const pb = returned(b.k.call(b.c, 'PeekNamedPipe', { hNamedPipe: b.hc, nBufferSize: 0 }));
    expect([pb.out.lpTotalBytesAvail, pb.out.lpBytesLeftThisMessage]).toEqual([11, 0]);
    expectFacts(pb, ['3.48']);
    const m = connected(MESSAGE);
    m.k.value(m.s, 'WriteFile', write(m.hs, text('hello world')));
    const pm = returned(m.k.call(m.c, 'PeekNamedPipe', { hNamedPipe: m.hc, nBufferSize: 0 }));
    expect([pm.out.lpTotalBytesAvail, pm.out.lpBytesLeftThisMessage]).toEqual([11, 11]);
  });

  it('reports 7 left of a message after peeking 4, and 0 minus 4 wrapped on a byte pipe', () => {
    const m = connected(MESSAGE);
    m.k.value(m.s, 'WriteFile', write(m.hs, text('hello world')));
    const pm = returned(m.k.call(m.c, 'PeekNamedPipe', { hNamedPipe: m.hc, nBufferSize: 4 }));
    expect([pm.out.lpBytesRead, pm.out.lpTotalBytesAvail, pm.out.lpBytesLeftThisMessage]).toEqual([4, 11, 7]);
    expectFacts(pm, ['3.49']);
    const b = connected();
    b.k.value(b.s, 'WriteFile', write(b.hs, text('hello world')));
    const pb = returned(b.k.call(b.c, 'PeekNamedPipe', { hNamedPipe: b.hc, nBufferSize: 4 }));
    expect(pb.out.lpBytesLeftThisMessage).toBe(0xfffffffc);
  });

  it('peeks only the head message even through a byte-mode handle', () => {
    const m = connected(MESSAGE);
    m.k.value(m.s, 'WriteFile', write(m.hs, text('hello world')));
    m.k.value(m.s, 'WriteFile', write(m.hs, text('0123456789')));
    const o = returned(m.k.call(m.c, 'PeekNamedPipe', { hNamedPipe: m.hc, nBufferSize: 32 }));
    expect([o.out.lpBytesRead, o.out.lpTotalBytesAvail, o.out.lpBytesLeftThisMessage]).toEqual([11, 21, 0]);
    expectFacts(o, ['3.50']);
  });

  it('still peeks leftover data after the peer closed, then fails with ERROR_BROKEN_PIPE', () => {
    const { k, s, c, hs, hc } = connected();
    k.value(s, 'WriteFile', write(hs, text('left')));
    k.value(s, 'CloseHandle', { hObject: hs });
    const o = returned(k.call(c, 'PeekNamedPipe', { hNamedPipe: hc, nBufferSize: 0 }));
    expect(o.out.lpTotalBytesAvail).toBe(4);
    expectFacts(o, ['3.51']);
    k.value(c, 'ReadFile', read(hc, 4));
    const gone = returned(k.call(c, 'PeekNamedPipe', { hNamedPipe: hc, nBufferSize: 0 }));
    expect([gone.value, gone.lastError, gone.out]).toEqual([0, ERROR.BROKEN_PIPE, {}]);
  });

  it('fails Peek after a disconnect: ERROR_PIPE_NOT_CONNECTED on the client, ERROR_BAD_PIPE on the server', () => {
    const { k, s, c, hs, hc } = connected();
    k.value(s, 'DisconnectNamedPipe', { hNamedPipe: hs });
    const oc = returned(k.call(c, 'PeekNamedPipe', { hNamedPipe: hc, nBufferSize: 0 }));
    expect(oc.lastError).toBe(ERROR.PIPE_NOT_CONNECTED);
    expectFacts(oc, ['3.52']);
    expect(returned(k.call(s, 'PeekNamedPipe', { hNamedPipe: hs, nBufferSize: 0 })).lastError).toBe(
      ERROR.BAD_PIPE,
    );
  });

  it('refuses TransactNamedPipe on a byte pipe or a byte-mode handle with ERROR_BAD_PIPE', () => {
    const { k, c, hc } = connected(MESSAGE);
    const o = returned(
      k.call(c, 'TransactNamedPipe', {
        hNamedPipe: hc,
        lpInBuffer: text('q'),
        nInBufferSize: 1,
        nOutBufferSize: 8,
      }),
    );
    expect([o.value, o.lastError]).toEqual([0, ERROR.BAD_PIPE]);
    expectFacts(o, ['3.53']);
  });

  it('refuses TransactNamedPipe while unread data waits for the caller with ERROR_PIPE_BUSY', () => {
    const { k, s, c, hs, hc } = connected(MESSAGE);
    k.value(c, 'SetNamedPipeHandleState', {
      hNamedPipe: hc,
      lpMode: PIPE.READMODE_MESSAGE,
      lpMaxCollectionCount: null,
      lpCollectDataTimeout: null,
    });
    k.value(s, 'WriteFile', write(hs, text('early')));
    const o = returned(
      k.call(c, 'TransactNamedPipe', {
        hNamedPipe: hc,
        lpInBuffer: text('q'),
        nInBufferSize: 1,
        nOutBufferSize: 8,
      }),
    );
    expect([o.value, o.lastError]).toEqual([0, ERROR.PIPE_BUSY]);
    expectFacts(o, ['3.54']);
  });

  it('writes one message and reads one reply, ERROR_MORE_DATA when the reply is longer than the buffer', () => {
    const { k, s, c, hs, hc } = connected(MESSAGE);
    k.value(c, 'SetNamedPipeHandleState', {
      hNamedPipe: hc,
      lpMode: PIPE.READMODE_MESSAGE,
      lpMaxCollectionCount: null,
      lpCollectDataTimeout: null,
    });
    expect(
      k.call(c, 'TransactNamedPipe', {
        hNamedPipe: hc,
        lpInBuffer: text('question'),
        nInBufferSize: 8,
        nOutBufferSize: 4,
      }).kind,
    ).toBe('blocked');
    expect(str(returned(k.call(s, 'ReadFile', read(hs, 64))).out.lpBuffer)).toBe('question');
    k.value(s, 'WriteFile', write(hs, text('answer')));
    k.poll();
    const o = returned(k.completionOf<'TransactNamedPipe'>(c));
    expect([o.value, o.lastError, str(o.out.lpOutBuffer)]).toEqual([0, ERROR.MORE_DATA, 'answ']);
    expectFacts(o, ['3.55']);
    expect(str(returned(k.call(c, 'ReadFile', read(hc, 8))).out.lpBuffer)).toBe('er');
  });
});

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
