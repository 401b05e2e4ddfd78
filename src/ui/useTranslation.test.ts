import { describe, expect, it } from 'vitest';
import { initI18n } from '../i18n/index.ts';
import { fixedT } from './useTranslation.ts';

initI18n('en');

describe('fixedT', () => {
  it('gives the same t for a language and namespace every time', () => {
    expect(fixedT('en', 'translation')).toBe(fixedT('en', 'translation'));
    expect(fixedT('ko', 'edit')).toBe(fixedT('ko', 'edit'));
  });

  it('gives each language its own words, whatever the current language', () => {
    const en = fixedT('en', 'translation')('controls.stepCounter', { step: 3, total: 9 });
    const ko = fixedT('ko', 'translation')('controls.stepCounter', { step: 3, total: 9 });
    expect(en).toContain('3');
    expect(ko).toContain('3');
    expect(en).not.toBe(ko);
  });

  it('reads the namespace it was asked for', () => {
    expect(fixedT('en', 'tutorial')).not.toBe(fixedT('en', 'translation'));
  });
});
