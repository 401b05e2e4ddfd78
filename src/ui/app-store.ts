/** The app's one store instance and the hooks components use to read it through selectors. */
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createAppStore, type AppState } from '../store/store.ts';

export const appStore = createAppStore({
  theme:
    typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
});

export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}

/** For selectors that build arrays (id lists): re-render only when the items change. */
export function useAppShallow<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, useShallow(selector));
}

export const actions = () => appStore.getState();
