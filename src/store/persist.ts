/**
 * The user's edited programs, kept per scenario in localStorage so they survive a reload and a
 * closed tab. Storage can be missing or full (private mode, quota): every call then degrades to
 * "nothing saved" instead of throwing, and what is read back is validated like any other input.
 */
import { validateEditable, type EditableSpec } from './experiment.ts';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'winipc.edit.';

function defaultStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadEdit(scenario: string, storage = defaultStorage()): EditableSpec | null {
  try {
    const raw = storage?.getItem(PREFIX + scenario);
    return raw ? validateEditable(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

/** Saves the edit; false when the browser refused (the edit then lives only in this page). */
export function saveEdit(scenario: string, edit: EditableSpec, storage = defaultStorage()): boolean {
  try {
    if (!storage) return false;
    storage.setItem(PREFIX + scenario, JSON.stringify(edit));
    return true;
  } catch {
    return false;
  }
}

export function clearEdit(scenario: string, storage = defaultStorage()): void {
  try {
    storage?.removeItem(PREFIX + scenario);
  } catch {
    // nothing to clear when storage is unavailable
  }
}

/** Every saved edit, by scenario id (for export). */
export function allEdits(storage = defaultStorage()): Record<string, EditableSpec> {
  const out: Record<string, EditableSpec> = {};
  if (!storage) return out;
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      const edit = loadEdit(key.slice(PREFIX.length), storage);
      if (edit) out[key.slice(PREFIX.length)] = edit;
    }
  } catch {
    // a partial list is better than none
  }
  return out;
}
