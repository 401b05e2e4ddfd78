/**
 * The built-in headers, as C text, and the list of functions they declare (the functions this
 * simulator offers; every one must have a native implementation).
 */
import { CRT_H, STANDARD_HEADER, STANDARD_HEADER_NAMES, STDBOOL_H, STDINT_H } from './crt.ts';
import { TCHAR_H } from './tchar.ts';
import { WINDOWS_H } from './windows.ts';

/** Header name (lower case) → C text. `_crt.h` is internal. */
export const HEADERS: ReadonlyMap<string, string> = new Map<string, string>([
  ['_crt.h', CRT_H],
  ['windows.h', WINDOWS_H],
  ['tchar.h', TCHAR_H],
  ['stdbool.h', STDBOOL_H],
  ['stdint.h', STDINT_H],
  ...STANDARD_HEADER_NAMES.map((n): [string, string] => [n, STANDARD_HEADER]),
]);

/** The headers a student may include (for the "unknown header" message). */
export const KNOWN_HEADER_NAMES: readonly string[] = [
  'windows.h',
  'tchar.h',
  ...STANDARD_HEADER_NAMES,
  'stdbool.h',
  'stdint.h',
];

/** Names of the functions declared by prototypes in the header text. A prototype is a line of
 *  the form `TYPE NAME(PARAMS);` at the start of a line. */
export function declaredFunctions(text: string): string[] {
  const names: string[] = [];
  const re = /^[A-Za-z_][\w ]*?[\s*]([A-Za-z_]\w*)\s*\([^;{]*\)\s*;/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[1]) names.push(m[1]);
  return names;
}

/** Every function the simulator offers (the C runtime and Win32), sorted. */
export const OFFERED_FUNCTIONS: readonly string[] = [
  ...new Set([...declaredFunctions(CRT_H), ...declaredFunctions(WINDOWS_H)]),
].sort();
