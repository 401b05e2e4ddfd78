import { describe, expect, it } from 'vitest';
import { NATIVES } from '../natives.ts';
import { callNative, callValue, TestWorld } from '../runtime/test-support.ts';

const PIPE = '\\\\.\\pipe\\echo';

describe('pipe bindings', () => {
  it('CreatePipe writes both handles; a process reads back its own bytes', () => {
    const world = new TestWorld(['anonymous_pipe.exe']);
    const ctx = world.launch('anonymous_pipe.exe');
    const [r, w] = [ctx.mem.define('hReadPipe', 8), ctx.mem.define('hWritePipe', 8)];
    expect(callValue(ctx, 'CreatePipe', [r, w, 0, 0])).toBe(1);
    const [hr, hw] = [ctx.mem.readI64(r), ctx.mem.readI64(w)];
    expect([hr, hw]).toEqual([4, 8]);
    const send = ctx.mem.string('sendString', 'anonymous pipe', 2);
    const n = ctx.mem.define('bytesWritten', 4);
    callValue(ctx, 'WriteFile', [hw, send, 28, n, 0]);
    const avail = ctx.mem.define('avail', 4);
    expect(callValue(ctx, 'PeekNamedPipe', [hr, 0, 0, 0, avail, 0])).toBe(1);
    expect(ctx.mem.readU32(avail)).toBe(28);
    const recv = ctx.mem.define('recvString', 200);
    callValue(ctx, 'ReadFile', [hr, recv, 28, n, 0]);
    expect(ctx.mem.str(recv, 2)).toBe('anonymous pipe');
  });

  it('SECURITY_ATTRIBUTES.bInheritHandle at offset 16 makes the ends inheritable; SetHandleInformation clears one', () => {
    const world = new TestWorld(['PipeParent.exe']);
    const ctx = world.launch('PipeParent.exe');
    const sa = ctx.mem.define('sa', 24);
    ctx.mem.writeU32(sa, 24);
    ctx.mem.writeU32(sa + 16, 1);
    const [r, w] = [ctx.mem.define('hRead', 8), ctx.mem.define('hWrite', 8)];
    callValue(ctx, 'CreatePipe', [r, w, sa, 0]);
    expect(ctx.calls.at(-1)?.args[2]?.display).toBe('&sa (bInheritHandle = TRUE)');
    callValue(ctx, 'SetHandleInformation', [ctx.mem.readI64(w), 1, 0]);
    expect(ctx.calls.at(-1)?.args.map((a) => a.display)).toEqual(['0x8', 'HANDLE_FLAG_INHERIT', '0']);
    const flags = ctx.mem.define('flags', 4);
    callValue(ctx, 'GetHandleInformation', [ctx.mem.readI64(r), flags]);
    expect(ctx.mem.readU32(flags)).toBe(1);
    callValue(ctx, 'GetHandleInformation', [ctx.mem.readI64(w), flags]);
    expect(ctx.mem.readU32(flags)).toBe(0);
  });

  it('named pipe: ConnectNamedPipe blocks until a client opens the pipe, then resumes TRUE', () => {
    const world = new TestWorld(['PipeServer.exe', 'PipeClient.exe']);
    const server = world.launch('PipeServer.exe');
    const client = world.launch('PipeClient.exe');
    const hPipe = callValue(server, 'CreateNamedPipeW', [
      server.mem.literal(PIPE, 2),
      3,
      4 | 2,
      1,
      256,
      256,
      20000,
      0,
    ]);
    expect(server.calls[0]?.args.map((a) => a.display).slice(1, 4)).toEqual([
      'PIPE_ACCESS_DUPLEX',
      'PIPE_TYPE_MESSAGE | PIPE_READMODE_MESSAGE | PIPE_WAIT',
      '1',
    ]);
    const args = [hPipe, 0];
    expect(callNative(server, 'ConnectNamedPipe', args)).toMatchObject({ kind: 'block', on: 'kernel' });
    const hClient = callValue(client, 'CreateFileW', [
      client.mem.literal(PIPE, 2),
      0xc0000000,
      0,
      0,
      3,
      0,
      0,
    ]);
    expect(hClient).toBe(4);
    const [done] = world.poll();
    expect(NATIVES.ConnectNamedPipe?.resume?.(server, args, done!.outcome as never)).toEqual({
      kind: 'value',
      value: 1,
    });

    const mode = client.mem.define('mode', 4);
    client.mem.writeU32(mode, 2);
    expect(callValue(client, 'SetNamedPipeHandleState', [hClient, mode, 0, 0])).toBe(1);
    expect(client.calls.at(-1)?.args[1]?.display).toBe('&mode (PIPE_READMODE_MESSAGE | PIPE_WAIT)');

    const state = server.mem.define('state', 4);
    const instances = server.mem.define('instances', 4);
    expect(callValue(server, 'GetNamedPipeHandleStateW', [hPipe, state, instances, 0, 0, 0, 0])).toBe(1);
    expect(server.mem.readU32(instances)).toBe(1);
    const info = server.mem.define('info', 16);
    callValue(server, 'GetNamedPipeInfo', [hPipe, info, info + 4, info + 8, info + 12]);
    expect([0, 4, 8, 12].map((o) => server.mem.readU32(info + o))).toEqual([5, 256, 256, 1]);
  });

  it('WaitNamedPipeW on a name with no instance fails at once with ERROR_FILE_NOT_FOUND', () => {
    const world = new TestWorld(['PipeClient.exe']);
    const client = world.launch('PipeClient.exe');
    expect(callValue(client, 'WaitNamedPipeW', [client.mem.literal(PIPE, 2), 0xffffffff])).toBe(0);
    expect(client.calls.at(-1)).toMatchObject({ lastError: 2 });
    expect(client.calls.at(-1)?.args[1]?.display).toBe('NMPWAIT_WAIT_FOREVER');
  });

  it('TransactNamedPipe on a byte-mode pipe fails with ERROR_BAD_PIPE; Disconnect and Flush go through', () => {
    const world = new TestWorld(['S.exe', 'C.exe']);
    const server = world.launch('S.exe');
    const client = world.launch('C.exe');
    const hPipe = callValue(server, 'CreateNamedPipeA', [
      server.mem.literal('\\\\.\\pipe\\b', 1),
      3,
      0,
      1,
      64,
      64,
      0,
      0,
    ]);
    const hClient = callValue(client, 'CreateFileA', [
      client.mem.literal('\\\\.\\pipe\\b', 1),
      0xc0000000,
      0,
      0,
      3,
      0,
      0,
    ]);
    const buf = client.mem.define('buf', 16);
    const n = client.mem.define('n', 4);
    expect(callValue(client, 'TransactNamedPipe', [hClient, buf, 4, buf, 16, n, 0])).toBe(0);
    expect(callValue(client, 'GetLastError', [])).toBe(230);
    expect(callValue(server, 'FlushFileBuffers', [hPipe])).toBe(1);
    expect(callValue(server, 'DisconnectNamedPipe', [hPipe])).toBe(1);
  });
});
