/**
 * The C runtime's own per-process data (the rand seed, the last setlocale result), kept in the
 * process's C memory in one hidden heap block, so that it is part of the snapshots and time
 * travel restores it like any other memory.
 *
 * Natives are pure functions of (context, arguments), so the block's address is remembered in
 * a module-level table keyed by pid and checked against the memory on every use: if that
 * memory has no such block at that address (a different run, or an earlier step before the
 * block existed), a new one is allocated. Allocation is deterministic, so a replay allocates
 * it at the same address again.
 */
import type { CMemory } from '../native-api.ts';

export const CRT_STATE_NAME = 'C runtime state';
const SIZE = 32;

/** Field offsets in the block. */
export const CRT = {
  /** u32: rand()'s seed (the MSVC LCG), 1 until srand. */
  RAND_SEED: 0,
  /** u64: the string setlocale last returned (narrow), or 0. */
  LOCALE_NARROW: 8,
  /** u64: the string _wsetlocale last returned (wide), or 0. */
  LOCALE_WIDE: 16,
  /** u32: the current locale's index in the locale table. */
  LOCALE_INDEX: 24,
} as const;

const known = new Map<number, number>();

/** The runtime block of this process if it has one yet (reading needs no allocation). */
export function existingCrtState(mem: CMemory, pid: number): number | undefined {
  const addr = known.get(pid);
  if (addr === undefined) return undefined;
  const obj = mem.objectAt(addr);
  return obj !== undefined && obj.start === addr && obj.name === CRT_STATE_NAME ? addr : undefined;
}

/** The address of this process's runtime block, allocating (and initialising) it on first use. */
export function crtState(mem: CMemory, pid: number): number {
  const existing = existingCrtState(mem, pid);
  if (existing !== undefined) return existing;
  const fresh = mem.alloc(SIZE, CRT_STATE_NAME);
  mem.writeU32(fresh + CRT.RAND_SEED, 1);
  known.set(pid, fresh);
  return fresh;
}

/** True while the process is in the "C" locale (setlocale never called, or set back to "C"). */
export function inCLocale(mem: CMemory, pid: number): boolean {
  const block = existingCrtState(mem, pid);
  return block === undefined || mem.readU32(block + CRT.LOCALE_INDEX) === 0;
}
