/**
 * C memory of one process: byte-addressed, little-endian, paged copy-on-write.
 *
 * Contract: a `MemoryImage` is frozen data (its page array and pages are never written again).
 * A `Memory` is the one mutable working copy made from an image; it writes only pages it owns
 * (copied on the first write), so making an image costs O(number of pages), not O(bytes), and
 * every older image stays intact. Address 0 and the low 64 KiB are never mapped, so a NULL
 * dereference faults (access violation, 0xC0000005) as on Windows.
 */
import type { CFault, CMemory, CObjectInfo } from '../native-api.ts';
import { faultOf } from '../fault-words.ts';
import type { I64 } from '../int64.ts';
import { ACCESS_VIOLATION, hex64 } from './faults.ts';

export const PAGE_BITS = 12;
export const PAGE_SIZE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_SIZE - 1;
/** Nothing below this address is mapped (Windows keeps the first 64 KiB free too). */
export const LOW_GUARD = 0x10000;

/** A mapped page that was never written: reads as zeros, copied on the first write. */
export const ZERO_PAGE = new Uint8Array(PAGE_SIZE);
const ZERO_WORDS = new Int32Array(ZERO_PAGE.buffer);
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** A heap block (malloc, FILE objects, argv strings). */
export type HeapBlock = CObjectInfo;

/** The fixed address layout of a program's processes (computed once per program). */
export interface AddressLayout {
  /** Static objects (globals, string literals), sorted by start. */
  readonly statics: readonly CObjectInfo[];
  readonly stackLow: number;
  readonly stackTop: number;
  readonly heapStart: number;
  /** Highest address + 1 the heap may reach. */
  readonly heapLimit: number;
  /** Pages that may not be written (string literals): 1 = read-only. */
  readonly readOnly: Uint8Array;
}

/** Frozen memory: shared structurally between snapshots. */
export interface MemoryImage {
  readonly pages: readonly (Uint8Array | undefined)[];
  readonly heapTop: number;
  /** Live heap blocks sorted by start. */
  readonly heap: readonly HeapBlock[];
}

/** Finds the live local variable containing an address (supplied by the machine's frames). */
export type StackObjectFinder = (addr: number) => CObjectInfo | undefined;

export class Memory implements CMemory {
  private pages: (Uint8Array | undefined)[];
  /** 1 where `pages[i]` belongs to this working copy and may be written in place. */
  private owned: Uint8Array;
  /** Int32 views of the pages, made on first use: aligned 32-bit accesses (the common case for
   *  int/DWORD/pointer halves) take one typed-array access instead of four. */
  private words: (Int32Array | undefined)[];
  private limit: number;
  heapTop: number;
  private heap: HeapBlock[];
  private heapShared = true;
  /** Set by the executor so `objectAt` can name locals of live frames. */
  stackObjects: StackObjectFinder = () => undefined;

  constructor(
    readonly layout: AddressLayout,
    image: MemoryImage,
  ) {
    this.pages = image.pages.slice();
    this.owned = new Uint8Array(this.pages.length);
    this.words = new Array<Int32Array | undefined>(this.pages.length).fill(undefined);
    this.limit = this.pages.length * PAGE_SIZE;
    this.heapTop = image.heapTop;
    this.heap = image.heap as HeapBlock[];
  }

  /** Freezes the current contents. The working copy stays usable and copies pages again. */
  image(): MemoryImage {
    const frozen = this.pages.slice();
    this.owned.fill(0);
    this.heapShared = true;
    return { pages: frozen, heapTop: this.heapTop, heap: this.heap };
  }

  // ---- reads ------------------------------------------------------------------------------

  readU8(a: number): number {
    const p = a < this.limit ? this.pages[a >>> PAGE_BITS] : undefined;
    if (p === undefined) throw this.unmapped(a, 'read');
    return p[a & PAGE_MASK] as number;
  }
  readI8(a: number): number {
    return (this.readU8(a) << 24) >> 24;
  }
  readU16(a: number): number {
    const p = a < this.limit ? this.pages[a >>> PAGE_BITS] : undefined;
    const o = a & PAGE_MASK;
    if (p !== undefined && o < PAGE_SIZE - 1) return (p[o] as number) | ((p[o + 1] as number) << 8);
    return this.slowRead(a, 2);
  }
  readI16(a: number): number {
    return (this.readU16(a) << 16) >> 16;
  }
  readI32(a: number): number {
    if ((a & 3) === 0 && a < this.limit) {
      const w = this.words[a >>> PAGE_BITS] ?? this.wordsOf(a >>> PAGE_BITS);
      if (w !== undefined) return w[(a & PAGE_MASK) >> 2] as number;
    }
    const p = a < this.limit ? this.pages[a >>> PAGE_BITS] : undefined;
    const o = a & PAGE_MASK;
    if (p !== undefined && o < PAGE_SIZE - 3) {
      return (
        (p[o] as number) |
        ((p[o + 1] as number) << 8) |
        ((p[o + 2] as number) << 16) |
        ((p[o + 3] as number) << 24)
      );
    }
    return this.slowRead(a, 4) | 0;
  }
  readU32(a: number): number {
    return this.readI32(a) >>> 0;
  }
  readI64(a: number): number {
    const lo = this.readU32(a);
    const hi = this.readI32(a + 4);
    return hi * 4294967296 + lo;
  }
  readU64(a: number): number {
    return this.readU32(a + 4) * 4294967296 + this.readU32(a);
  }
  /** The 64-bit integer at `a`, exactly: a number when safe, else a bigint (int64.ts). */
  readInt64(a: number): I64 {
    const lo = this.readU32(a);
    const hi = this.readI32(a + 4);
    // Exact whenever the result is safe; a rounded one is 2^53 or more and goes to BigInt.
    const r = hi * 4294967296 + lo;
    return r <= MAX_SAFE && r >= -MAX_SAFE ? r : (BigInt(hi) << 32n) | BigInt(lo);
  }
  readF32(a: number): number {
    i32[0] = this.readI32(a);
    return f32[0] as number;
  }
  readF64(a: number): number {
    i32[0] = this.readI32(a);
    i32[1] = this.readI32(a + 4);
    return f64[0] as number;
  }
  readBytes(a: number, length: number): Uint8Array {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) out[i] = this.readU8(a + i);
    return out;
  }

  private wordsOf(i: number): Int32Array | undefined {
    const p = this.pages[i];
    if (p === undefined) return undefined;
    const w = p === ZERO_PAGE ? ZERO_WORDS : new Int32Array(p.buffer, p.byteOffset, PAGE_SIZE >> 2);
    this.words[i] = w;
    return w;
  }

  private slowRead(a: number, size: number): number {
    let v = 0;
    let scale = 1;
    for (let i = 0; i < size; i++, scale *= 256) v += this.readU8(a + i) * scale;
    return v;
  }

  // ---- writes -----------------------------------------------------------------------------

  writeU8(a: number, v: number): void {
    const i = a >>> PAGE_BITS;
    const p = this.owned[i] === 1 && a < this.limit ? this.pages[i] : this.writablePage(a);
    (p as Uint8Array)[a & PAGE_MASK] = v;
  }
  writeU16(a: number, v: number): void {
    const i = a >>> PAGE_BITS;
    const o = a & PAGE_MASK;
    if (this.owned[i] === 1 && a < this.limit && o < PAGE_SIZE - 1) {
      const p = this.pages[i] as Uint8Array;
      p[o] = v;
      p[o + 1] = v >>> 8;
    } else this.slowWrite(a, 2, v);
  }
  writeU32(a: number, v: number): void {
    const i = a >>> PAGE_BITS;
    const o = a & PAGE_MASK;
    if (this.owned[i] === 1 && (a & 3) === 0 && a < this.limit) {
      (this.words[i] as Int32Array)[o >> 2] = v;
    } else if (this.owned[i] === 1 && a < this.limit && o < PAGE_SIZE - 3) {
      const p = this.pages[i] as Uint8Array;
      p[o] = v;
      p[o + 1] = v >>> 8;
      p[o + 2] = v >>> 16;
      p[o + 3] = v >>> 24;
    } else this.slowWrite(a, 4, v);
  }
  writeI64(a: number, v: number): void {
    const lo = v % 4294967296;
    const hi = Math.floor(v / 4294967296);
    this.writeU32(a, lo < 0 ? lo + 4294967296 : lo);
    this.writeU32(a + 4, hi);
  }
  writeInt64(a: number, v: I64): void {
    if (typeof v === 'number') {
      this.writeI64(a, v);
      return;
    }
    this.writeU32(a, Number(v & 0xffffffffn));
    this.writeU32(a + 4, Number((v >> 32n) & 0xffffffffn));
  }
  writeF32(a: number, v: number): void {
    f32[0] = v;
    this.writeU32(a, i32[0] as number);
  }
  writeF64(a: number, v: number): void {
    f64[0] = v;
    const lo = i32[0] as number;
    const hi = i32[1] as number;
    this.writeU32(a, lo);
    this.writeU32(a + 4, hi);
  }
  writeBytes(a: number, bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i++) this.writeU8(a + i, bytes[i] as number);
  }
  /** memset. */
  fill(a: number, length: number, value: number): void {
    for (let i = 0; i < length; i++) this.writeU8(a + i, value);
  }
  /** memmove within this memory (struct assignment). */
  copy(dst: number, src: number, length: number): void {
    if (dst === src || length <= 0) return;
    this.writeBytes(dst, this.readBytes(src, length));
  }

  private slowWrite(a: number, size: number, v: number): void {
    for (let i = 0; i < size; i++) {
      this.writeU8(a + i, v & 0xff);
      v >>>= 8;
    }
  }

  /** The page holding `a`, made private to this working copy; faults when `a` is not writable. */
  /**
   * The 32-bit words of the page holding `[a, a + size)`, made writable (copied now if this
   * working copy does not own it yet), or undefined when the range crosses a page boundary or
   * is not writable. The view stays valid until the next `image()`.
   */
  ownedWords(a: number, size: number): Int32Array | undefined {
    const i = a >>> PAGE_BITS;
    const p = a >= 0 && a < this.limit ? this.pages[i] : undefined;
    if (p === undefined || (a & PAGE_MASK) + size > PAGE_SIZE || this.layout.readOnly[i] === 1)
      return undefined;
    this.writablePage(a);
    return this.words[i];
  }

  private writablePage(a: number): Uint8Array {
    const i = a >>> PAGE_BITS;
    const p = a < this.limit && a >= 0 ? this.pages[i] : undefined;
    if (p === undefined) throw this.unmapped(a, 'write');
    if (this.layout.readOnly[i] === 1) {
      throw faultOf(ACCESS_VIOLATION, 'writeLiteral', { addr: hex64(a) });
    }
    if (this.owned[i] === 1) return p;
    const copy = new Uint8Array(PAGE_SIZE);
    if (p !== ZERO_PAGE) copy.set(p);
    this.pages[i] = copy;
    this.owned[i] = 1;
    this.words[i] = new Int32Array(copy.buffer, copy.byteOffset, PAGE_SIZE >> 2);
    return copy;
  }

  private unmapped(a: number, how: 'read' | 'write'): CFault {
    const read = how === 'read';
    if (a === 0) return faultOf(ACCESS_VIOLATION, read ? 'readNull' : 'writeNull');
    const addr = { addr: hex64(a) };
    return a > 0 && a < LOW_GUARD
      ? faultOf(ACCESS_VIOLATION, read ? 'readNearNull' : 'writeNearNull', addr)
      : faultOf(ACCESS_VIOLATION, read ? 'readUnmapped' : 'writeUnmapped', addr);
  }

  // ---- objects and the heap ---------------------------------------------------------------

  objectAt(a: number): CObjectInfo | undefined {
    const { layout } = this;
    if (a >= layout.stackLow && a < layout.stackTop) return this.stackObjects(a);
    if (a >= layout.heapStart) return findContaining(this.heap, a);
    return findContaining(layout.statics, a);
  }

  /** Live heap blocks (for inspection). */
  heapBlocks(): readonly HeapBlock[] {
    return this.heap;
  }

  alloc(size: number, name: string): number {
    const start = alignUp(this.heapTop, 16);
    const end = start + Math.max(size, 1);
    if (end > this.layout.heapLimit) return 0;
    this.mapUpTo(end);
    this.heapTop = end;
    this.ownHeap().push({ start, size, name });
    // A fresh block must read as zeros even where freed blocks once lived (never reused here).
    return start;
  }

  free(a: number): void {
    if (a === 0) return;
    const heap = this.ownHeap();
    const i = heap.findIndex((b) => b.start === a);
    if (i < 0) {
      throw faultOf(0xc0000374, 'heapFree', { addr: hex64(a) });
    }
    heap.splice(i, 1);
  }

  private ownHeap(): HeapBlock[] {
    if (this.heapShared) {
      this.heap = this.heap.slice();
      this.heapShared = false;
    }
    return this.heap;
  }

  private mapUpTo(end: number): void {
    const need = (end + PAGE_MASK) >>> PAGE_BITS;
    if (need <= this.pages.length) return;
    const first = Math.max(this.pages.length, this.layout.heapStart >>> PAGE_BITS);
    for (let i = this.pages.length; i < need; i++) {
      this.pages.push(i >= first ? ZERO_PAGE : undefined);
      this.words.push(undefined);
    }
    const owned = new Uint8Array(need);
    owned.set(this.owned);
    this.owned = owned;
    this.limit = need * PAGE_SIZE;
  }
}

const f64 = new Float64Array(1);
const f32 = new Float32Array(f64.buffer, 0, 1);
const i32 = new Int32Array(f64.buffer);

export const alignUp = (n: number, a: number): number => Math.ceil(n / a) * a;

/** Binary search in objects sorted by start (non-overlapping). */
export function findContaining<T extends CObjectInfo>(objects: readonly T[], a: number): T | undefined {
  let lo = 0;
  let hi = objects.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const o = objects[mid] as T;
    if (a < o.start) hi = mid - 1;
    else if (a >= o.start + Math.max(o.size, 1)) lo = mid + 1;
    else return o;
  }
  return undefined;
}
