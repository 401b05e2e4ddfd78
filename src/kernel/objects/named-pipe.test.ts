import { describe, expect, it } from 'vitest';
import { ACCESS, ERROR, PIPE, WAIT } from '../constants.ts';
import { Run, expectFacts, returned, str, text } from '../test/harness.ts';
import { MESSAGE, connected, instanceState, server } from '../test/named-pipe-fixtures.ts';
import { PIPE_NAME, RW, namedPipeArgs, openArgs, read, write } from '../test/setup.ts';

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

  it('answers ERROR_PIPE_BUSY before FILE_FLAG_FIRST_PIPE_INSTANCE or another access mode when the pipe is full', () => {
    const { k, s } = server({ nMaxInstances: 1 });
    for (const dwOpenMode of [PIPE.ACCESS_DUPLEX | PIPE.FILE_FLAG_FIRST_PIPE_INSTANCE, PIPE.ACCESS_INBOUND]) {
      const o = returned(k.call(s, 'CreateNamedPipe', namedPipeArgs({ dwOpenMode })));
      expect([o.value, o.lastError]).toEqual([-1, ERROR.PIPE_BUSY]);
      expectFacts(o, ['3.7', 'K.9']);
    }
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
