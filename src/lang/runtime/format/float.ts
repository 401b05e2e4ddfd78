/**
 * %f %e %g %a conversions with the UCRT's output: exponents of at least two digits, "inf" and
 * "nan" (upper-case for %F %E %G %A), '#' keeping the point and %g's trailing zeros.
 */
import type { NumberText, Spec } from './printf.ts';

export function formatFloat(spec: Spec, v: number): NumberText {
  const upper = spec.conv === spec.conv.toUpperCase();
  const negative = v < 0 || Object.is(v, -0);
  const sign = negative ? '-' : spec.flags.includes('+') ? '+' : spec.flags.includes(' ') ? ' ' : '';
  const mag = Math.abs(v);
  if (!Number.isFinite(mag)) {
    const word = Number.isNaN(mag) ? 'nan' : 'inf';
    return { prefix: sign, digits: upper ? word.toUpperCase() : word, zeroPaddable: false };
  }
  const alt = spec.flags.includes('#');
  const digits = formatMagnitude(spec.conv.toLowerCase(), mag, spec.precision, alt);
  return { prefix: sign, digits: upper ? digits.toUpperCase() : digits };
}

function formatMagnitude(conv: string, mag: number, precision: number | undefined, alt: boolean): string {
  switch (conv) {
    case 'e':
      return exponential(mag, precision ?? 6, alt);
    case 'g':
      return general(mag, precision ?? 6, alt);
    case 'a':
      return hexFloat(mag, precision);
    default:
      return fixed(mag, precision ?? 6, alt);
  }
}

/** %f: exact decimal expansion rounded to `p` places (toFixed rounds the exact binary value). */
export function fixed(mag: number, p: number, alt: boolean): string {
  let text = mag < 1e21 ? mag.toFixed(Math.min(p, 100)) : bigFixed(mag, p);
  if (p > 100) text += '0'.repeat(p - 100);
  return alt && p === 0 ? text + '.' : text;
}

/** toFixed switches to exponent notation from 1e21; such doubles are integers, exactly. */
function bigFixed(mag: number, p: number): string {
  const int = BigInt(mag).toString();
  return p === 0 ? int : `${int}.${'0'.repeat(p)}`;
}

/** %e: d.ddde+XX. */
export function exponential(mag: number, p: number, alt: boolean): string {
  const [mantissa, exp] = mag.toExponential(Math.min(p, 100)).split('e') as [string, string];
  const e = Number(exp);
  const expText = (e < 0 ? '-' : '+') + String(Math.abs(e)).padStart(2, '0');
  const m = p > 100 ? mantissa + '0'.repeat(p - 100) : mantissa;
  return (alt && p === 0 ? m + '.' : m) + 'e' + expText;
}

/** %g: %e or %f by the exponent, then trailing zeros removed unless '#'. */
function general(mag: number, precision: number, alt: boolean): string {
  const p = precision === 0 ? 1 : precision;
  const x = mag === 0 ? 0 : Number(mag.toExponential(Math.min(p - 1, 100)).split('e')[1]);
  const text = p > x && x >= -4 ? fixed(mag, p - 1 - x, alt) : exponential(mag, p - 1, alt);
  return alt ? text : stripZeros(text);
}

function stripZeros(text: string): string {
  const [mantissa, exp] = text.split('e') as [string, string | undefined];
  const stripped = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
  return exp === undefined ? stripped : `${stripped}e${exp}`;
}

/** %a: 0x1.hhhp+d (the UCRT prints 13 hex digits by default). */
function hexFloat(mag: number, precision: number | undefined): string {
  if (mag === 0) return `0x0.${'0'.repeat(precision ?? 13)}p+0`;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, mag);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const exp = biased === 0 ? -1022 : biased - 1023;
  const lead = biased === 0 ? '0' : '1';
  let hexDigits = fraction.toString(16).padStart(13, '0');
  if (precision !== undefined) hexDigits = hexDigits.slice(0, precision).padEnd(precision, '0');
  return `0x${lead}${hexDigits === '' ? '' : '.' + hexDigits}p${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
}
