/** CloseHandle, DuplicateHandle, GetHandleInformation, SetHandleInformation. */
import type { Native } from '../native-api.ts';
import { arg } from '../runtime/define.ts';
import { binding, showBoolResult, shown } from './binding.ts';
import { isConsoleHandle } from './console.ts';
import { showBool, showFlags, showHandle, showPointer, writeDword, writeHandle } from './marshal.ts';

const HANDLE_FLAGS = [
  ['HANDLE_FLAG_INHERIT', 1],
  ['HANDLE_FLAG_PROTECT_FROM_CLOSE', 2],
] as const;
const DUPLICATE_OPTIONS = [
  ['DUPLICATE_CLOSE_SOURCE', 1],
  ['DUPLICATE_SAME_ACCESS', 2],
] as const;

const closeHandleKernel = binding({
  name: 'CloseHandle',
  api: 'CloseHandle',
  args: (_ctx, c) => ({ hObject: arg(c, 0) }),
  show: (_ctx, c) => shown(['hObject'], [showHandle(arg(c, 0))]),
  showResult: showBoolResult,
});

/** Closing a console handle (from GetStdHandle) succeeds; the kernel does not know them. */
const closeHandle: Native = {
  ...closeHandleKernel,
  call: (ctx, c, k) =>
    isConsoleHandle(arg(c, 0)) ? { kind: 'value', value: 1 } : closeHandleKernel.call(ctx, c, k),
};

export const HANDLE_NATIVES: readonly Native[] = [
  closeHandle,
  binding({
    name: 'DuplicateHandle',
    api: 'DuplicateHandle',
    args: (_ctx, c) => ({
      hSourceProcessHandle: arg(c, 0),
      hSourceHandle: arg(c, 1),
      hTargetProcessHandle: arg(c, 2),
      dwDesiredAccess: arg(c, 4) >>> 0,
      bInheritHandle: arg(c, 5) !== 0,
      dwOptions: arg(c, 6) >>> 0,
    }),
    show: (ctx, c) =>
      shown(
        [
          'hSourceProcessHandle',
          'hSourceHandle',
          'hTargetProcessHandle',
          'lpTargetHandle',
          'dwDesiredAccess',
          'bInheritHandle',
          'dwOptions',
        ],
        [
          showHandle(arg(c, 0)),
          showHandle(arg(c, 1)),
          showHandle(arg(c, 2)),
          showPointer(ctx.mem, arg(c, 3), true),
          `0x${(arg(c, 4) >>> 0).toString(16)}`,
          showBool(arg(c, 5)),
          showFlags(arg(c, 6), DUPLICATE_OPTIONS),
        ],
      ),
    out: (ctx, c, r) => writeHandle(ctx.mem, 'DuplicateHandle', arg(c, 3), r.out.lpTargetHandle),
    showResult: showBoolResult,
  }),
  binding({
    name: 'GetHandleInformation',
    api: 'GetHandleInformation',
    args: (_ctx, c) => ({ hObject: arg(c, 0) }),
    show: (ctx, c) =>
      shown(['hObject', 'lpdwFlags'], [showHandle(arg(c, 0)), showPointer(ctx.mem, arg(c, 1), true)]),
    out: (ctx, c, r) => writeDword(ctx.mem, 'GetHandleInformation', arg(c, 1), r.out.lpdwFlags),
    showResult: showBoolResult,
  }),
  binding({
    name: 'SetHandleInformation',
    api: 'SetHandleInformation',
    args: (_ctx, c) => ({ hObject: arg(c, 0), dwMask: arg(c, 1) >>> 0, dwFlags: arg(c, 2) >>> 0 }),
    show: (_ctx, c) =>
      shown(
        ['hObject', 'dwMask', 'dwFlags'],
        [showHandle(arg(c, 0)), showFlags(arg(c, 1), HANDLE_FLAGS), showFlags(arg(c, 2), HANDLE_FLAGS)],
      ),
    showResult: showBoolResult,
  }),
];
