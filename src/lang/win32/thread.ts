/** ResumeThread, SuspendThread, GetExitCodeThread (spec 5.10). */
import type { Native } from '../native-api.ts';
import { arg } from '../runtime/define.ts';
import { binding, showBoolResult, shown } from './binding.ts';
import { showHandle, showPointer, writeDword } from './marshal.ts';

/** (DWORD)-1 is how ResumeThread and SuspendThread fail. */
const showCount = (v: number): string => (v >>> 0 === 0xffffffff ? '(DWORD)-1' : String(v >>> 0));

const suspendOrResume = (name: 'ResumeThread' | 'SuspendThread'): Native =>
  binding({
    name,
    api: name,
    args: (_ctx, c) => ({ hThread: arg(c, 0) }),
    show: (_ctx, c) => shown(['hThread'], [showHandle(arg(c, 0))]),
    result: (r) => r.value >>> 0,
    showResult: showCount,
  });

export const THREAD_NATIVES: readonly Native[] = [
  suspendOrResume('ResumeThread'),
  suspendOrResume('SuspendThread'),
  binding({
    name: 'GetExitCodeThread',
    api: 'GetExitCodeThread',
    args: (_ctx, c) => ({ hThread: arg(c, 0) }),
    show: (ctx, c) =>
      shown(['hThread', 'lpExitCode'], [showHandle(arg(c, 0)), showPointer(ctx.mem, arg(c, 1), true)]),
    out: (ctx, c, r) => writeDword(ctx.mem, 'GetExitCodeThread', arg(c, 1), r.out.lpExitCode),
    showResult: showBoolResult,
  }),
];
