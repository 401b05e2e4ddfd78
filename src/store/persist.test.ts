import { describe, expect, it } from 'vitest';
import type { EditableSpec } from './experiment.ts';
import { allEdits, clearEdit, loadEdit, saveEdit, type KeyValueStorage } from './persist.ts';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const edit: EditableSpec = {
  programs: [{ name: 'Parent.c', text: 'int main(void) { return 1; }' }],
  launch: ['Parent.exe'],
  stdin: {},
};

describe('saved edits', () => {
  it('come back per scenario after saving', () => {
    const storage = memoryStorage();
    expect(saveEdit('mailslot', edit, storage)).toBe(true);
    expect(loadEdit('mailslot', storage)).toEqual(edit);
    expect(loadEdit('named-pipe', storage)).toBeNull();
  });

  it('are gone after clearing', () => {
    const storage = memoryStorage();
    saveEdit('mailslot', edit, storage);
    clearEdit('mailslot', storage);
    expect(loadEdit('mailslot', storage)).toBeNull();
  });

  it('are listed together for export, ignoring other keys', () => {
    const storage = memoryStorage();
    saveEdit('mailslot', edit, storage);
    saveEdit('named-pipe', edit, storage);
    storage.setItem('winipc.lang', 'ko');
    expect(Object.keys(allEdits(storage)).sort()).toEqual(['mailslot', 'named-pipe']);
  });

  it('read as nothing when the stored value is corrupt', () => {
    const storage = memoryStorage();
    storage.setItem('winipc.edit.mailslot', '{"programs": 3');
    expect(loadEdit('mailslot', storage)).toBeNull();
    storage.setItem('winipc.edit.mailslot', JSON.stringify({ programs: [], launch: [] }));
    expect(loadEdit('mailslot', storage)).toBeNull();
  });

  it('report failure instead of throwing when the browser refuses to store', () => {
    const full: KeyValueStorage = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    expect(saveEdit('mailslot', edit, full)).toBe(false);
    expect(saveEdit('mailslot', edit, null)).toBe(false);
    expect(loadEdit('mailslot', null)).toBeNull();
  });
});
