import { describe, expect, it } from 'vitest';
import { CONSOLE_FILE_BASE } from './streams.ts';
import { callNative, callValue, TestWorld, type TestContext } from './test-support.ts';
import { parseMode } from './stdio-files.ts';

const open = (ctx: TestContext, path: string, mode: string) =>
  callValue(ctx, '_wfopen', [ctx.mem.string('path', path, 2), ctx.mem.string('mode', mode, 2)]);

describe('stdio on simulated files', () => {
  it('a parent writes a handle value with _ftprintf and a child reads it back with _ftscanf', () => {
    const world = new TestWorld(['Parent.exe', 'Child.exe']);
    const parent = world.launch('Parent.exe');
    const fp = open(parent, 'handle.txt', 'wt');
    expect(fp).not.toBe(0);
    callValue(parent, 'fwprintf', [fp, parent.mem.literal('%d\n', 2), 0x1c], ['int']);
    expect(callValue(parent, 'fclose', [fp])).toBe(0);

    const child = world.launch('Child.exe');
    const in_ = open(child, 'handle.txt', 'rt');
    const value = child.mem.define('hValue', 4);
    expect(callValue(child, 'fwscanf', [in_, child.mem.literal('%d', 2), value], ['pointer'])).toBe(1);
    expect(child.mem.readI32(value)).toBe(0x1c);
    expect(callValue(child, 'fwscanf', [in_, child.mem.literal('%d', 2), value], ['pointer'])).toBe(-1);
    expect(callValue(child, 'feof', [in_])).toBe(1);
  });

  it('text mode writes "\\r\\n" to the disk and reads it back as "\\n"', () => {
    const world = new TestWorld(['A.exe']);
    const ctx = world.launch('A.exe');
    const fp = open(ctx, 'lines.txt', 'w');
    callValue(ctx, 'fputws', [ctx.mem.literal('one\ntwo\n', 2), fp]);
    callValue(ctx, 'fclose', [fp]);
    const file = Object.values(world.kernel.files)[0];
    expect(new TextDecoder().decode(file?.data)).toBe('one\r\ntwo\r\n');

    const rd = open(ctx, 'lines.txt', 'r');
    const buf = ctx.mem.define('line', 40);
    expect(callValue(ctx, 'fgetws', [buf, 20, rd])).toBe(buf);
    expect(ctx.mem.str(buf, 2)).toBe('one\n');
    callValue(ctx, 'fgetws', [buf, 20, rd]);
    expect(ctx.mem.str(buf, 2)).toBe('two\n');
    expect(callValue(ctx, 'fgetws', [buf, 20, rd])).toBe(0);
  });

  it("fopen's handle is a real, inheritable handle in the process's table", () => {
    const world = new TestWorld(['A.exe']);
    const ctx = world.launch('A.exe');
    open(ctx, 'f.txt', 'w');
    const table = Object.values(world.kernel.processes)[0]?.handles ?? {};
    expect(Object.values(table).map((h) => [h.role, h.inherit])).toEqual([['file', true]]);
  });

  it('fopen of a missing file for reading gives NULL', () => {
    const world = new TestWorld(['A.exe']);
    const ctx = world.launch('A.exe');
    expect(open(ctx, 'missing.txt', 'r')).toBe(0);
  });

  it('binary fwrite/fread move bytes unchanged; appending adds at the end', () => {
    const world = new TestWorld(['A.exe']);
    const ctx = world.launch('A.exe');
    const data = ctx.mem.define('data', 4);
    ctx.mem.writeBytes(data, new Uint8Array([1, 10, 13, 2]));
    const w = open(ctx, 'bin', 'wb');
    expect(callValue(ctx, 'fwrite', [data, 1, 4, w])).toBe(4);
    callValue(ctx, 'fclose', [w]);
    const a = open(ctx, 'bin', 'ab');
    callValue(ctx, 'fwrite', [data, 2, 1, a]);
    callValue(ctx, 'fclose', [a]);
    const r = open(ctx, 'bin', 'rb');
    const back = ctx.mem.define('back', 8);
    expect(callValue(ctx, 'fread', [back, 1, 8, r])).toBe(6);
    expect([...ctx.mem.readBytes(back, 6)]).toEqual([1, 10, 13, 2, 1, 10]);
    expect(callValue(ctx, 'feof', [r])).toBe(1);
  });

  it('fread into too small a buffer is an access violation', () => {
    const world = new TestWorld(['A.exe']);
    const ctx = world.launch('A.exe');
    const w = open(ctx, 'f', 'w');
    callValue(ctx, 'fputs', [ctx.mem.literal('0123456789', 1), w]);
    callValue(ctx, 'fclose', [w]);
    const r = open(ctx, 'f', 'r');
    const small = ctx.mem.define('small', 4);
    expect(() => callNative(ctx, 'fread', [small, 1, 10, r])).toThrow(
      "fread wrote 10 bytes into 'small' (4 bytes)",
    );
  });

  it('feof turns true once a scan has looked past the last character, not before', () => {
    const world = new TestWorld(['A.exe']);
    const ctx = world.launch('A.exe');
    const w = open(ctx, 'nums.txt', 'w');
    callValue(ctx, 'fwprintf', [w, ctx.mem.literal('1\n2', 2)]);
    callValue(ctx, 'fclose', [w]);
    const r = open(ctx, 'nums.txt', 'r');
    const x = ctx.mem.define('x', 4);
    const fmt = ctx.mem.literal('%d', 2);
    expect(callValue(ctx, 'fwscanf', [r, fmt, x], ['pointer'])).toBe(1);
    expect(callValue(ctx, 'feof', [r])).toBe(0);
    expect(callValue(ctx, 'fwscanf', [r, fmt, x], ['pointer'])).toBe(1);
    expect(ctx.mem.readI32(x)).toBe(2);
    expect(callValue(ctx, 'feof', [r])).toBe(1);
  });

  it('fclose of the console streams does nothing harmful', () => {
    const world = new TestWorld(['A.exe']);
    const ctx = world.launch('A.exe');
    expect(callValue(ctx, 'fclose', [CONSOLE_FILE_BASE + 8])).toBe(0);
  });

  it.each([
    ['r', { read: true, write: false }],
    ['w+', { read: true, write: true }],
    ['a', { read: false, write: true }],
    ['rt, ccs=UTF-8', { read: true, write: false }],
  ] as const)('parses the mode %j', (mode, want) => {
    const m = parseMode(mode);
    expect({
      read: ((m?.access ?? 0) & 0x80000000) !== 0,
      write: ((m?.access ?? 0) & 0x40000000) !== 0,
    }).toEqual(want);
  });

  it('rejects a mode that starts with something other than r, w or a', () => {
    expect(parseMode('x')).toBeUndefined();
  });
});
