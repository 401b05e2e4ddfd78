import { describe, expect, it } from 'vitest';
import type { CFault } from '../native-api.ts';
import { LOW_GUARD, Memory, PAGE_SIZE, ZERO_PAGE, type AddressLayout, type MemoryImage } from './memory.ts';

const HEAP = 0x40000;
function fresh(): Memory {
  const pages = new Array<Uint8Array | undefined>(HEAP / PAGE_SIZE).fill(undefined);
  for (let i = LOW_GUARD / PAGE_SIZE; i < 0x30000 / PAGE_SIZE; i++) pages[i] = ZERO_PAGE;
  const readOnly = new Uint8Array(pages.length);
  readOnly[0x20000 / PAGE_SIZE] = 1;
  const layout: AddressLayout = {
    statics: [{ start: 0x10000, size: 8, name: 'g' }],
    stackLow: 0x28000,
    stackTop: 0x30000,
    heapStart: HEAP,
    heapLimit: HEAP + 0x10000,
    readOnly,
  };
  const image: MemoryImage = { pages, heapTop: HEAP, heap: [] };
  return new Memory(layout, image);
}

const faultOf = (f: () => unknown): CFault => {
  try {
    f();
  } catch (e) {
    return e as CFault;
  }
  throw new Error('no fault');
};

describe('Memory', () => {
  it('stores little-endian integers of every width', () => {
    const m = fresh();
    m.writeU32(0x10000, 0x11223344);
    expect(m.readU8(0x10000)).toBe(0x44);
    expect(m.readU16(0x10002)).toBe(0x1122);
    m.writeI64(0x10008, -2);
    expect(m.readI64(0x10008)).toBe(-2);
    expect(m.readU32(0x1000c)).toBe(0xffffffff);
    m.writeU16(0x10010, 0xfffe);
    expect(m.readI16(0x10010)).toBe(-2);
    expect(m.readI8(0x10010)).toBe(-2);
  });

  it('stores floats and doubles', () => {
    const m = fresh();
    m.writeF64(0x10000, 1.5);
    m.writeF32(0x10008, 0.1);
    expect(m.readF64(0x10000)).toBe(1.5);
    expect(m.readF32(0x10008)).toBe(Math.fround(0.1));
  });

  it('reads and writes values that straddle a page boundary', () => {
    const m = fresh();
    const a = 0x11000 - 2;
    m.writeU32(a, 0xa1b2c3d4);
    expect(m.readU32(a)).toBe(0xa1b2c3d4);
    m.writeI64(0x11000 - 4, 2 ** 40 + 5);
    expect(m.readI64(0x11000 - 4)).toBe(2 ** 40 + 5);
  });

  it('faults on NULL and on unmapped addresses', () => {
    const m = fresh();
    expect(faultOf(() => m.readU32(0)).message).toBe('access violation: reading through a NULL pointer');
    expect(faultOf(() => m.writeU8(8, 1)).exitCode).toBe(0xc0000005);
    expect(faultOf(() => m.readU8(0x38000)).message).toContain('not mapped');
    expect(faultOf(() => m.readU8(-1)).message).toContain('not mapped');
  });

  it('refuses writes to read-only pages', () => {
    expect(faultOf(() => fresh().writeU8(0x20000, 1)).message).toContain('string literal');
  });

  it('keeps images frozen: later writes copy the page', () => {
    const m = fresh();
    m.writeU32(0x10000, 1);
    const before = m.image();
    m.writeU32(0x10000, 2);
    const after = m.image();
    expect(new Memory(m.layout, before).readU32(0x10000)).toBe(1);
    expect(new Memory(m.layout, after).readU32(0x10000)).toBe(2);
    expect(after.pages[0x11]).toBe(before.pages[0x11]);
  });

  it('allocates zeroed heap blocks that objectAt names, and frees them', () => {
    const m = fresh();
    const a = m.alloc(10, 'block');
    const b = m.alloc(4, 'other');
    expect(b).toBeGreaterThanOrEqual(a + 10);
    expect(m.readU8(a + 9)).toBe(0);
    expect(m.objectAt(a + 3)).toEqual({ start: a, size: 10, name: 'block' });
    m.free(a);
    expect(m.objectAt(a)).toBeUndefined();
    expect(faultOf(() => m.free(a + 1)).message).toContain('heap corruption');
  });

  it('names statics and asks the frames for stack addresses', () => {
    const m = fresh();
    m.stackObjects = (a) => ({ start: a, size: 1, name: 'local' });
    expect(m.objectAt(0x10004)?.name).toBe('g');
    expect(m.objectAt(0x29000)?.name).toBe('local');
    expect(m.objectAt(0x10100)).toBeUndefined();
  });

  it('returns NULL when the heap is exhausted', () => {
    expect(fresh().alloc(0x20000, 'huge')).toBe(0);
  });
});
