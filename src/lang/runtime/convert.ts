/**
 * String to number: atoi/_wtoi, atol/_wtol, strtol/wcstol — one parser over the width.
 * MSVC's atoi/_wtoi saturate at INT_MAX/INT_MIN like strtol (the UCRT implements them that
 * way); long is 32 bits on Windows, so strtol saturates at LONG_MAX/LONG_MIN too.
 */
import type { CMemory, Native } from '../native-api.ts';
import { checkWritable } from './bounds.ts';
import { readUnits, type CharWidth } from './cstring.ts';
import { arg, twins, value, type NativeCall } from './define.ts';

const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

export interface ParsedLong {
  readonly value: number;
  /** Units consumed (0 when no number was found: endptr then points at the start). */
  readonly used: number;
}

/** strtol's parse: spaces, sign, optional 0x/0 prefix for base 16/0, digits; saturating. */
export function parseLong(text: string, radix: number): ParsedLong {
  const m = /^[ \t\n\v\f\r]*([+-]?)/.exec(text);
  let i = m?.[0].length ?? 0;
  const negative = m?.[1] === '-';
  let base = radix;
  const hasHexPrefix = /^0[xX][0-9a-fA-F]/.test(text.slice(i));
  if ((base === 16 || base === 0) && hasHexPrefix) {
    i += 2;
    base = 16;
  } else if (base === 0) base = text[i] === '0' ? 8 : 10;
  if (base < 2 || base > 36) return { value: 0, used: 0 };
  let v = 0n;
  const start = i;
  for (; i < text.length; i++) {
    const d = parseInt(text[i] ?? '', 36);
    if (Number.isNaN(d) || d >= base) break;
    v = v * BigInt(base) + BigInt(d);
  }
  if (i === start) return { value: 0, used: 0 };
  const signed = negative ? -v : v;
  const clamped = signed > BigInt(INT_MAX) ? INT_MAX : signed < BigInt(INT_MIN) ? INT_MIN : Number(signed);
  return { value: clamped, used: i };
}

/** Units as JS characters, one each, so that offsets stay unit offsets (digits are ASCII). */
const unitText = (mem: CMemory, addr: number, w: CharWidth): string =>
  String.fromCharCode(...readUnits(mem, addr, w));

const toInt =
  (w: CharWidth): NativeCall =>
  (ctx, a) =>
    value(parseLong(unitText(ctx.mem, arg(a, 0), w), 10).value);

export const CONVERT_NATIVES: readonly Native[] = [
  ...twins('atoi', '_wtoi', (w) => toInt(w)),
  ...twins('atol', '_wtol', (w) => toInt(w)),
  ...twins('strtol', 'wcstol', (w, name) => (ctx, a) => {
    const [s, endPtr, radix] = [arg(a, 0), arg(a, 1), arg(a, 2)];
    const parsed = parseLong(unitText(ctx.mem, s, w), radix);
    if (endPtr !== 0) {
      checkWritable(ctx.mem, name, endPtr, 8);
      ctx.mem.writeI64(endPtr, s + parsed.used * w);
    }
    return value(parsed.value);
  }),
];
