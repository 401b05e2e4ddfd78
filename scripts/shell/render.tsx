/**
 * Renders, at build time and in Node, the page each plain address shows before its simulator has
 * arrived: the app bar, the scenario's code column and timeline still empty, "Loading the
 * simulator…", and the scenario's tutorial (or the start page's list of scenarios). These are the
 * app's own components in the very state its first render has, so the prerendered page (see
 * plugin.ts) and the page React draws over it are the same, box for box.
 * Loaded through Vite's module runner (plugin.ts), never shipped to the browser.
 */
import i18next from 'i18next';
import { renderToString } from 'react-dom/server';
import { initI18n, LANGS, type Lang } from '../../src/i18n/index.ts';
import { SCENARIOS } from '../../src/scenarios/index.ts';
import { App } from '../../src/ui/App.tsx';
import { appStore } from '../../src/ui/app-store.ts';
import { tutorialReady } from '../../src/ui/tutorial/index.tsx';

/** The key of a prerendered page: language and scenario id, '' for the start page. */
export const shellKey = (lang: Lang, scenario: string) => `${lang}:${scenario}`;

/** A stand-in for the browser's `location` while rendering: the components read the query. */
function withLocation<T>(search: string, render: () => T): T {
  const g = globalThis as { location?: unknown };
  const before = g.location;
  g.location = { search, hash: '', pathname: '/', origin: 'http://localhost' };
  try {
    return render();
  } finally {
    g.location = before;
  }
}

/** Every prerendered page, by `shellKey`: the inner HTML of #root. */
export async function renderShells(): Promise<Record<string, string>> {
  await tutorialReady;
  // During a server render zustand reads the store's initial state (React's server snapshot):
  // here the store is set up before rendering, so its current state is the one to draw.
  appStore.getInitialState = appStore.getState;
  const fresh = appStore.getState();
  const shells: Record<string, string> = {};
  initI18n('en');
  for (const lang of LANGS) {
    await i18next.changeLanguage(lang);
    for (const scenario of ['', ...SCENARIOS.map((s) => s.id)]) {
      // As the session leaves the store when the scenario is named (ui/session.ts).
      appStore.setState(
        {
          ...fresh,
          scenarios: SCENARIOS,
          scenarioId: scenario || null,
          status: scenario ? 'loading' : 'start',
        },
        true,
      );
      const search = scenario ? `?scenario=${scenario}` : '';
      shells[shellKey(lang, scenario)] = withLocation(search, () => renderToString(<App page="main" />));
    }
  }
  appStore.setState(fresh, true);
  return shells;
}
