/** CreateMailslotA/W, GetMailslotInfo, SetMailslotInfo. */
import type { Native } from '../native-api.ts';
import type { CharWidth } from '../runtime/cstring.ts';
import { arg } from '../runtime/define.ts';
import { binding, showBoolResult, shown } from './binding.ts';
import {
  readSecurityAttributes,
  readStringArg,
  showHandle,
  showPointer,
  showSecurityAttributes,
  showString,
  showTimeout,
  writeDword,
} from './marshal.ts';

/** MAILSLOT_WAIT_FOREVER reads better by name. */
const showReadTimeout = (v: number): string =>
  v >>> 0 === 0xffffffff ? 'MAILSLOT_WAIT_FOREVER' : showTimeout(v);

const createMailslot = (w: CharWidth): Native =>
  binding({
    name: w === 1 ? 'CreateMailslotA' : 'CreateMailslotW',
    api: 'CreateMailslot',
    args: (ctx, c) => ({
      lpName: readStringArg(ctx.mem, arg(c, 0), w),
      nMaxMessageSize: arg(c, 1) >>> 0,
      lReadTimeout: arg(c, 2) >>> 0,
      lpSecurityAttributes: readSecurityAttributes(ctx.mem, arg(c, 3)),
    }),
    show: (ctx, c) =>
      shown(
        ['lpName', 'nMaxMessageSize', 'lReadTimeout', 'lpSecurityAttributes'],
        [
          showString(readStringArg(ctx.mem, arg(c, 0), w)),
          String(arg(c, 1) >>> 0),
          showReadTimeout(arg(c, 2)),
          showSecurityAttributes(ctx.mem, arg(c, 3)),
        ],
      ),
    showResult: showHandleResult,
  });

/** A HANDLE result: INVALID_HANDLE_VALUE by name. */
export function showHandleResult(v: number): string {
  return v === -1 ? 'INVALID_HANDLE_VALUE' : showHandle(v);
}

export const MAILSLOT_NATIVES: readonly Native[] = [
  createMailslot(1),
  createMailslot(2),
  binding({
    name: 'GetMailslotInfo',
    api: 'GetMailslotInfo',
    args: (_ctx, c) => ({ hMailslot: arg(c, 0) }),
    show: (ctx, c) =>
      shown(
        ['hMailslot', 'lpMaxMessageSize', 'lpNextSize', 'lpMessageCount', 'lpReadTimeout'],
        [showHandle(arg(c, 0)), ...[1, 2, 3, 4].map((i) => showPointer(ctx.mem, arg(c, i), true))],
      ),
    out: (ctx, c, r) => {
      writeDword(ctx.mem, 'GetMailslotInfo', arg(c, 1), r.out.lpMaxMessageSize);
      writeDword(ctx.mem, 'GetMailslotInfo', arg(c, 2), r.out.lpNextSize);
      writeDword(ctx.mem, 'GetMailslotInfo', arg(c, 3), r.out.lpMessageCount);
      writeDword(ctx.mem, 'GetMailslotInfo', arg(c, 4), r.out.lpReadTimeout);
    },
    showResult: showBoolResult,
  }),
  binding({
    name: 'SetMailslotInfo',
    api: 'SetMailslotInfo',
    args: (_ctx, c) => ({ hMailslot: arg(c, 0), lReadTimeout: arg(c, 1) >>> 0 }),
    show: (_ctx, c) =>
      shown(['hMailslot', 'lReadTimeout'], [showHandle(arg(c, 0)), showReadTimeout(arg(c, 1))]),
    showResult: showBoolResult,
  }),
];
