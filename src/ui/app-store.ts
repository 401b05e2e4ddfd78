/** The app's one store instance and the hooks components use to read it through selectors. */
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { pickTheme, savedFollow, savedTheme } from '../store/prefs.ts';
import { createAppStore, type AppState } from '../store/store.ts';
import { parseUrl } from '../store/url.ts';

const media = (query: string) => typeof matchMedia === 'function' && matchMedia(query).matches;
const url = parseUrl(typeof location === 'undefined' ? '' : location.search);

export const appStore = createAppStore({
  theme: pickTheme(url.theme, savedTheme(), {
    dark: media('(prefers-color-scheme: dark)'),
    moreContrast: media('(prefers-contrast: more)'),
  }),
  present: url.present,
  ...savedFollow(),
});

export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}

/** For selectors that build arrays (id lists): re-render only when the items change. */
export function useAppShallow<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, useShallow(selector));
}

export const actions = () => appStore.getState();
