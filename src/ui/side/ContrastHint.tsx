/**
 * Presenter mode suggests the high-contrast theme; the user decides (one click to use it, one to
 * dismiss; the suggestion does not come back in this page).
 */
import { useState } from 'react';
import { useTranslation } from '../useTranslation.ts';
import { useApp } from '../app-store.ts';
import { chooseTheme } from '../prefs.ts';

export function ContrastHint() {
  const { t } = useTranslation();
  const show = useApp((s) => s.present && s.theme !== 'contrast');
  const [dismissed, setDismissed] = useState(false);
  if (!show || dismissed) return null;
  return (
    <section className="panel contrast-hint" aria-label={t('controls.theme')} data-testid="contrast-hint">
      <p>{t('presenter.hint')}</p>
      <div className="contrast-hint-actions">
        <button type="button" onClick={() => chooseTheme('contrast')}>
          {t('presenter.useContrast')}
        </button>
        <button type="button" onClick={() => setDismissed(true)}>
          {t('presenter.dismiss')}
        </button>
      </div>
    </section>
  );
}
