/** WaitForSingleObject, WaitForMultipleObjects, Sleep, GetTickCount. */
import type { Native } from '../native-api.ts';
import { arg } from '../runtime/define.ts';
import { binding, shown } from './binding.ts';
import { readHandle, showBool, showHandle, showPointer, showTimeout } from './marshal.ts';

/** WAIT_* results by name. */
export function showWaitResult(v: number): string {
  const u = v >>> 0;
  if (u === 0xffffffff) return 'WAIT_FAILED';
  if (u === 0x102) return 'WAIT_TIMEOUT';
  if (u >= 0x80 && u < 0x80 + 64) return u === 0x80 ? 'WAIT_ABANDONED' : `WAIT_ABANDONED_0 + ${u - 0x80}`;
  return u === 0 ? 'WAIT_OBJECT_0' : `WAIT_OBJECT_0 + ${u}`;
}

/** The handles of a WaitForMultipleObjects array (8 bytes each). */
const handlesAt = (mem: Parameters<typeof readHandle>[0], addr: number, n: number): number[] =>
  Array.from({ length: Math.max(0, Math.min(n, 64)) }, (_, i) => readHandle(mem, addr + 8 * i));

export const WAIT_NATIVES: readonly Native[] = [
  binding({
    name: 'WaitForSingleObject',
    api: 'WaitForSingleObject',
    args: (_ctx, c) => ({ hHandle: arg(c, 0), dwMilliseconds: arg(c, 1) >>> 0 }),
    show: (_ctx, c) => shown(['hHandle', 'dwMilliseconds'], [showHandle(arg(c, 0)), showTimeout(arg(c, 1))]),
    result: (r) => r.value >>> 0,
    showResult: showWaitResult,
  }),
  binding({
    name: 'WaitForMultipleObjects',
    api: 'WaitForMultipleObjects',
    args: (ctx, c) => ({
      nCount: arg(c, 0) >>> 0,
      lpHandles: arg(c, 1) === 0 ? [] : handlesAt(ctx.mem, arg(c, 1), arg(c, 0) >>> 0),
      bWaitAll: arg(c, 2) !== 0,
      dwMilliseconds: arg(c, 3) >>> 0,
    }),
    show: (ctx, c) =>
      shown(
        ['nCount', 'lpHandles', 'bWaitAll', 'dwMilliseconds'],
        [
          String(arg(c, 0) >>> 0),
          `${showPointer(ctx.mem, arg(c, 1))} {${handlesAt(ctx.mem, arg(c, 1), arg(c, 0) >>> 0)
            .map(showHandle)
            .join(', ')}}`,
          showBool(arg(c, 2)),
          showTimeout(arg(c, 3)),
        ],
      ),
    result: (r) => r.value >>> 0,
    showResult: showWaitResult,
  }),
  binding({
    name: 'Sleep',
    api: 'Sleep',
    args: (_ctx, c) => ({ dwMilliseconds: arg(c, 0) >>> 0 }),
    show: (_ctx, c) => shown(['dwMilliseconds'], [showTimeout(arg(c, 0))]),
    showResult: () => '(void)',
  }),
  binding({ name: 'GetTickCount', api: 'GetTickCount', args: () => ({}), show: () => [] }),
];
