/**
 * exit, abs, rand/srand (the MSVC generator, so sequences match a real run) and
 * setlocale/_wsetlocale.
 */
import type { Native, NativeContext } from '../native-api.ts';
import { CRT, crtState } from './crt-state.ts';
import { encodeCString, readCString, type CharWidth } from './cstring.ts';
import { arg, fn, native, twins, value } from './define.ts';

/** One step of the MSVC LCG: seed = seed*214013 + 2531011; result = (seed >> 16) & 0x7fff. */
export function nextRand(seed: number): [next: number, result: number] {
  const next = (Math.imul(seed, 214013) + 2531011) >>> 0;
  return [next, (next >>> 16) & 0x7fff];
}

function rand(ctx: NativeContext): number {
  const block = crtState(ctx.mem, ctx.pid);
  const [next, result] = nextRand(ctx.mem.readU32(block + CRT.RAND_SEED));
  ctx.mem.writeU32(block + CRT.RAND_SEED, next);
  return result;
}

/** Locale names setlocale accepts (lower-case) and the name it returns. Index 0 is "C". The
 *  simulated machine is a Korean Windows, so "" (the user default) is Korean too. */
const LOCALES: readonly { readonly names: readonly string[]; readonly full: string }[] = [
  { names: ['c'], full: 'C' },
  { names: ['korean', 'kor', 'korean_korea.949', 'ko-kr', 'ko_kr', '.949', ''], full: 'Korean_Korea.949' },
  {
    names: ['english', 'eng', 'english_united states.1252', 'en-us', 'en_us', '.1252'],
    full: 'English_United States.1252',
  },
  { names: ['japanese', 'jpn', 'japanese_japan.932', 'ja-jp', '.932'], full: 'Japanese_Japan.932' },
];

/** setlocale(category, locale): NULL asks for the current locale; an unknown name gives NULL. */
function setLocale(ctx: NativeContext, localeAddr: number, width: CharWidth): number {
  const block = crtState(ctx.mem, ctx.pid);
  let index = ctx.mem.readU32(block + CRT.LOCALE_INDEX);
  if (localeAddr !== 0) {
    const wanted = readCString(ctx.mem, localeAddr, width).toLowerCase();
    const found = LOCALES.findIndex((l) => l.names.includes(wanted));
    if (found < 0) return 0;
    index = found;
    ctx.mem.writeU32(block + CRT.LOCALE_INDEX, index);
  }
  const slot = block + (width === 1 ? CRT.LOCALE_NARROW : CRT.LOCALE_WIDE);
  const old = ctx.mem.readU64(slot);
  if (old !== 0) ctx.mem.free(old);
  const bytes = encodeCString(LOCALES[index]?.full ?? 'C', width);
  const str = ctx.mem.alloc(bytes.length, 'setlocale result');
  ctx.mem.writeBytes(str, bytes);
  ctx.mem.writeI64(slot, str);
  return str;
}

export const MISC_NATIVES: readonly Native[] = [
  native('exit', (_ctx, a) => ({ kind: 'exit', code: arg(a, 0) | 0 })),
  fn('abs', (_ctx, a) => Math.abs(arg(a, 0) | 0) | 0),
  fn('rand', (ctx) => rand(ctx)),
  fn('srand', (ctx, a) => {
    ctx.mem.writeU32(crtState(ctx.mem, ctx.pid) + CRT.RAND_SEED, arg(a, 0) >>> 0);
    return 0;
  }),
  ...twins('setlocale', '_wsetlocale', (w) => (ctx, a) => value(setLocale(ctx, arg(a, 1), w))),
];
