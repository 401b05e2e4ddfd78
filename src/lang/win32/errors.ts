/** SetLastError and GetLastError: the kernel keeps the last error per thread. */
import type { Native } from '../native-api.ts';
import { errorName } from '../../kernel/index.ts';
import { arg } from '../runtime/define.ts';
import { binding, shown } from './binding.ts';

export const ERROR_NATIVES: readonly Native[] = [
  binding({
    name: 'SetLastError',
    api: 'SetLastError',
    args: (_ctx, c) => ({ dwErrCode: arg(c, 0) >>> 0 }),
    show: (_ctx, c) => shown(['dwErrCode'], [`${arg(c, 0) >>> 0} (${errorName(arg(c, 0) >>> 0)})`]),
    showResult: () => '(void)',
  }),
  binding({
    name: 'GetLastError',
    api: 'GetLastError',
    args: () => ({}),
    show: () => [],
    result: (r) => r.value >>> 0,
    showResult: (v) => `${v} (${errorName(v)})`,
  }),
];
