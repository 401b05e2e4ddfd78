/** The user's own preference changes: applied to the store and saved for the next visit. */
import { nextTheme, saveFollow, saveTheme } from '../store/prefs.ts';
import type { Theme } from '../store/store.ts';
import { selectFollow } from '../store/selectors.ts';
import { actions } from './app-store.ts';

export function chooseTheme(theme: Theme): void {
  actions().setTheme(theme);
  saveTheme(theme);
}

export const cycleTheme = () => chooseTheme(nextTheme(actions().theme));

export function toggleFollow(): void {
  const a = actions();
  a.setFollow(!selectFollow(a));
  const { follow, followInPresent } = actions();
  saveFollow(follow, followInPresent);
}
