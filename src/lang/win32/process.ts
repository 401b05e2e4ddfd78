/**
 * Processes: GetCurrentProcess/Thread(Id), OpenProcess, CreateProcessA/W (with what it reads of
 * STARTUPINFO and a STARTUPINFOEX's handle list), ExitProcess, TerminateProcess,
 * GetExitCodeProcess.
 */
import type { KernelOutcome, CMemory, CValue, Native, NativeContext, NativeOutcome } from '../native-api.ts';
import type { ProcessInformation, StartupInfo } from '../../kernel/index.ts';
import { finishCrtWrite, flushAllStd } from '../runtime/std-streams.ts';
import { handleListOf } from './attribute-list.ts';
import { ACCESS_VIOLATION, checkWritable } from '../runtime/bounds.ts';
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
import { faultOf } from '../fault-words.ts';

const CREATE_UNICODE_ENVIRONMENT = 0x400;
const EXTENDED_STARTUPINFO_PRESENT = 0x80000;
const CREATION_FLAGS = [
  ['CREATE_SUSPENDED', 0x4],
  ['DETACHED_PROCESS', 0x8],
  ['CREATE_NEW_CONSOLE', 0x10],
  ['NORMAL_PRIORITY_CLASS', 0x20],
  ['CREATE_NEW_PROCESS_GROUP', 0x200],
  ['CREATE_UNICODE_ENVIRONMENT', 0x400],
  ['EXTENDED_STARTUPINFO_PRESENT', EXTENDED_STARTUPINFO_PRESENT],
  ['CREATE_NO_WINDOW', 0x08000000],
] as const;

/** STARTUPINFO (x64): dwFlags @60, hStdInput @80, hStdOutput @88, hStdError @96; a
 *  STARTUPINFOEX adds lpAttributeList @104. */
const SI = { FLAGS: 60, STD_INPUT: 80, STD_OUTPUT: 88, STD_ERROR: 96, ATTRIBUTE_LIST: 104 } as const;

function readStartupInfo(mem: CMemory, addr: number): StartupInfo | undefined {
  if (addr === 0) return undefined;
  return {
    dwFlags: mem.readU32(addr + SI.FLAGS),
    hStdInput: mem.readI64(addr + SI.STD_INPUT),
    hStdOutput: mem.readI64(addr + SI.STD_OUTPUT),
    hStdError: mem.readI64(addr + SI.STD_ERROR),
  };
}

/** The handle list of an EXTENDED_STARTUPINFO_PRESENT call, read through the list now. */
function handleList(mem: CMemory, startupInfo: number, flags: number): number[] | null {
  if ((flags & EXTENDED_STARTUPINFO_PRESENT) === 0 || startupInfo === 0) return null;
  return handleListOf(mem, mem.readU64(startupInfo + SI.ATTRIBUTE_LIST));
}

const STARTF = [
  ['STARTF_USESHOWWINDOW', 0x1],
  ['STARTF_USESTDHANDLES', 0x100],
] as const;

function showStartupInfo(ctx: NativeContext, addr: number): string {
  const si = readStartupInfo(ctx.mem, addr);
  const where = showPointer(ctx.mem, addr, true);
  if (si === undefined || (si.dwFlags & 0x100) === 0) return where;
  const h = (v: number) => (v === 0 ? 'NULL' : showHandle(v));
  return `${where} (${showFlags(si.dwFlags, STARTF)}: in ${h(si.hStdInput)}, out ${h(si.hStdOutput)}, err ${h(si.hStdError)})`;
}

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
    throw faultOf(ACCESS_VIOLATION, 'commandLineLiteral', { fn });
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
      const startupInfo = readStartupInfo(ctx.mem, arg(c, 8));
      return {
        ...(startupInfo === undefined ? {} : { lpStartupInfo: startupInfo }),
        handleList: handleList(ctx.mem, arg(c, 8), flags),
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
          showStartupInfo(ctx, arg(c, 8)),
          showPointer(ctx.mem, arg(c, 9), true),
        ],
      ),
    // On failure the structure is zeroed (spec 5.5).
    out: (ctx, c, r) => writeProcessInformation(ctx.mem, name, arg(c, 9), r.out.lpProcessInformation),
    showResult: showBoolResult,
  });
};

const exitProcessKernel = binding({
  name: 'ExitProcess',
  api: 'ExitProcess',
  args: (_ctx, c) => ({ uExitCode: arg(c, 0) >>> 0 }),
  show: (_ctx, c) => shown(['uExitCode'], [String(arg(c, 0) >>> 0)]),
});

/** ExitProcess: the C runtime DLL's detach first writes what redirected stdout and stderr
 *  buffer (C.1) — WriteFiles that may wait for the pipe — then the process ends. */
function flushThenExit(ctx: NativeContext, c: readonly CValue[]): NativeOutcome {
  const r = flushAllStd(ctx);
  if (r.kind === 'blocked') return { kind: 'block', on: 'kernel', reason: r.reason };
  return exitProcessKernel.call(ctx, c, []);
}

const exitProcess: Native = {
  name: 'ExitProcess',
  call: (ctx, c) => flushThenExit(ctx, c),
  resume(ctx, c, completion: KernelOutcome): NativeOutcome {
    finishCrtWrite(ctx, completion);
    return flushThenExit(ctx, c);
  },
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
  exitProcess,
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
