/** Object-namespace names: `\\.\mailslot\…` and `\\.\pipe\…`, matched case-insensitively (3.4). */

const MAILSLOT_PREFIX = '\\\\.\\mailslot\\';
const PIPE_PREFIX = '\\\\.\\pipe\\';

export const isMailslotPath = (name: string): boolean => name.toLowerCase().startsWith(MAILSLOT_PREFIX);
export const isPipePath = (name: string): boolean => name.toLowerCase().startsWith(PIPE_PREFIX);

/** A valid local mailslot name: the prefix and a non-empty rest (pseudo-directories allowed, 1.27). */
export function validMailslotName(name: string): boolean {
  return isMailslotPath(name) && name.length > MAILSLOT_PREFIX.length;
}

/** A valid pipe name: prefix, then 1–256 characters without a backslash (3.4). */
export function validPipeName(name: string): boolean {
  const rest = name.slice(PIPE_PREFIX.length);
  return isPipePath(name) && rest.length > 0 && rest.length <= 256 && !rest.includes('\\');
}

export const nameKey = (name: string): string => name.toLowerCase();
