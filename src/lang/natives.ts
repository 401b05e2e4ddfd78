/**
 * Every native function a C program can call, by name: the C runtime (src/lang/runtime) and
 * the Win32 bindings (src/lang/win32). The executor looks calls up here; the headers declare a
 * prototype for each (a test checks that every offered function has an entry).
 */
import type { Native } from './native-api.ts';
import { RUNTIME_NATIVES } from './runtime/index.ts';
import { WIN32_NATIVES } from './win32/index.ts';

function byName(natives: readonly Native[]): Readonly<Record<string, Native>> {
  const table: Record<string, Native> = {};
  for (const n of natives) {
    if (table[n.name] !== undefined) throw new Error(`native ${n.name} is defined twice`);
    table[n.name] = n;
  }
  return Object.freeze(table);
}

export const NATIVES: Readonly<Record<string, Native>> = byName([...RUNTIME_NATIVES, ...WIN32_NATIVES]);
