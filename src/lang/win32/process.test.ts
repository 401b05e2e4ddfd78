import { describe, expect, it } from 'vitest';
import { NATIVES } from '../natives.ts';
import { callNative, callValue, TestWorld, type TestContext } from '../runtime/test-support.ts';
import { environmentBlock } from './environment.ts';

function startup(ctx: TestContext) {
  const si = ctx.mem.define('si', 104);
  ctx.mem.writeU32(si, 104);
  return { si, pi: ctx.mem.define('pi', 24) };
}

describe('process bindings', () => {
  it('CreateProcessW fills PROCESS_INFORMATION with two handles and the ids', () => {
    const world = new TestWorld(['Parent.exe', 'PartAdder.exe']);
    const parent = world.launch('Parent.exe');
    const { si, pi } = startup(parent);
    const cmd = parent.mem.string('command1', 'PartAdder.exe 1 10', 2);
    expect(callValue(parent, 'CreateProcessW', [0, cmd, 0, 0, 1, 0, 0, 0, si, pi])).toBe(1);
    const childPid = parent.mem.readU32(pi + 16);
    expect(world.kernel.processes[childPid as never]?.commandLine).toBe('PartAdder.exe 1 10');
    expect([parent.mem.readI64(pi), parent.mem.readI64(pi + 8)]).toEqual([4, 8]);
    expect(parent.calls[0]?.args[1]).toEqual({ name: 'lpCommandLine', display: '"PartAdder.exe 1 10"' });
  });

  it('CreateProcessW with a string literal command line is an access violation that says why', () => {
    const world = new TestWorld(['Parent.exe', 'Child.exe']);
    const parent = world.launch('Parent.exe');
    const { si, pi } = startup(parent);
    expect(() =>
      callNative(parent, 'CreateProcessW', [0, parent.mem.literal('Child.exe', 2), 0, 0, 0, 0, 0, 0, si, pi]),
    ).toThrow(/access violation: .*string literal.*use a TCHAR array, not a literal/);
  });

  it('CreateProcessA accepts a literal (the A form copies it first)', () => {
    const world = new TestWorld(['Parent.exe', 'Child.exe']);
    const parent = world.launch('Parent.exe');
    const { si, pi } = startup(parent);
    expect(
      callValue(parent, 'CreateProcessA', [0, parent.mem.literal('Child.exe', 1), 0, 0, 0, 0, 0, 0, si, pi]),
    ).toBe(1);
  });

  it('a failed CreateProcess zeroes PROCESS_INFORMATION and sets ERROR_FILE_NOT_FOUND', () => {
    const world = new TestWorld(['Parent.exe']);
    const parent = world.launch('Parent.exe');
    const { si, pi } = startup(parent);
    parent.mem.writeBytes(pi, new Uint8Array(24).fill(0x0a));
    expect(
      callValue(parent, 'CreateProcessW', [
        0,
        parent.mem.string('c', 'Nope.exe', 2),
        0,
        0,
        0,
        0,
        0,
        0,
        si,
        pi,
      ]),
    ).toBe(0);
    expect([...parent.mem.readBytes(pi, 24)].every((b) => b === 0)).toBe(true);
    expect(callValue(parent, 'GetLastError', [])).toBe(2);
  });

  it('passes an explicit wide environment block to the child (CREATE_UNICODE_ENVIRONMENT)', () => {
    const world = new TestWorld(['Parent.exe', 'Child.exe']);
    const parent = world.launch('Parent.exe');
    const { si, pi } = startup(parent);
    const bytes = environmentBlock(['A=1', 'Good=Morning'], 2);
    const env = parent.mem.define('env', bytes.length);
    parent.mem.writeBytes(env, bytes);
    const cmd = parent.mem.string('cmd', 'Child.exe', 2);
    callValue(parent, 'CreateProcessW', [0, cmd, 0, 0, 0, 0x400, env, 0, si, pi]);
    const child = world.attach(parent.mem.readU32(pi + 16));
    const value = child.mem.define('value', 100);
    expect(callValue(child, 'GetEnvironmentVariableW', [child.mem.literal('good', 2), value, 50])).toBe(7);
    expect(child.mem.str(value, 2)).toBe('Morning');
  });

  it('the child gets a copy of the environment at creation; later changes stay in the parent', () => {
    const world = new TestWorld(['EnvParent.exe', 'EnvChild.exe']);
    const parent = world.launch('EnvParent.exe');
    const set = (n: string, v: string) =>
      callValue(parent, 'SetEnvironmentVariableW', [parent.mem.literal(n, 2), parent.mem.literal(v, 2)]);
    set('Good', 'Morning');
    const { si, pi } = startup(parent);
    callValue(parent, 'CreateProcessW', [
      0,
      parent.mem.string('cmd', 'EnvChild.exe', 2),
      0,
      0,
      0,
      0x10,
      0,
      0,
      si,
      pi,
    ]);
    set('Good', 'Night');
    const child = world.attach(parent.mem.readU32(pi + 16));
    const value = child.mem.define('value', 2048);
    expect(callValue(child, 'GetEnvironmentVariableW', [child.mem.literal('Good', 2), value, 1024])).toBe(7);
    expect(child.mem.str(value, 2)).toBe('Morning');
    expect(callValue(child, 'GetEnvironmentVariableW', [child.mem.literal('Missing', 2), value, 1024])).toBe(
      0,
    );
    expect(callValue(child, 'GetLastError', [])).toBe(203);
  });

  it('GetEnvironmentStringsW allocates a NUL-separated block the program can walk and free', () => {
    const world = new TestWorld(['A.exe']);
    const ctx = world.launch('A.exe');
    callValue(ctx, 'SetEnvironmentVariableW', [ctx.mem.literal('X', 2), ctx.mem.literal('1', 2)]);
    const block = callValue(ctx, 'GetEnvironmentStringsW', []);
    expect(ctx.mem.str(block, 2)).toBe('X=1');
    expect(ctx.mem.readU16(block + 8)).toBe(0);
    expect(callValue(ctx, 'FreeEnvironmentStringsW', [block])).toBe(1);
    expect(ctx.mem.objectAt(block)).toBeUndefined();
  });

  it('DuplicateHandle turns the pseudo handle into a real inheritable one', () => {
    const world = new TestWorld(['A.exe']);
    const ctx = world.launch('A.exe');
    const self = callValue(ctx, 'GetCurrentProcess', []);
    expect(self).toBe(-1);
    const out = ctx.mem.define('hProcess', 8);
    expect(callValue(ctx, 'DuplicateHandle', [self, self, self, out, 0, 1, 2])).toBe(1);
    const h = ctx.mem.readI64(out);
    expect(h % 4).toBe(0);
    const flags = ctx.mem.define('flags', 4);
    callValue(ctx, 'GetHandleInformation', [h, flags]);
    expect(ctx.mem.readU32(flags)).toBe(1);
    expect(ctx.calls.at(-2)?.args.map((a) => a.display)).toEqual([
      '(HANDLE)-1',
      '(HANDLE)-1',
      '(HANDLE)-1',
      '&hProcess',
      '0x0',
      'TRUE',
      'DUPLICATE_SAME_ACCESS',
    ]);
  });

  it('WaitForSingleObject on a running child blocks; resume gives WAIT_OBJECT_0 and the exit code is readable', () => {
    const world = new TestWorld(['Parent.exe', 'Child.exe']);
    const parent = world.launch('Parent.exe');
    const { si, pi } = startup(parent);
    callValue(parent, 'CreateProcessW', [
      0,
      parent.mem.string('cmd', 'Child.exe', 2),
      0,
      0,
      0,
      0,
      0,
      0,
      si,
      pi,
    ]);
    const hProcess = parent.mem.readI64(pi);
    const code = parent.mem.define('code', 4);
    callValue(parent, 'GetExitCodeProcess', [hProcess, code]);
    expect(parent.mem.readU32(code)).toBe(259);
    const args = [hProcess, 0xffffffff];
    expect(callNative(parent, 'WaitForSingleObject', args)).toMatchObject({ kind: 'block', on: 'kernel' });
    const child = world.attach(parent.mem.readU32(pi + 16));
    expect(callNative(child, 'ExitProcess', [7])).toEqual({ kind: 'exit', code: 7 });
    const [done] = world.poll();
    expect(NATIVES.WaitForSingleObject?.resume?.(parent, args, done!.outcome as never)).toEqual({
      kind: 'value',
      value: 0,
    });
    callValue(parent, 'GetExitCodeProcess', [hProcess, code]);
    expect(parent.mem.readU32(code)).toBe(7);
  });

  it('WaitForMultipleObjects reads its handle array; Sleep blocks until the clock moves', () => {
    const world = new TestWorld(['A.exe']);
    const ctx = world.launch('A.exe');
    const arr = ctx.mem.define('handles', 16);
    ctx.mem.writeI64(arr, 0x44);
    ctx.mem.writeI64(arr + 8, 0x48);
    expect(callValue(ctx, 'WaitForMultipleObjects', [2, arr, 0, 0])).toBe(0xffffffff);
    expect(ctx.calls.at(-1)?.args[1]?.display).toBe('handles {0x44, 0x48}');
    expect(callNative(ctx, 'Sleep', [100])).toMatchObject({ kind: 'block' });
    const [done] = world.poll(100);
    expect(done?.pid).toBe(ctx.pid);
  });

  it('SetLastError and GetLastError go through the kernel per thread', () => {
    const world = new TestWorld(['A.exe']);
    const ctx = world.launch('A.exe');
    callValue(ctx, 'SetLastError', [183]);
    expect(callValue(ctx, 'GetLastError', [])).toBe(183);
    expect(ctx.calls.at(-1)?.result).toBe('183 (ERROR_ALREADY_EXISTS)');
  });

  it('GetCurrentProcessId and GetCurrentThreadId are the ids the kernel gave', () => {
    const world = new TestWorld(['A.exe']);
    const ctx = world.launch('A.exe');
    expect(callValue(ctx, 'GetCurrentProcessId', [])).toBe(ctx.pid);
    expect(callValue(ctx, 'GetCurrentThreadId', [])).toBe(world.kernel.processes[ctx.pid as never]?.tid);
  });
});
