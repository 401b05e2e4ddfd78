/**
 * i18next set up once for the app: English and Korean, bundled (they are small). The language
 * follows `?lang=`, then a saved choice, then the browser.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { editEn, editKo } from './edit.ts';
import { en } from './en.ts';
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

export function initI18n(lang: Lang) {
  void i18next.use(initReactI18next).init({
    resources: {
      en: { translation: en, tutorial: tutorialEn, edit: editEn },
      ko: { translation: ko, tutorial: tutorialKo, edit: editKo },
    },
    lng: lang,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18next;
}
