/**
 * Processes: GetCurrentProcess/Thread(Id), OpenProcess, CreateProcessA/W, ExitProcess,
 * TerminateProcess, GetExitCodeProcess.
 */
import type { CMemory, Native, NativeContext } from '../native-api.ts';
import type { ProcessInformation } from '../../kernel/index.ts';
import { accessViolation, checkWritable } from '../runtime/bounds.ts';
import { readCString, type CharWidth } from '../runtime/cstring.ts';
import { arg } from '../runtime/define.ts';
import { binding, showBoolResult, shown } from './binding.ts';
import {
  readSecurityAttributes,
  readStringArg,
  showBool,
  showFlags,
  showHandle,
  showPointer,
  showSecurityAttributes,
  showString,
  writeDword,
} from './marshal.ts';

const CREATE_UNICODE_ENVIRONMENT = 0x400;
const CREATION_FLAGS = [
  ['CREATE_SUSPENDED', 0x4],
  ['DETACHED_PROCESS', 0x8],
  ['CREATE_NEW_CONSOLE', 0x10],
  ['NORMAL_PRIORITY_CLASS', 0x20],
  ['CREATE_NEW_PROCESS_GROUP', 0x200],
  ['CREATE_UNICODE_ENVIRONMENT', 0x400],
  ['CREATE_NO_WINDOW', 0x08000000],
] as const;

const noArgs = () => ({});
const none = () => [];
const current = (
  name: 'GetCurrentProcess' | 'GetCurrentThread' | 'GetCurrentProcessId' | 'GetCurrentThreadId',
  handle: boolean,
): Native =>
  binding({ name, api: name, args: noArgs, show: none, ...(handle ? { showResult: showHandle } : {}) });

/** An environment block: NUL-terminated strings, then one more NUL; wide if CREATE_UNICODE_ENVIRONMENT. */
export function readEnvironmentBlock(mem: CMemory, addr: number, w: CharWidth): string[] {
  const out: string[] = [];
  for (let p = addr; ;) {
    const s = readCString(mem, p, w);
    if (s.length === 0) return out;
    out.push(s);
    p += (countUnits(mem, p, w) + 1) * w;
  }
}

function countUnits(mem: CMemory, p: number, w: CharWidth): number {
  let n = 0;
  while ((w === 1 ? mem.readU8(p + n) : mem.readU16(p + n * 2)) !== 0) n++;
  return n;
}

/** CreateProcessW may write into lpCommandLine (it does, temporarily, on real Windows), so a
 *  string literal there is an access violation — the classic pitfall. */
function checkCommandLineWritable(ctx: NativeContext, addr: number, w: CharWidth, fn: string): void {
  if (w !== 2 || addr === 0) return;
  if (ctx.mem.objectAt(addr)?.name === 'string literal') {
    throw accessViolation(
      `${fn} writes into lpCommandLine, but it points to a string literal (read-only memory): ` +
        'use a TCHAR array, not a literal, e.g. TCHAR command[] = _T("Child.exe");',
    );
  }
}

/** PROCESS_INFORMATION: hProcess @0, hThread @8, dwProcessId @16, dwThreadId @20. */
function writeProcessInformation(
  mem: CMemory,
  fn: string,
  addr: number,
  pi: ProcessInformation | undefined,
): void {
  if (addr === 0) return;
  checkWritable(mem, fn, addr, 24);
  mem.writeI64(addr, pi?.hProcess ?? 0);
  mem.writeI64(addr + 8, pi?.hThread ?? 0);
  mem.writeU32(addr + 16, pi?.dwProcessId ?? 0);
  mem.writeU32(addr + 20, pi?.dwThreadId ?? 0);
}

const createProcess = (w: CharWidth): Native => {
  const name = w === 1 ? 'CreateProcessA' : 'CreateProcessW';
  return binding({
    name,
    api: 'CreateProcess',
    args: (ctx, c) => {
      checkCommandLineWritable(ctx, arg(c, 1), w, name);
      const flags = arg(c, 5) >>> 0;
      const env = arg(c, 6);
      const envWidth: CharWidth = (flags & CREATE_UNICODE_ENVIRONMENT) !== 0 ? 2 : 1;
      return {
        lpApplicationName: readStringArg(ctx.mem, arg(c, 0), w),
        lpCommandLine: readStringArg(ctx.mem, arg(c, 1), w),
        lpProcessAttributes: readSecurityAttributes(ctx.mem, arg(c, 2)),
        lpThreadAttributes: readSecurityAttributes(ctx.mem, arg(c, 3)),
        bInheritHandles: arg(c, 4) !== 0,
        dwCreationFlags: flags,
        lpEnvironment: env === 0 ? null : readEnvironmentBlock(ctx.mem, env, envWidth),
        lpCurrentDirectory: readStringArg(ctx.mem, arg(c, 7), w),
      };
    },
    show: (ctx, c) =>
      shown(
        [
          'lpApplicationName',
          'lpCommandLine',
          'lpProcessAttributes',
          'lpThreadAttributes',
          'bInheritHandles',
          'dwCreationFlags',
          'lpEnvironment',
          'lpCurrentDirectory',
          'lpStartupInfo',
          'lpProcessInformation',
        ],
        [
          showString(readStringArg(ctx.mem, arg(c, 0), w)),
          showString(readStringArg(ctx.mem, arg(c, 1), w)),
          showSecurityAttributes(ctx.mem, arg(c, 2)),
          showSecurityAttributes(ctx.mem, arg(c, 3)),
          showBool(arg(c, 4)),
          showFlags(arg(c, 5), CREATION_FLAGS),
          showPointer(ctx.mem, arg(c, 6)),
          showString(readStringArg(ctx.mem, arg(c, 7), w)),
          showPointer(ctx.mem, arg(c, 8), true),
          showPointer(ctx.mem, arg(c, 9), true),
        ],
      ),
    // On failure the structure is zeroed (spec 5.5).
    out: (ctx, c, r) => writeProcessInformation(ctx.mem, name, arg(c, 9), r.out.lpProcessInformation),
    showResult: showBoolResult,
  });
};

export const PROCESS_NATIVES: readonly Native[] = [
  current('GetCurrentProcess', true),
  current('GetCurrentThread', true),
  current('GetCurrentProcessId', false),
  current('GetCurrentThreadId', false),
  binding({
    name: 'OpenProcess',
    api: 'OpenProcess',
    args: (_ctx, c) => ({
      dwDesiredAccess: arg(c, 0) >>> 0,
      bInheritHandle: arg(c, 1) !== 0,
      dwProcessId: arg(c, 2) >>> 0,
    }),
    show: (_ctx, c) =>
      shown(
        ['dwDesiredAccess', 'bInheritHandle', 'dwProcessId'],
        [`0x${(arg(c, 0) >>> 0).toString(16)}`, showBool(arg(c, 1)), String(arg(c, 2) >>> 0)],
      ),
    showResult: (v) => (v === 0 ? 'NULL' : showHandle(v)),
  }),
  createProcess(1),
  createProcess(2),
  binding({
    name: 'ExitProcess',
    api: 'ExitProcess',
    args: (_ctx, c) => ({ uExitCode: arg(c, 0) >>> 0 }),
    show: (_ctx, c) => shown(['uExitCode'], [String(arg(c, 0) >>> 0)]),
  }),
  binding({
    name: 'TerminateProcess',
    api: 'TerminateProcess',
    args: (_ctx, c) => ({ hProcess: arg(c, 0), uExitCode: arg(c, 1) >>> 0 }),
    show: (_ctx, c) => shown(['hProcess', 'uExitCode'], [showHandle(arg(c, 0)), String(arg(c, 1) >>> 0)]),
    showResult: showBoolResult,
  }),
  binding({
    name: 'GetExitCodeProcess',
    api: 'GetExitCodeProcess',
    args: (_ctx, c) => ({ hProcess: arg(c, 0) }),
    show: (ctx, c) =>
      shown(['hProcess', 'lpExitCode'], [showHandle(arg(c, 0)), showPointer(ctx.mem, arg(c, 1), true)]),
    out: (ctx, c, r) => writeDword(ctx.mem, 'GetExitCodeProcess', arg(c, 1), r.out.lpExitCode),
    showResult: showBoolResult,
  }),
];
