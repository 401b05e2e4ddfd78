/**
 * The app's start-up, the second of its two first tasks (src/main.tsx is the first): the
 * language, the session, then the first render. Its modules (the whole UI, i18next, the store)
 * are evaluated in a task of their own, after React's.
 */
import type { Root } from 'react-dom/client';
import { StrictMode, startTransition } from 'react';
import { initI18n, pickLanguage } from './i18n/index.ts';
import { parseUrl } from './store/url.ts';
import { App } from './ui/App.tsx';
import { installBenchHook, warmEndsWhenIdle, startSession, syncUrl } from './ui/session.ts';
import { tutorialReady } from './ui/tutorial/index.tsx';

/** How long a prerendered page waits for the first run before the app takes it over anyway. */
const FIRST_RUN_WAIT_MS = 2000;

function savedLanguage(): string | null {
  try {
    return localStorage.getItem('winipc.lang');
  } catch {
    return null;
  }
}

/** Starts the app in `root`, made by React's `createRoot` on `element`. */
export async function start(
  element: HTMLElement | null,
  createRoot: (el: HTMLElement) => Root,
): Promise<void> {
  const url = parseUrl(location.search);
  const lang = pickLanguage(url.lang, savedLanguage(), navigator.languages);
  initI18n(lang);
  document.documentElement.lang = lang;
  installBenchHook();
  warmEndsWhenIdle();
  // The page prerendered for this address (index.html's boot script put it in #root) stays
  // until the app's first render can replace it without anything moving or going away: the
  // scenario named (or the start page) and its tutorial loaded, and, unless it takes long, the
  // first run in the store: the first render then draws the run too, in slices, and nothing is
  // left to redraw in one long task when the run arrives.
  const prerendered = element?.dataset.shell !== undefined;
  if (url.page === 'main') {
    syncUrl();
    const named = new Promise<{ readonly firstRun: Promise<void> }>((resolve) => void startSession(resolve));
    if (prerendered) {
      const [{ firstRun }] = await Promise.all([named, tutorialReady]);
      await Promise.race([firstRun, new Promise((resolve) => setTimeout(resolve, FIRST_RUN_WAIT_MS))]);
    }
  }
  if (!element) return;
  // The first render is done in slices (a transition); its commit replaces whatever the element
  // held (the prerendered page) in one go.
  const root = createRoot(element);
  startTransition(() =>
    root.render(
      <StrictMode>
        <App page={url.page} />
      </StrictMode>,
    ),
  );
}
