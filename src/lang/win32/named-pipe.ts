/**
 * Named pipes: CreateNamedPipeA/W, ConnectNamedPipe, WaitNamedPipeA/W, DisconnectNamedPipe,
 * SetNamedPipeHandleState, GetNamedPipeHandleStateA/W, GetNamedPipeInfo, TransactNamedPipe.
 * lpOverlapped is accepted and ignored: overlapped I/O is out of scope (spec 8.9).
 */
import type { CMemory, Native } from '../native-api.ts';
import type { CharWidth } from '../runtime/cstring.ts';
import { arg } from '../runtime/define.ts';
import { binding, showBoolResult, shown } from './binding.ts';
import { showHandleResult } from './mailslot.ts';
import {
  readSecurityAttributes,
  readStringArg,
  showFlags,
  showHandle,
  showPointer,
  showSecurityAttributes,
  showString,
  showTimeout,
  writeBuffer,
  writeDword,
} from './marshal.ts';

const OPEN_MODE = [
  ['PIPE_ACCESS_DUPLEX', 0x3],
  ['PIPE_ACCESS_INBOUND', 0x1],
  ['PIPE_ACCESS_OUTBOUND', 0x2],
  ['FILE_FLAG_FIRST_PIPE_INSTANCE', 0x00080000],
  ['FILE_FLAG_WRITE_THROUGH', 0x80000000],
  ['FILE_FLAG_OVERLAPPED', 0x40000000],
] as const;

/** PIPE_TYPE_BYTE, PIPE_READMODE_BYTE and PIPE_WAIT are 0: named when their bit is clear. */
function showPipeMode(v: number): string {
  const parts = [
    v & 4 ? 'PIPE_TYPE_MESSAGE' : 'PIPE_TYPE_BYTE',
    v & 2 ? 'PIPE_READMODE_MESSAGE' : 'PIPE_READMODE_BYTE',
    v & 1 ? 'PIPE_NOWAIT' : 'PIPE_WAIT',
  ];
  if (v & 8) parts.push('PIPE_REJECT_REMOTE_CLIENTS');
  return parts.join(' | ');
}

const showInstances = (v: number): string => (v === 255 ? 'PIPE_UNLIMITED_INSTANCES' : String(v));
const showPipeTimeout = (v: number): string =>
  v >>> 0 === 0xffffffff ? 'NMPWAIT_WAIT_FOREVER' : v === 0 ? 'NMPWAIT_USE_DEFAULT_WAIT' : showTimeout(v);

/** A DWORD* argument that is read (not written): its value, or null for NULL. */
const dwordIn = (mem: CMemory, addr: number): number | null => (addr === 0 ? null : mem.readU32(addr));

const createNamedPipe = (w: CharWidth): Native =>
  binding({
    name: w === 1 ? 'CreateNamedPipeA' : 'CreateNamedPipeW',
    api: 'CreateNamedPipe',
    args: (ctx, c) => ({
      lpName: readStringArg(ctx.mem, arg(c, 0), w),
      dwOpenMode: arg(c, 1) >>> 0,
      dwPipeMode: arg(c, 2) >>> 0,
      nMaxInstances: arg(c, 3) >>> 0,
      nOutBufferSize: arg(c, 4) >>> 0,
      nInBufferSize: arg(c, 5) >>> 0,
      nDefaultTimeOut: arg(c, 6) >>> 0,
      lpSecurityAttributes: readSecurityAttributes(ctx.mem, arg(c, 7)),
    }),
    show: (ctx, c) =>
      shown(
        [
          'lpName',
          'dwOpenMode',
          'dwPipeMode',
          'nMaxInstances',
          'nOutBufferSize',
          'nInBufferSize',
          'nDefaultTimeOut',
          'lpSecurityAttributes',
        ],
        [
          showString(readStringArg(ctx.mem, arg(c, 0), w)),
          showFlags(arg(c, 1), OPEN_MODE),
          showPipeMode(arg(c, 2)),
          showInstances(arg(c, 3) >>> 0),
          String(arg(c, 4) >>> 0),
          String(arg(c, 5) >>> 0),
          String(arg(c, 6) >>> 0),
          showSecurityAttributes(ctx.mem, arg(c, 7)),
        ],
      ),
    showResult: showHandleResult,
  });

const waitNamedPipe = (w: CharWidth): Native =>
  binding({
    name: w === 1 ? 'WaitNamedPipeA' : 'WaitNamedPipeW',
    api: 'WaitNamedPipe',
    args: (ctx, c) => ({ lpNamedPipeName: readStringArg(ctx.mem, arg(c, 0), w), nTimeOut: arg(c, 1) >>> 0 }),
    show: (ctx, c) =>
      shown(
        ['lpNamedPipeName', 'nTimeOut'],
        [showString(readStringArg(ctx.mem, arg(c, 0), w)), showPipeTimeout(arg(c, 1))],
      ),
    showResult: showBoolResult,
  });

const getHandleState = (w: CharWidth): Native =>
  binding({
    name: w === 1 ? 'GetNamedPipeHandleStateA' : 'GetNamedPipeHandleStateW',
    api: 'GetNamedPipeHandleState',
    args: (_ctx, c) => ({
      hNamedPipe: arg(c, 0),
      lpMaxCollectionCount: arg(c, 3) !== 0,
      lpCollectDataTimeout: arg(c, 4) !== 0,
      lpUserName: arg(c, 5) !== 0,
    }),
    show: (ctx, c) =>
      shown(
        [
          'hNamedPipe',
          'lpState',
          'lpCurInstances',
          'lpMaxCollectionCount',
          'lpCollectDataTimeout',
          'lpUserName',
          'nMaxUserNameSize',
        ],
        [
          showHandle(arg(c, 0)),
          ...[1, 2, 3, 4, 5].map((i) => showPointer(ctx.mem, arg(c, i), true)),
          String(arg(c, 6) >>> 0),
        ],
      ),
    out: (ctx, c, r) => {
      writeDword(ctx.mem, 'GetNamedPipeHandleState', arg(c, 1), r.out.lpState);
      writeDword(ctx.mem, 'GetNamedPipeHandleState', arg(c, 2), r.out.lpCurInstances);
    },
    showResult: showBoolResult,
  });

const singleHandle = (name: 'ConnectNamedPipe' | 'DisconnectNamedPipe'): Native =>
  binding({
    name,
    api: name,
    args: (_ctx, c) => ({ hNamedPipe: arg(c, 0) }),
    show: (ctx, c) =>
      shown(name === 'ConnectNamedPipe' ? ['hNamedPipe', 'lpOverlapped'] : ['hNamedPipe'], [
        showHandle(arg(c, 0)),
        showPointer(ctx.mem, arg(c, 1)),
      ]),
    showResult: showBoolResult,
  });

export const NAMED_PIPE_NATIVES: readonly Native[] = [
  createNamedPipe(1),
  createNamedPipe(2),
  singleHandle('ConnectNamedPipe'),
  singleHandle('DisconnectNamedPipe'),
  waitNamedPipe(1),
  waitNamedPipe(2),
  binding({
    name: 'SetNamedPipeHandleState',
    api: 'SetNamedPipeHandleState',
    args: (ctx, c) => ({
      hNamedPipe: arg(c, 0),
      lpMode: dwordIn(ctx.mem, arg(c, 1)),
      lpMaxCollectionCount: dwordIn(ctx.mem, arg(c, 2)),
      lpCollectDataTimeout: dwordIn(ctx.mem, arg(c, 3)),
    }),
    show: (ctx, c) => {
      const mode = dwordIn(ctx.mem, arg(c, 1));
      return shown(
        ['hNamedPipe', 'lpMode', 'lpMaxCollectionCount', 'lpCollectDataTimeout'],
        [
          showHandle(arg(c, 0)),
          mode === null
            ? 'NULL'
            : `${showPointer(ctx.mem, arg(c, 1), true)} (${showPipeMode(mode).replace(/PIPE_TYPE_\w+ \| /, '')})`,
          showPointer(ctx.mem, arg(c, 2), true),
          showPointer(ctx.mem, arg(c, 3), true),
        ],
      );
    },
    showResult: showBoolResult,
  }),
  getHandleState(1),
  getHandleState(2),
  binding({
    name: 'GetNamedPipeInfo',
    api: 'GetNamedPipeInfo',
    args: (_ctx, c) => ({ hNamedPipe: arg(c, 0) }),
    show: (ctx, c) =>
      shown(
        ['hNamedPipe', 'lpFlags', 'lpOutBufferSize', 'lpInBufferSize', 'lpMaxInstances'],
        [showHandle(arg(c, 0)), ...[1, 2, 3, 4].map((i) => showPointer(ctx.mem, arg(c, i), true))],
      ),
    out: (ctx, c, r) => {
      writeDword(ctx.mem, 'GetNamedPipeInfo', arg(c, 1), r.out.lpFlags);
      writeDword(ctx.mem, 'GetNamedPipeInfo', arg(c, 2), r.out.lpOutBufferSize);
      writeDword(ctx.mem, 'GetNamedPipeInfo', arg(c, 3), r.out.lpInBufferSize);
      writeDword(ctx.mem, 'GetNamedPipeInfo', arg(c, 4), r.out.lpMaxInstances);
    },
    showResult: showBoolResult,
  }),
  binding({
    name: 'TransactNamedPipe',
    api: 'TransactNamedPipe',
    args: (ctx, c) => ({
      hNamedPipe: arg(c, 0),
      lpInBuffer: ctx.mem.readBytes(arg(c, 1), arg(c, 2) >>> 0),
      nInBufferSize: arg(c, 2) >>> 0,
      nOutBufferSize: arg(c, 4) >>> 0,
    }),
    show: (ctx, c) =>
      shown(
        [
          'hNamedPipe',
          'lpInBuffer',
          'nInBufferSize',
          'lpOutBuffer',
          'nOutBufferSize',
          'lpBytesRead',
          'lpOverlapped',
        ],
        [
          showHandle(arg(c, 0)),
          showPointer(ctx.mem, arg(c, 1)),
          String(arg(c, 2) >>> 0),
          showPointer(ctx.mem, arg(c, 3)),
          String(arg(c, 4) >>> 0),
          showPointer(ctx.mem, arg(c, 5), true),
          showPointer(ctx.mem, arg(c, 6)),
        ],
      ),
    out: (ctx, c, r) => {
      writeDword(ctx.mem, 'TransactNamedPipe', arg(c, 5), r.out.lpBytesRead ?? 0);
      writeBuffer(ctx.mem, 'TransactNamedPipe', arg(c, 3), r.out.lpOutBuffer);
    },
    showResult: showBoolResult,
  }),
];
