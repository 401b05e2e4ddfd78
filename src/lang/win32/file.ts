/**
 * Files and the I/O calls every handle kind shares: CreateFileA/W (disk files, mailslot and
 * pipe names), ReadFile, WriteFile, DeleteFileA/W, GetFileSize, SetFilePointer,
 * FlushFileBuffers.
 */
import type { CValue, Native, NativeContext } from '../native-api.ts';
import type { CharWidth } from '../runtime/cstring.ts';
import { arg } from '../runtime/define.ts';
import { binding, showBoolResult, shown } from './binding.ts';
import { isOpenConsoleHandle, readConsoleHandle, writeConsoleHandle } from './console.ts';
import { showHandleResult } from './mailslot.ts';
import {
  readSecurityAttributes,
  readStringArg,
  showFlags,
  showHandle,
  showPointer,
  showSecurityAttributes,
  showString,
  writeBuffer,
  writeDword,
} from './marshal.ts';

const ACCESS = [
  ['GENERIC_READ', 0x80000000],
  ['GENERIC_WRITE', 0x40000000],
  ['GENERIC_EXECUTE', 0x20000000],
  ['GENERIC_ALL', 0x10000000],
] as const;
const SHARE = [
  ['FILE_SHARE_READ', 1],
  ['FILE_SHARE_WRITE', 2],
  ['FILE_SHARE_DELETE', 4],
] as const;
const DISPOSITIONS = [
  '0',
  'CREATE_NEW',
  'CREATE_ALWAYS',
  'OPEN_EXISTING',
  'OPEN_ALWAYS',
  'TRUNCATE_EXISTING',
];
const ATTRIBUTES = [
  ['FILE_FLAG_WRITE_THROUGH', 0x80000000],
  ['FILE_FLAG_OVERLAPPED', 0x40000000],
  ['FILE_ATTRIBUTE_NORMAL', 0x80],
] as const;
const MOVE_METHODS = ['FILE_BEGIN', 'FILE_CURRENT', 'FILE_END'];

const createFile = (w: CharWidth): Native =>
  binding({
    name: w === 1 ? 'CreateFileA' : 'CreateFileW',
    api: 'CreateFile',
    args: (ctx, c) => ({
      lpFileName: readStringArg(ctx.mem, arg(c, 0), w),
      dwDesiredAccess: arg(c, 1) >>> 0,
      dwShareMode: arg(c, 2) >>> 0,
      lpSecurityAttributes: readSecurityAttributes(ctx.mem, arg(c, 3)),
      dwCreationDisposition: arg(c, 4) >>> 0,
      dwFlagsAndAttributes: arg(c, 5) >>> 0,
      hTemplateFile: arg(c, 6),
    }),
    show: (ctx, c) =>
      shown(
        [
          'lpFileName',
          'dwDesiredAccess',
          'dwShareMode',
          'lpSecurityAttributes',
          'dwCreationDisposition',
          'dwFlagsAndAttributes',
          'hTemplateFile',
        ],
        [
          showString(readStringArg(ctx.mem, arg(c, 0), w)),
          showFlags(arg(c, 1), ACCESS),
          showFlags(arg(c, 2), SHARE),
          showSecurityAttributes(ctx.mem, arg(c, 3)),
          DISPOSITIONS[arg(c, 4)] ?? String(arg(c, 4)),
          showFlags(arg(c, 5), ATTRIBUTES),
          arg(c, 6) === 0 ? 'NULL' : showHandle(arg(c, 6)),
        ],
      ),
    showResult: showHandleResult,
  });

const ioShow =
  (bufferName: string, countName: string, doneName: string) => (ctx: NativeContext, c: readonly CValue[]) =>
    shown(
      ['hFile', bufferName, countName, doneName, 'lpOverlapped'],
      [
        showHandle(arg(c, 0)),
        showPointer(ctx.mem, arg(c, 1)),
        String(arg(c, 2) >>> 0),
        showPointer(ctx.mem, arg(c, 3), true),
        showPointer(ctx.mem, arg(c, 4)),
      ],
    );

const readFileKernel = binding({
  name: 'ReadFile',
  api: 'ReadFile',
  args: (_ctx, c) => ({ hFile: arg(c, 0), nNumberOfBytesToRead: arg(c, 2) >>> 0 }),
  show: ioShow('lpBuffer', 'nNumberOfBytesToRead', 'lpNumberOfBytesRead'),
  // The count is set (to 0 on failure, spec 1.16) before the data lands, and the data may be
  // larger than the buffer object the program passed (spec 8.8: access violation).
  out: (ctx, c, r) => {
    writeDword(ctx.mem, 'ReadFile', arg(c, 3), r.out.lpNumberOfBytesRead ?? 0);
    writeBuffer(ctx.mem, 'ReadFile', arg(c, 1), r.out.lpBuffer);
  },
  showResult: showBoolResult,
});

const writeFileKernel = binding({
  name: 'WriteFile',
  api: 'WriteFile',
  args: (ctx, c) => ({
    hFile: arg(c, 0),
    lpBuffer: ctx.mem.readBytes(arg(c, 1), arg(c, 2) >>> 0),
    nNumberOfBytesToWrite: arg(c, 2) >>> 0,
  }),
  show: ioShow('lpBuffer', 'nNumberOfBytesToWrite', 'lpNumberOfBytesWritten'),
  out: (ctx, c, r) => writeDword(ctx.mem, 'WriteFile', arg(c, 3), r.out.lpNumberOfBytesWritten ?? 0),
  showResult: showBoolResult,
});

/** ReadFile/WriteFile: open console handles are served here, every other handle by the kernel. */
const readFile: Native = {
  ...readFileKernel,
  call: (ctx, c, k) =>
    isOpenConsoleHandle(ctx, arg(c, 0))
      ? readConsoleHandle(ctx, arg(c, 0), arg(c, 1), arg(c, 2) >>> 0, arg(c, 3))
      : readFileKernel.call(ctx, c, k),
};
const writeFile: Native = {
  ...writeFileKernel,
  call: (ctx, c, k) =>
    isOpenConsoleHandle(ctx, arg(c, 0))
      ? writeConsoleHandle(ctx, arg(c, 0), ctx.mem.readBytes(arg(c, 1), arg(c, 2) >>> 0), arg(c, 3))
      : writeFileKernel.call(ctx, c, k),
};

const deleteFile = (w: CharWidth): Native =>
  binding({
    name: w === 1 ? 'DeleteFileA' : 'DeleteFileW',
    api: 'DeleteFile',
    args: (ctx, c) => ({ lpFileName: readStringArg(ctx.mem, arg(c, 0), w) }),
    show: (ctx, c) => shown(['lpFileName'], [showString(readStringArg(ctx.mem, arg(c, 0), w))]),
    showResult: showBoolResult,
  });

export const FILE_NATIVES: readonly Native[] = [
  createFile(1),
  createFile(2),
  readFile,
  writeFile,
  deleteFile(1),
  deleteFile(2),
  binding({
    name: 'GetFileSize',
    api: 'GetFileSize',
    args: (_ctx, c) => ({ hFile: arg(c, 0) }),
    show: (ctx, c) =>
      shown(['hFile', 'lpFileSizeHigh'], [showHandle(arg(c, 0)), showPointer(ctx.mem, arg(c, 1), true)]),
    out: (ctx, c, r) => writeDword(ctx.mem, 'GetFileSize', arg(c, 1), r.out.lpFileSizeHigh),
    result: (r) => r.value >>> 0,
  }),
  binding({
    name: 'SetFilePointer',
    api: 'SetFilePointer',
    args: (_ctx, c) => ({ hFile: arg(c, 0), lDistanceToMove: arg(c, 1) | 0, dwMoveMethod: arg(c, 3) >>> 0 }),
    show: (ctx, c) =>
      shown(
        ['hFile', 'lDistanceToMove', 'lpDistanceToMoveHigh', 'dwMoveMethod'],
        [
          showHandle(arg(c, 0)),
          String(arg(c, 1) | 0),
          showPointer(ctx.mem, arg(c, 2), true),
          MOVE_METHODS[arg(c, 3)] ?? String(arg(c, 3)),
        ],
      ),
    // Simulated files stay under 4 GiB: the high part of the new position is always 0.
    out: (ctx, c, r) =>
      writeDword(ctx.mem, 'SetFilePointer', arg(c, 2), r.value === 0xffffffff ? undefined : 0),
    result: (r) => r.value >>> 0,
  }),
  binding({
    name: 'FlushFileBuffers',
    api: 'FlushFileBuffers',
    args: (_ctx, c) => ({ hFile: arg(c, 0) }),
    show: (_ctx, c) => shown(['hFile'], [showHandle(arg(c, 0))]),
    showResult: showBoolResult,
  }),
];
