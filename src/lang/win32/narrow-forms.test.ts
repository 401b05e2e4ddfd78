import { describe, expect, it } from 'vitest';
import { callNative, callValue, TestWorld } from '../runtime/test-support.ts';

describe('A forms and console handles', () => {
  it('the A forms read narrow strings and write narrow results', () => {
    const world = new TestWorld(['A.exe']);
    const ctx = world.launch('A.exe');
    expect(
      callValue(ctx, 'SetEnvironmentVariableA', [ctx.mem.literal('Hey', 1), ctx.mem.literal('Ho!', 1)]),
    ).toBe(1);
    const value = ctx.mem.define('value', 16);
    expect(callValue(ctx, 'GetEnvironmentVariableA', [ctx.mem.literal('HEY', 1), value, 16])).toBe(3);
    expect(ctx.mem.str(value, 1)).toBe('Ho!');
    expect(callValue(ctx, 'GetEnvironmentVariableA', [ctx.mem.literal('Hey', 1), 0, 0])).toBe(4);
    const block = callValue(ctx, 'GetEnvironmentStringsA', []);
    expect(ctx.mem.str(block, 1)).toBe('Hey=Ho!');
    expect(callValue(ctx, 'FreeEnvironmentStringsA', [block])).toBe(1);
    const h = callValue(ctx, 'CreateMailslotA', [ctx.mem.literal('\\\\.\\mailslot\\a', 1), 0, 0, 0]);
    expect(ctx.calls.at(-1)?.args[0]?.display).toBe('"\\\\\\\\.\\\\mailslot\\\\a"');
    expect(h).toBe(4);
  });

  it('GetEnvironmentVariableW into too small a variable is an access violation naming it', () => {
    const world = new TestWorld(['A.exe']);
    const ctx = world.launch('A.exe');
    callValue(ctx, 'SetEnvironmentVariableW', [ctx.mem.literal('Big', 2), ctx.mem.literal('Boy', 2)]);
    const value = ctx.mem.define('value', 4);
    expect(() => callNative(ctx, 'GetEnvironmentVariableW', [ctx.mem.literal('Big', 2), value, 100])).toThrow(
      "GetEnvironmentVariableW wrote 8 bytes into 'value' (4 bytes)",
    );
  });

  it('ReadFile on the console input handle waits for a whole line, then reads it as bytes', () => {
    const world = new TestWorld(['A.exe']);
    const ctx = world.launch('A.exe', 'par');
    const hIn = callValue(ctx, 'GetStdHandle', [-10]);
    const buf = ctx.mem.define('buf', 16);
    const n = ctx.mem.define('n', 4);
    expect(callNative(ctx, 'ReadFile', [hIn, buf, 16, n, 0])).toMatchObject({ kind: 'block', on: 'console' });
    ctx.input = 'partial line\n';
    expect(callValue(ctx, 'ReadFile', [hIn, buf, 16, n, 0])).toBe(1);
    expect([ctx.mem.readU32(n), ctx.mem.str(buf, 1)]).toEqual([13, 'partial line\n']);
    expect(callValue(ctx, 'CloseHandle', [hIn])).toBe(1);
  });
});
