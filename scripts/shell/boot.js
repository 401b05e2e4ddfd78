// The boot script index.html runs inline, before the app's code has loaded (plugin.ts puts these
// functions into the page). It paints the page the build prerendered for the address (the app bar
// and the scenario's tutorial, or the start page), with the language and theme the app will pick,
// and fetches the app's code only once that page has been painted: the code then does not hold
// up the first paint, and the app takes the page over when its first render matches it.
// Plain JavaScript of the app's own target, without imports: the functions are inlined as written.

/**
 * Which prerendered page to show, as the app would pick the language (src/i18n pickLanguage:
 * `?lang=`, then the saved choice, then the browser) and the theme (src/store/prefs pickTheme:
 * `?theme=`, the saved choice, then the system). `key` is null when the address asks for more
 * than a plain scenario or the start page (a shared experiment, an embed, what-ifs, presenter
 * mode, another page...): the app then draws the page from scratch.
 * @param {string} search
 * @param {{ lang: string | null, theme: string | null }} saved
 * @param {readonly string[]} languages
 * @param {{ dark: boolean, moreContrast: boolean }} system
 * @param {readonly string[]} scenarios
 * @returns {{ key: string | null, lang: 'en' | 'ko', theme: 'light' | 'dark' | 'contrast' }}
 */
export function pickShell(search, saved, languages, system, scenarios) {
  const q = new URLSearchParams(search);
  let lang = 'en';
  for (const candidate of [q.get('lang'), saved.lang, ...languages]) {
    const base = candidate ? candidate.toLowerCase().split('-')[0] : undefined;
    if (base === 'en' || base === 'ko') {
      lang = base;
      break;
    }
  }
  const themes = ['light', 'dark', 'contrast'];
  const requested = q.get('theme');
  const theme = themes.includes(requested ?? '')
    ? requested
    : themes.includes(saved.theme ?? '')
      ? saved.theme
      : system.moreContrast
        ? 'contrast'
        : system.dark
          ? 'dark'
          : 'light';
  const plain = [...q.keys()].every((k) => ['scenario', 'step', 'lang', 'theme'].includes(k));
  const scenario = q.get('scenario') ?? '';
  const known = scenario === '' || scenarios.includes(scenario);
  return { key: plain && known ? `${lang}:${scenario}` : null, lang, theme };
}

/**
 * Shows the prerendered page `shells[key]` in #root (see pickShell), then loads the app: its
 * entry script and the modules to preload, once the page has been painted (at once when nothing
 * was drawn or the tab is hidden, and at the latest after a second).
 * @param {Window & typeof globalThis} win
 * @param {typeof pickShell} pick
 * @param {Record<string, string>} shells
 * @param {{ entry: string, preload: readonly string[], next: readonly string[], later: readonly string[] }} assets
 */
export function boot(win, pick, shells, assets) {
  const doc = win.document;
  const read = (key) => {
    try {
      return win.localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  const media = (query) => typeof win.matchMedia === 'function' && win.matchMedia(query).matches;
  const scenarios = Object.keys(shells).map((k) => k.slice(k.indexOf(':') + 1));
  const chosen = pick(
    win.location.search,
    { lang: read('winipc.lang'), theme: read('winipc.theme') },
    win.navigator.languages || [],
    { dark: media('(prefers-color-scheme: dark)'), moreContrast: media('(prefers-contrast: more)') },
    scenarios,
  );
  const html = chosen.key === null ? undefined : shells[chosen.key];
  const root = doc.getElementById('root');
  doc.documentElement.lang = chosen.lang;
  doc.documentElement.dataset.theme = chosen.theme;
  if (html !== undefined && root) {
    root.innerHTML = html;
    root.dataset.shell = chosen.key;
    const picker = root.querySelector('[data-testid=theme]');
    if (picker) picker.value = chosen.theme;
  }
  let loaded = false;
  const load = () => {
    if (loaded) return;
    loaded = true;
    const add = (tag, attributes) => {
      const el = doc.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      doc.head.appendChild(el);
    };
    add('script', { type: 'module', crossorigin: '', src: assets.entry });
    for (const href of assets.preload) add('link', { rel: 'modulepreload', crossorigin: '', href });
    // What the app asks for next, in a task of its own (each request costs the page a little).
    win.setTimeout(() => {
      for (const href of assets.next) add('link', { rel: 'modulepreload', crossorigin: '', href });
      for (const href of assets.later)
        add('link', { rel: 'modulepreload', crossorigin: '', href, fetchpriority: 'low' });
    }, 0);
  };
  if (html === undefined || doc.visibilityState === 'hidden' || typeof win.PerformanceObserver !== 'function')
    return load();
  try {
    const painted = new win.PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      painted.disconnect();
      load();
    });
    painted.observe({ type: 'paint', buffered: true });
  } catch {
    return load();
  }
  win.setTimeout(load, 1000);
}
