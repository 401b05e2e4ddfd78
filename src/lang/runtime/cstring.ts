/**
 * C strings in process memory, parameterised by character width: 1 for `char` (bytes, decoded
 * as UTF-8 for display), 2 for `wchar_t` (UTF-16LE code units). Every narrow/wide twin in the
 * runtime and every A/W pair in the Win32 bindings goes through these, never through its own
 * copy. Pure: reads and writes only the memory it is given.
 */
import type { CMemory } from '../native-api.ts';

export type CharWidth = 1 | 2;

/** Guards against reading forever through memory that has no terminator. */
const MAX_STRING_UNITS = 1 << 20;

/** Reads one character unit (a byte or a UTF-16 code unit) at `addr`. */
export function readUnit(mem: CMemory, addr: number, width: CharWidth): number {
  return width === 1 ? mem.readU8(addr) : mem.readU16(addr);
}

export function writeUnit(mem: CMemory, addr: number, width: CharWidth, unit: number): void {
  if (width === 1) mem.writeU8(addr, unit & 0xff);
  else mem.writeU16(addr, unit & 0xffff);
}

/** Number of units before the terminating NUL (strlen / wcslen). */
export function unitLength(mem: CMemory, addr: number, width: CharWidth): number {
  let n = 0;
  while (n < MAX_STRING_UNITS && readUnit(mem, addr + n * width, width) !== 0) n++;
  return n;
}

/** The units of the string at `addr`, terminator excluded (at most `max` units if given). */
export function readUnits(mem: CMemory, addr: number, width: CharWidth, max = MAX_STRING_UNITS): number[] {
  const out: number[] = [];
  for (let i = 0; i < max; i++) {
    const u = readUnit(mem, addr + i * width, width);
    if (u === 0) break;
    out.push(u);
  }
  return out;
}

/** The C string at `addr` as a JS string. */
export function readCString(mem: CMemory, addr: number, width: CharWidth, max?: number): string {
  return unitsToString(readUnits(mem, addr, width, max), width);
}

/** Decodes character units: UTF-16 for wide, UTF-8 (falling back to Latin-1 per byte) for narrow. */
export function unitsToString(units: readonly number[], width: CharWidth): string {
  if (width === 2) return String.fromCharCode(...units);
  return decodeNarrow(Uint8Array.from(units));
}

export function decodeNarrow(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return String.fromCharCode(...bytes);
  }
}

/** Encodes a JS string as units of the given width (no terminator). */
export function stringToUnits(text: string, width: CharWidth): number[] {
  if (width === 1) return Array.from(new TextEncoder().encode(text));
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i));
  return out;
}

/** Little-endian bytes of the units (what the string occupies in memory). */
export function unitsToBytes(units: readonly number[], width: CharWidth): Uint8Array {
  const bytes = new Uint8Array(units.length * width);
  units.forEach((u, i) => {
    bytes[i * width] = u & 0xff;
    if (width === 2) bytes[i * width + 1] = (u >> 8) & 0xff;
  });
  return bytes;
}

/** The bytes a C string of `text` occupies, terminator included. */
export function encodeCString(text: string, width: CharWidth): Uint8Array {
  return unitsToBytes([...stringToUnits(text, width), 0], width);
}

/** Decodes a byte buffer holding units of `width` (an odd trailing byte is dropped). */
export function bytesToString(bytes: Uint8Array, width: CharWidth): string {
  if (width === 1) return decodeNarrow(bytes);
  const units: number[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) units.push((bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8));
  return String.fromCharCode(...units);
}
