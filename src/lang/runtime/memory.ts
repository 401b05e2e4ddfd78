/**
 * memset/memcpy/memmove/memcmp and malloc/calloc/free. Destination writes are bounds-checked
 * (spec 8.8); heap blocks come from the executor's allocator and are named after the call that
 * made them, so a fault message can say "wrote 20 bytes into 'malloc(16)'".
 */
import type { Native } from '../native-api.ts';
import { writeChecked } from './bounds.ts';
import { arg, fn } from './define.ts';

export const MEMORY_NATIVES: readonly Native[] = [
  fn('memset', (ctx, a) => {
    writeChecked(ctx.mem, 'memset', arg(a, 0), new Uint8Array(arg(a, 2)).fill(arg(a, 1) & 0xff));
    return arg(a, 0);
  }),
  // Reading the whole source before writing makes memcpy behave as memmove on overlap, which
  // is what the UCRT's memcpy does in practice.
  fn('memcpy', (ctx, a) => {
    writeChecked(ctx.mem, 'memcpy', arg(a, 0), ctx.mem.readBytes(arg(a, 1), arg(a, 2)));
    return arg(a, 0);
  }),
  fn('memmove', (ctx, a) => {
    writeChecked(ctx.mem, 'memmove', arg(a, 0), ctx.mem.readBytes(arg(a, 1), arg(a, 2)));
    return arg(a, 0);
  }),
  fn('memcmp', (ctx, a) => {
    const x = ctx.mem.readBytes(arg(a, 0), arg(a, 2));
    const y = ctx.mem.readBytes(arg(a, 1), arg(a, 2));
    const i = x.findIndex((b, k) => b !== y[k]);
    return i < 0 ? 0 : (x[i] ?? 0) < (y[i] ?? 0) ? -1 : 1;
  }),
  fn('malloc', (ctx, a) => ctx.mem.alloc(arg(a, 0), `malloc(${arg(a, 0)})`)),
  fn('calloc', (ctx, a) => ctx.mem.alloc(arg(a, 0) * arg(a, 1), `calloc(${arg(a, 0)}, ${arg(a, 1)})`)),
  fn('free', (ctx, a) => {
    ctx.mem.free(arg(a, 0));
    return 0;
  }),
];
