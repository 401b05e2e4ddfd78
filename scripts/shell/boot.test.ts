import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../src/i18n/index.ts';
import { pickTheme } from '../../src/store/prefs.ts';
import { pickShell } from './boot.js';
import { bootScript } from './plugin.ts';

const SCENARIOS = ['mailslot', 'named-pipe'];
const LIGHT = { dark: false, moreContrast: false };

describe('the boot script picks the prerendered page', () => {
  it('in the language the app picks', () => {
    const requested = [null, 'en', 'ko', 'ko-KR', 'fr'];
    const saved = [null, 'ko', 'EN', 'xx'];
    const browsers = [[], ['ko-KR', 'en'], ['fr', 'ko'], ['de']];
    for (const r of requested)
      for (const s of saved)
        for (const b of browsers) {
          const search = r === null ? '?scenario=mailslot' : `?scenario=mailslot&lang=${r}`;
          const picked = pickShell(search, { lang: s, theme: null }, b, LIGHT, SCENARIOS);
          expect(picked.lang, `${r} ${s} ${b.join()}`).toBe(pickLanguage(r, s, b));
        }
  });

  it('in the theme the app picks', () => {
    const systems = [LIGHT, { dark: true, moreContrast: false }, { dark: true, moreContrast: true }];
    for (const r of [null, 'dark', 'contrast', 'neon'])
      for (const s of [null, 'light', 'dark', 'bogus'])
        for (const system of systems) {
          const search = r === null ? '' : `?theme=${r}`;
          const picked = pickShell(search, { lang: null, theme: s }, [], system, SCENARIOS);
          expect(picked.theme, `${r} ${s} ${JSON.stringify(system)}`).toBe(pickTheme(r, s, system));
        }
  });

  it('for a scenario or the start page, keyed by language', () => {
    const key = (search: string) =>
      pickShell(search, { lang: null, theme: null }, ['ko'], LIGHT, SCENARIOS).key;
    expect(key('')).toBe('ko:');
    expect(key('?scenario=named-pipe&step=12')).toBe('ko:named-pipe');
    expect(key('?scenario=mailslot&lang=en&theme=dark')).toBe('en:mailslot');
  });

  it('for nothing when the address asks for more than a plain page, or names no known scenario', () => {
    const key = (search: string) => pickShell(search, { lang: null, theme: null }, [], LIGHT, SCENARIOS).key;
    for (const search of [
      '?scenario=nope',
      '?x=abc',
      '?scenario=mailslot&embed=1',
      '?scenario=mailslot&whatif=leak',
      '?scenario=mailslot&present=1',
      '?page=accuracy',
      '?bench=1&scenario=mailslot',
    ])
      expect(key(search), search).toBeNull();
  });
});

describe('the inline boot script', () => {
  it('carries the pages so that nothing in them can end the script element', () => {
    const script = bootScript(
      { 'en:': '<p>a</p><script>alert(1)</script><!-- c -->' },
      { entry: './assets/index.js', preload: [], next: [], later: [] },
    );
    const body = script.slice('<script>'.length, -'</script>'.length);
    expect(body).not.toMatch(/<\/script|<!--/i);
    expect(body).toContain('\\u003cp>a');
  });
});
