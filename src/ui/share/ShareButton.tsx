/** "Copy link": the whole experiment in `?x=`; the link is also shown, selectable, for copying by hand. */
import { useState } from 'react';
import { useTranslation } from '../useTranslation.ts';
import { encodeExperiment } from '../../store/experiment.ts';
import { useApp } from '../app-store.ts';
import { currentExperiment } from '../editor/edit-session.ts';

export function shareUrl(): string | null {
  const exp = currentExperiment();
  if (!exp) return null;
  const embed = new URLSearchParams(location.search).get('embed') === '1' ? '&embed=1' : '';
  return `${location.origin}${location.pathname}?x=${encodeExperiment(exp)}${embed}`;
}

export function ShareButton() {
  const { t } = useTranslation('edit');
  const hasRun = useApp((s) => s.run !== null);
  const [link, setLink] = useState<string | null>(null);
  const [status, setStatus] = useState<'copied' | 'copyFailed' | null>(null);
  const copy = async () => {
    const url = shareUrl();
    if (!url) return;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('copyFailed');
    }
  };
  return (
    <>
      <button
        type="button"
        data-testid="share-copy"
        disabled={!hasRun}
        aria-label={t('share.copy')}
        title={t('share.copy')}
        onClick={() => void copy()}
      >
        {t('share.short')}
      </button>
      {link ? (
        <span className="share-result">
          <label className="sr-only" htmlFor="share-link">
            {t('share.link')}
          </label>
          <input
            id="share-link"
            data-testid="share-link"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
          <span role="status">{status ? t(`share.${status}`) : ''}</span>
          <button type="button" aria-label={t('share.dismiss')} onClick={() => setLink(null)}>
            ×
          </button>
        </span>
      ) : null}
    </>
  );
}
