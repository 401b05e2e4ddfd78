/**
 * The address layout of a program's processes. From low to high:
 *   [0, 64 KiB)            never mapped (NULL and small offsets from it fault)
 *   globals                each aligned for its type, in definition order
 *   string literals        on their own read-only pages
 *   4 KiB guard
 *   stack (256 KiB)        grows down from `stackTop`
 *   4 KiB guard
 *   heap                   grows up, up to 16 MiB
 * Every process of a program shares the layout and the initial pages (copy-on-write).
 */
import type { Program } from '../front/ast.ts';
import { alignOf, sizeOf } from '../front/types.ts';
import type { CObjectInfo } from '../native-api.ts';
import {
  LOW_GUARD,
  PAGE_BITS,
  PAGE_SIZE,
  ZERO_PAGE,
  alignUp,
  type AddressLayout,
  type MemoryImage,
} from './memory.ts';

/** Smaller than Windows' 1 MiB so that the page table (copied on every thaw and freeze)
 *  stays short; runaway recursion still ends in a stack overflow. */
export const STACK_SIZE = 256 << 10;
const GUARD = 0x1000;
const HEAP_SIZE = 16 << 20;

export interface StaticPlacement {
  readonly layout: AddressLayout;
  readonly globalAddress: ReadonlyMap<string, number>;
  readonly stringAddress: readonly number[];
  /** Initial pages: globals zeroed, literals in place (globals' initializers come later). */
  readonly image: MemoryImage;
}

export function placeStatics(p: Program): StaticPlacement {
  const statics: CObjectInfo[] = [];
  const globalAddress = new Map<string, number>();
  let at = LOW_GUARD;
  for (const g of p.globals) {
    at = alignUp(at, Math.max(alignOf(g.type), 1));
    const size = sizeOf(g.type);
    globalAddress.set(g.name, at);
    statics.push({ start: at, size, name: g.displayName });
    at += Math.max(size, 1);
  }
  const literalStart = alignUp(at, PAGE_SIZE);
  at = literalStart;
  const stringAddress: number[] = [];
  for (const s of p.strings) {
    at = alignUp(at, 2);
    stringAddress[s.id] = at;
    statics.push({ start: at, size: s.bytes.length, name: 'string literal' });
    at += Math.max(s.bytes.length, 1);
  }
  const literalEnd = alignUp(at, PAGE_SIZE);
  const stackLow = alignUp(literalEnd, GUARD) + GUARD;
  const stackTop = stackLow + STACK_SIZE;
  const heapStart = stackTop + GUARD;
  const readOnly = new Uint8Array(heapStart >>> PAGE_BITS);
  readOnly.fill(1, literalStart >>> PAGE_BITS, literalEnd >>> PAGE_BITS);
  const layout: AddressLayout = {
    statics,
    stackLow,
    stackTop,
    heapStart,
    heapLimit: heapStart + HEAP_SIZE,
    readOnly,
  };
  const pages = initialPages(layout, literalStart, literalEnd);
  writeLiterals(pages, p, stringAddress);
  return { layout, globalAddress, stringAddress, image: { pages, heapTop: heapStart, heap: [] } };
}

function initialPages(
  layout: AddressLayout,
  literalStart: number,
  literalEnd: number,
): (Uint8Array | undefined)[] {
  const pages: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(layout.heapStart >>> PAGE_BITS);
  for (let i = 0; i < pages.length; i++) {
    const a = i * PAGE_SIZE;
    const global = a >= LOW_GUARD && a < literalStart;
    const literal = a >= literalStart && a < literalEnd;
    const stack = a >= layout.stackLow && a < layout.stackTop;
    pages[i] = literal ? new Uint8Array(PAGE_SIZE) : global || stack ? ZERO_PAGE : undefined;
  }
  return pages;
}

function writeLiterals(pages: (Uint8Array | undefined)[], p: Program, addr: readonly number[]): void {
  for (const s of p.strings) {
    const start = addr[s.id] as number;
    s.bytes.forEach((b, i) => {
      const a = start + i;
      (pages[a >>> PAGE_BITS] as Uint8Array)[a & (PAGE_SIZE - 1)] = b;
    });
  }
}
