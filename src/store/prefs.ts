/**
 * View preferences that outlive the page: the theme and "follow the change". Like the language,
 * the theme follows `?theme=`, then the user's saved choice, then the system (dark scheme, more
 * contrast). Only a choice the user made is saved, so a system change still shows when the user
 * never chose. Storage can be missing or full: reading then gives nothing, saving does nothing.
 */
import { THEMES, type Theme } from './store.ts';

export type PrefStorage = Pick<Storage, 'getItem' | 'setItem'>;

const THEME_KEY = 'winipc.theme';
const FOLLOW_KEY = 'winipc.follow';

export function isTheme(value: string | null | undefined): value is Theme {
  return (THEMES as readonly string[]).includes(value ?? '');
}

export interface SystemPrefs {
  readonly dark: boolean;
  readonly moreContrast: boolean;
}

export function pickTheme(requested: string | null, saved: string | null, system: SystemPrefs): Theme {
  if (isTheme(requested)) return requested;
  if (isTheme(saved)) return saved;
  if (system.moreContrast) return 'contrast';
  return system.dark ? 'dark' : 'light';
}

/** The next theme for the T key: light → dark → high contrast → light. */
export function nextTheme(theme: Theme): Theme {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length] ?? 'light';
}

function defaultStorage(): PrefStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function read(key: string, storage: PrefStorage | null): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string, storage: PrefStorage | null): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // storage unavailable (private mode, quota): the choice lasts for this page only
  }
}

export const savedTheme = (storage = defaultStorage()) => read(THEME_KEY, storage);
export const saveTheme = (theme: Theme, storage = defaultStorage()) => write(THEME_KEY, theme, storage);

/** Saved "follow the change" choices, for outside and inside presenter mode. */
export function savedFollow(storage = defaultStorage()): { follow?: boolean; followInPresent?: boolean } {
  const raw = read(FOLLOW_KEY, storage);
  const [normal, present] = raw?.split(',') ?? [];
  const flag = (v: string | undefined) => (v === '1' ? true : v === '0' ? false : undefined);
  const out: { follow?: boolean; followInPresent?: boolean } = {};
  const f = flag(normal);
  const p = flag(present);
  if (f !== undefined) out.follow = f;
  if (p !== undefined) out.followInPresent = p;
  return out;
}

export function saveFollow(follow: boolean, followInPresent: boolean, storage = defaultStorage()): void {
  write(FOLLOW_KEY, `${follow ? 1 : 0},${followInPresent ? 1 : 0}`, storage);
}
