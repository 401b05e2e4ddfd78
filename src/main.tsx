import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, pickLanguage } from './i18n/index.ts';
import { parseUrl } from './store/url.ts';
import { App } from './ui/App.tsx';
import { installBenchHook, startSession, syncUrl } from './ui/session.ts';
import './ui/app.css';

const url = parseUrl(location.search);
function savedLanguage(): string | null {
  try {
    return localStorage.getItem('winipc.lang');
  } catch {
    return null;
  }
}
const lang = pickLanguage(url.lang, savedLanguage(), navigator.languages);
initI18n(lang);
document.documentElement.lang = lang;
installBenchHook();
if (url.page === 'main') {
  syncUrl();
  void startSession();
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App page={url.page} />
    </StrictMode>,
  );
