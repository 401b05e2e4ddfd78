/** CloseHandle, DuplicateHandle, GetHandleInformation, SetHandleInformation. */
import type { Native } from '../native-api.ts';
import { arg } from '../runtime/define.ts';
import { binding, showBoolResult, shown } from './binding.ts';
import { isConsoleValue } from './console.ts';
import { showBool, showFlags, showHandle, showPointer, writeDword, writeHandle } from './marshal.ts';

const STD_VALUES: Readonly<Record<number, string>> = {
  [0xfffffff6]: '(HANDLE)STD_INPUT_HANDLE',
  [0xfffffff5]: '(HANDLE)STD_OUTPUT_HANDLE',
  [0xfffffff4]: '(HANDLE)STD_ERROR_HANDLE',
};
const showStdValue = (h: number): string =>
  STD_VALUES[h >>> 0] ?? (isConsoleValue(h) ? `${showHandle(h)} (console)` : showHandle(h));

const HANDLE_FLAGS = [
  ['HANDLE_FLAG_INHERIT', 1],
  ['HANDLE_FLAG_PROTECT_FROM_CLOSE', 2],
] as const;
const DUPLICATE_OPTIONS = [
  ['DUPLICATE_CLOSE_SOURCE', 1],
  ['DUPLICATE_SAME_ACCESS', 2],
] as const;

/** CloseHandle: the kernel also closes console handles and (HANDLE)STD_*_HANDLE (4.22, K.14). */
const closeHandle = binding({
  name: 'CloseHandle',
  api: 'CloseHandle',
  args: (_ctx, c) => ({ hObject: arg(c, 0) }),
  show: (_ctx, c) => shown(['hObject'], [showStdValue(arg(c, 0))]),
  showResult: showBoolResult,
});

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
