/** For tests: English and Korean `t` functions over the app's strings, apart from the app's instance. */
import i18next from 'i18next';
import { en } from './en.ts';
import { josaPostProcessor } from './josa.ts';
import { ko } from './ko.ts';

const i18n = i18next.createInstance().use(josaPostProcessor);
void i18n.init({
  resources: { en: { translation: en }, ko: { translation: ko } },
  lng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
  postProcess: ['josa'],
});

export const tEn = i18n.getFixedT('en');
export const tKo = i18n.getFixedT('ko');
