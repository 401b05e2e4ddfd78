/**
 * i18next set up once for the app: English and Korean, bundled (they are small). The language
 * follows `?lang=`, then a saved choice, then the browser.
 */
import i18next from 'i18next';
import { editEn, editKo } from './edit.ts';
import { en } from './en.ts';
import { josaPostProcessor } from './josa.ts';
import { ko } from './ko.ts';
import { tutorialEn } from './tutorial.en.ts';
import { tutorialKo } from './tutorial.ko.ts';

export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

export function pickLanguage(
  requested: string | null,
  saved: string | null,
  browser: readonly string[],
): Lang {
  for (const candidate of [requested, saved, ...browser]) {
    const base = candidate?.toLowerCase().split('-')[0];
    if (base === 'en' || base === 'ko') return base;
  }
  return 'en';
}

type FixedT = ReturnType<typeof i18next.getFixedT>;

/**
 * A `t` that remembers what it returned for a key and flat options (i18next's own lookup and
 * interpolation cost tens of microseconds a call, and a step of a big run asks for hundreds of
 * the same strings). A `t` is fixed to one language and the resources are all bundled, so the
 * same call always gives the same text.
 */
function remembering(t: FixedT): FixedT {
  // i18next marks its fixed `t` with the language, namespace and key prefix it is fixed to.
  const marks = t as unknown as Record<'lng' | 'lngs' | 'ns' | 'keyPrefix', unknown>;
  const { lng, lngs, ns, keyPrefix } = marks;
  // A `t` not fixed to a language follows the current one: nothing to remember.
  if (typeof lng !== 'string') return t;
  const seen = new Map<string, unknown>();
  const memo = (key: unknown, options?: unknown, ...rest: unknown[]) => {
    const flat =
      typeof key === 'string' &&
      rest.length === 0 &&
      (options === undefined ||
        (typeof options === 'object' &&
          options !== null &&
          Object.values(options).every((v) => v === null || typeof v !== 'object')));
    const id = flat ? JSON.stringify([key, options ?? null]) : null;
    if (id !== null && seen.has(id)) return seen.get(id);
    const text = (t as unknown as (...args: unknown[]) => unknown)(key, options, ...rest);
    if (id !== null) {
      if (seen.size >= 5000) seen.clear();
      seen.set(id, text);
    }
    return text;
  };
  return Object.assign(memo, { lng, lngs, ns, keyPrefix }) as unknown as FixedT;
}

let remembers = false;

export function initI18n(lang: Lang) {
  if (!remembers) {
    remembers = true;
    i18next.use(josaPostProcessor);
    const getFixedT = i18next.getFixedT.bind(i18next);
    i18next.getFixedT = ((...args: Parameters<typeof getFixedT>) =>
      remembering(getFixedT(...args))) as typeof getFixedT;
  }
  void i18next.init({
    resources: {
      en: { translation: en, tutorial: tutorialEn, edit: editEn },
      ko: { translation: ko, tutorial: tutorialKo, edit: editKo },
    },
    lng: lang,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    postProcess: ['josa'],
    initAsync: false,
  });
  return i18next;
}
