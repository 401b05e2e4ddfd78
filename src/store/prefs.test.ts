import { describe, expect, it } from 'vitest';
import {
  nextTheme,
  pickTheme,
  saveFollow,
  savedFollow,
  savedTheme,
  saveTheme,
  type PrefStorage,
} from './prefs.ts';

const plain = { dark: false, moreContrast: false };

function memory(): PrefStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('picking the theme', () => {
  it('takes ?theme= first, then the saved choice, then the system', () => {
    expect(pickTheme('contrast', 'dark', { dark: true, moreContrast: false })).toBe('contrast');
    expect(pickTheme(null, 'dark', plain)).toBe('dark');
    expect(pickTheme(null, null, { dark: true, moreContrast: false })).toBe('dark');
    expect(pickTheme(null, null, plain)).toBe('light');
  });

  it('offers the high-contrast theme to a system that asks for more contrast', () => {
    expect(pickTheme(null, null, { dark: true, moreContrast: true })).toBe('contrast');
  });

  it('ignores a theme it does not know', () => {
    expect(pickTheme('neon', 'sepia', plain)).toBe('light');
  });

  it('cycles light, dark, high contrast and back', () => {
    expect([nextTheme('light'), nextTheme('dark'), nextTheme('contrast')]).toEqual([
      'dark',
      'contrast',
      'light',
    ]);
  });
});

describe('saved preferences', () => {
  it('reads back the theme it saved', () => {
    const s = memory();
    expect(savedTheme(s)).toBe(null);
    saveTheme('contrast', s);
    expect(savedTheme(s)).toBe('contrast');
  });

  it('reads back both follow choices, and nothing when none was saved', () => {
    const s = memory();
    expect(savedFollow(s)).toEqual({});
    saveFollow(true, false, s);
    expect(savedFollow(s)).toEqual({ follow: true, followInPresent: false });
  });

  it('degrades to nothing saved when storage throws', () => {
    const broken: PrefStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(() => saveTheme('dark', broken)).not.toThrow();
    expect(savedTheme(broken)).toBe(null);
    expect(savedFollow(broken)).toEqual({});
  });
});
