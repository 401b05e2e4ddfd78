import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, pickLanguage } from './i18n/index.ts';
import { yieldToBrowser } from './store/pieces.ts';
import { parseUrl } from './store/url.ts';
import { App } from './ui/App.tsx';
import { installBenchHook, startSession, syncUrl } from './ui/session.ts';
import { tutorialReady } from './ui/tutorial/index.tsx';
import './ui/app.css';
// In the first stylesheet (not with the tutorial's chunk): the page prerendered at build time
// shows the tutorial before any script has run.
import './ui/tutorial/tutorial.css';

const url = parseUrl(location.search);
const root = document.getElementById('root');

function savedLanguage(): string | null {
  try {
    return localStorage.getItem('winipc.lang');
  } catch {
    return null;
  }
}

/** Draws the app: its first render is done in slices (a transition), and its commit replaces
 *  whatever #root held (the prerendered page) in one go. */
function draw(): void {
  if (!root) return;
  const app = createRoot(root);
  startTransition(() =>
    app.render(
      <StrictMode>
        <App page={url.page} />
      </StrictMode>,
    ),
  );
}

/** Starts the app in a task after the one that evaluated its modules (each stays short). */
async function start(): Promise<void> {
  await yieldToBrowser();
  const lang = pickLanguage(url.lang, savedLanguage(), navigator.languages);
  initI18n(lang);
  document.documentElement.lang = lang;
  installBenchHook();
  // The page prerendered for this address (index.html's boot script put it in #root) stays
  // until the app's first render matches it: the scenario named (or the start page), its
  // tutorial loaded.
  const prerendered = root?.dataset.shell !== undefined;
  if (url.page === 'main') {
    syncUrl();
    const named = new Promise<void>((resolve) => void startSession(resolve));
    if (prerendered) await Promise.all([named, tutorialReady]);
  }
  draw();
}

void start();
