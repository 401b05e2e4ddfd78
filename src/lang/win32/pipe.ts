/** Anonymous pipes: CreatePipe, and PeekNamedPipe (which works on both kinds of pipe). */
import type { Native } from '../native-api.ts';
import { arg } from '../runtime/define.ts';
import { binding, showBoolResult, shown } from './binding.ts';
import {
  readSecurityAttributes,
  showHandle,
  showPointer,
  showSecurityAttributes,
  writeBuffer,
  writeDword,
  writeHandle,
} from './marshal.ts';

export const PIPE_NATIVES: readonly Native[] = [
  binding({
    name: 'CreatePipe',
    api: 'CreatePipe',
    args: (ctx, c) => ({
      lpPipeAttributes: readSecurityAttributes(ctx.mem, arg(c, 2)),
      nSize: arg(c, 3) >>> 0,
    }),
    show: (ctx, c) =>
      shown(
        ['hReadPipe', 'hWritePipe', 'lpPipeAttributes', 'nSize'],
        [
          showPointer(ctx.mem, arg(c, 0), true),
          showPointer(ctx.mem, arg(c, 1), true),
          showSecurityAttributes(ctx.mem, arg(c, 2)),
          String(arg(c, 3) >>> 0),
        ],
      ),
    out: (ctx, c, r) => {
      writeHandle(ctx.mem, 'CreatePipe', arg(c, 0), r.out.hReadPipe);
      writeHandle(ctx.mem, 'CreatePipe', arg(c, 1), r.out.hWritePipe);
    },
    showResult: showBoolResult,
  }),
  binding({
    name: 'PeekNamedPipe',
    api: 'PeekNamedPipe',
    args: (_ctx, c) => ({ hNamedPipe: arg(c, 0), nBufferSize: arg(c, 1) === 0 ? 0 : arg(c, 2) >>> 0 }),
    show: (ctx, c) =>
      shown(
        [
          'hNamedPipe',
          'lpBuffer',
          'nBufferSize',
          'lpBytesRead',
          'lpTotalBytesAvail',
          'lpBytesLeftThisMessage',
        ],
        [
          showHandle(arg(c, 0)),
          showPointer(ctx.mem, arg(c, 1)),
          String(arg(c, 2) >>> 0),
          ...[3, 4, 5].map((i) => showPointer(ctx.mem, arg(c, i), true)),
        ],
      ),
    out: (ctx, c, r) => {
      if (arg(c, 1) !== 0) writeBuffer(ctx.mem, 'PeekNamedPipe', arg(c, 1), r.out.lpBuffer);
      writeDword(ctx.mem, 'PeekNamedPipe', arg(c, 3), r.out.lpBytesRead);
      writeDword(ctx.mem, 'PeekNamedPipe', arg(c, 4), r.out.lpTotalBytesAvail);
      writeDword(ctx.mem, 'PeekNamedPipe', arg(c, 5), r.out.lpBytesLeftThisMessage);
    },
    showResult: showBoolResult,
  }),
];
