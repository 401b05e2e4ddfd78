import { describe, expect, it } from 'vitest';
import { CONSOLE_HANDLE } from '../../kernel/index.ts';
import { callNative, callValue, TestWorld, type TestContext } from '../runtime/test-support.ts';
import { handleListOf } from './attribute-list.ts';

function pipe(ctx: TestContext, inherit: boolean) {
  const sa = ctx.mem.define('sa', 24);
  ctx.mem.writeU32(sa, 24);
  ctx.mem.writeU32(sa + 16, inherit ? 1 : 0);
  const r = ctx.mem.define('hRead', 8);
  const w = ctx.mem.define('hWrite', 8);
  callValue(ctx, 'CreatePipe', [r, w, sa, 0]);
  return { r: ctx.mem.readI64(r), w: ctx.mem.readI64(w), rPtr: r };
}

describe('standard-handle bindings', () => {
  it('GetStdHandle gives the console handles, shown as such', () => {
    const world = new TestWorld(['A.exe']);
    const a = world.launch('A.exe');
    expect(callValue(a, 'GetStdHandle', [0xfffffff5])).toBe(CONSOLE_HANDLE.OUTPUT);
    expect(a.calls.at(-1)).toMatchObject({
      api: 'GetStdHandle',
      args: [{ name: 'nStdHandle', display: 'STD_OUTPUT_HANDLE' }],
      result: '0x100007 (console)',
    });
  });

  it('WriteFile on a console handle writes to the console until the handle is closed', () => {
    const world = new TestWorld(['A.exe']);
    const a = world.launch('A.exe');
    const n = a.mem.define('n', 4);
    const text = a.mem.string('text', 'hi\n', 1, 3);
    expect(callValue(a, 'WriteFile', [CONSOLE_HANDLE.OUTPUT, text, 3, n, 0])).toBe(1);
    expect(a.output).toBe('hi\n');
    expect(callValue(a, 'CloseHandle', [CONSOLE_HANDLE.OUTPUT])).toBe(1);
    expect(callValue(a, 'WriteFile', [CONSOLE_HANDLE.OUTPUT, text, 3, n, 0])).toBe(0);
    expect(a.calls.at(-1)?.lastError).toBe(6);
    expect(a.output).toBe('hi\n');
  });

  it('CloseHandle((HANDLE)STD_ERROR_HANDLE) closes the handle behind it and names the value', () => {
    const world = new TestWorld(['A.exe']);
    const a = world.launch('A.exe');
    const { w } = pipe(a, false);
    expect(callValue(a, 'SetStdHandle', [0xfffffff4, w])).toBe(1);
    expect(callValue(a, 'CloseHandle', [0xfffffff4])).toBe(1);
    expect(a.calls.at(-1)?.args).toEqual([{ name: 'hObject', display: '(HANDLE)STD_ERROR_HANDLE' }]);
    expect(callValue(a, 'GetStdHandle', [0xfffffff4])).toBe(0);
    expect(world.kernel.processes[a.pid as never]?.handles[w]).toBeUndefined();
  });
});

describe('thread bindings', () => {
  it('ResumeThread, SuspendThread and GetExitCodeThread work on pi.hThread', () => {
    const world = new TestWorld(['Parent.exe', 'Child.exe']);
    const parent = world.launch('Parent.exe');
    const si = parent.mem.define('si', 104);
    parent.mem.writeU32(si, 104);
    const pi = parent.mem.define('pi', 24);
    const cmd = parent.mem.string('cmd', 'Child.exe', 2);
    expect(callValue(parent, 'CreateProcessW', [0, cmd, 0, 0, 0, 4, 0, 0, si, pi])).toBe(1);
    const hThread = parent.mem.readI64(pi + 8);
    const code = parent.mem.define('code', 4);
    expect(callValue(parent, 'GetExitCodeThread', [hThread, code])).toBe(1);
    expect(parent.mem.readU32(code)).toBe(259);
    expect(callValue(parent, 'SuspendThread', [hThread])).toBe(1);
    expect(callValue(parent, 'ResumeThread', [hThread])).toBe(2);
    expect(callValue(parent, 'ResumeThread', [parent.mem.readI64(pi)])).toBe(0xffffffff);
    expect(parent.calls.at(-1)?.result).toBe('(DWORD)-1');
  });
});

describe('thread-attribute lists', () => {
  it('write the size needed, lay the list out as on x64, and keep the lpValue pointer', () => {
    const world = new TestWorld(['A.exe']);
    const a = world.launch('A.exe');
    const size = a.mem.define('size', 8);
    expect(callValue(a, 'InitializeProcThreadAttributeList', [0, 1, 0, size])).toBe(0);
    expect(a.mem.readU64(size)).toBe(48);
    const list = a.mem.define('list', 48);
    a.mem.writeBytes(list, new Uint8Array(48).fill(0xcc));
    expect(callValue(a, 'InitializeProcThreadAttributeList', [list, 1, 0, size])).toBe(1);
    expect([a.mem.readU32(list), a.mem.readU32(list + 4), a.mem.readU32(list + 8)]).toEqual([0, 1, 0]);
    const { r, rPtr } = pipe(a, true);
    expect(callValue(a, 'UpdateProcThreadAttribute', [list, 0, 0x20002, rPtr, 8, 0, 0])).toBe(1);
    expect(a.mem.readU32(list)).toBe(1 << 2);
    expect(a.mem.readU32(list + 8)).toBe(1);
    expect([a.mem.readU64(list + 24), a.mem.readU64(list + 32), a.mem.readU64(list + 40)]).toEqual([
      0x20002,
      8,
      rPtr,
    ]);
    expect(handleListOf(a.mem, list)).toEqual([r]);
    expect(a.calls.at(-1)?.args[2]).toEqual({
      name: 'Attribute',
      display: 'PROC_THREAD_ATTRIBUTE_HANDLE_LIST',
    });
  });

  it('stops the process on an attribute the simulator does not offer', () => {
    const world = new TestWorld(['A.exe']);
    const a = world.launch('A.exe');
    const size = a.mem.define('size', 8);
    a.mem.writeI64(size, 48);
    const list = a.mem.define('list', 48);
    callValue(a, 'InitializeProcThreadAttributeList', [list, 1, 0, size]);
    const h = a.mem.define('parent', 8);
    expect(() => callNative(a, 'UpdateProcThreadAttribute', [list, 0, 0x20000, h, 8, 0, 0])).toThrow(
      /PROC_THREAD_ATTRIBUTE_PARENT_PROCESS is a Windows attribute this simulator does not offer/,
    );
  });

  it('lets CreateProcessW pass only the listed handle with EXTENDED_STARTUPINFO_PRESENT', () => {
    const world = new TestWorld(['Parent.exe', 'Child.exe']);
    const parent = world.launch('Parent.exe');
    const a = pipe(parent, true);
    const b = pipe(parent, true);
    const size = parent.mem.define('size', 8);
    parent.mem.writeI64(size, 48);
    const list = parent.mem.define('list', 48);
    callValue(parent, 'InitializeProcThreadAttributeList', [list, 1, 0, size]);
    callValue(parent, 'UpdateProcThreadAttribute', [list, 0, 0x20002, a.rPtr, 8, 0, 0]);
    const si = parent.mem.define('siex', 112);
    parent.mem.writeU32(si, 112);
    parent.mem.writeI64(si + 104, list);
    const pi = parent.mem.define('pi', 24);
    const cmd = parent.mem.string('cmd', 'Child.exe', 2);
    expect(callValue(parent, 'CreateProcessW', [0, cmd, 0, 0, 1, 0x80000, 0, 0, si, pi])).toBe(1);
    const child = world.kernel.processes[parent.mem.readU32(pi + 16) as never]!;
    expect(Object.keys(child.handles).map(Number)).toEqual([a.r]);
    expect(child.handles[b.w]).toBeUndefined();
  });

  it('lets CreateProcessW hand the STARTUPINFO standard handles to the child', () => {
    const world = new TestWorld(['Parent.exe', 'Child.exe']);
    const parent = world.launch('Parent.exe');
    const p = pipe(parent, true);
    const si = parent.mem.define('si', 104);
    parent.mem.writeU32(si, 104);
    parent.mem.writeU32(si + 60, 0x100);
    parent.mem.writeI64(si + 88, p.w);
    const pi = parent.mem.define('pi', 24);
    const cmd = parent.mem.string('cmd', 'Child.exe', 2);
    expect(callValue(parent, 'CreateProcessW', [0, cmd, 0, 0, 1, 0, 0, 0, si, pi])).toBe(1);
    const child = world.kernel.processes[parent.mem.readU32(pi + 16) as never]!;
    expect(child.stdHandles).toEqual({ input: 0, output: p.w, error: 0 });
    expect(parent.calls.at(-1)?.args[8]?.display).toBe(
      `&si (STARTF_USESTDHANDLES: in NULL, out 0x${p.w.toString(16).toUpperCase()}, err NULL)`,
    );
  });
});

describe('environment-block bindings', () => {
  it('ExpandEnvironmentStringsW writes the expansion, or what fits of it with a NUL', () => {
    const world = new TestWorld(['A.exe']);
    const a = world.launch('A.exe');
    callValue(a, 'SetEnvironmentVariableW', [a.mem.string('n', 'X', 2), a.mem.string('v', 'value', 2)]);
    const src = a.mem.string('src', '<%X%>', 2);
    const dst = a.mem.define('dst', 40);
    expect(callValue(a, 'ExpandEnvironmentStringsW', [src, dst, 20])).toBe(8);
    expect(a.mem.str(dst, 2)).toBe('<value>');
    expect(callValue(a, 'ExpandEnvironmentStringsW', [src, dst, 4])).toBe(8);
    expect(a.mem.str(dst, 2)).toBe('<va');
    expect(callValue(a, 'ExpandEnvironmentStringsA', [a.mem.string('s1', '%X%!', 1), dst, 20])).toBe(7);
    expect(a.mem.str(dst, 1)).toBe('value!');
  });

  it('SetEnvironmentStringsW takes a NUL-separated block', () => {
    const world = new TestWorld(['A.exe']);
    const a = world.launch('A.exe');
    const block = a.mem.define('block', 40);
    const units = [...'A=1', '\0', ...'B=2', '\0', '\0'].map((c) => c.charCodeAt(0));
    units.forEach((u, i) => a.mem.writeU16(block + 2 * i, u));
    expect(callValue(a, 'SetEnvironmentStringsW', [block])).toBe(1);
    expect(world.kernel.processes[a.pid as never]?.environment).toEqual(['A=1', 'B=2']);
  });
});
