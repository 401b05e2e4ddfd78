/** Zoom buttons in the diagram's corner: follow the change (in the lab), in, out, fit to screen. */
import { useTranslation } from '../useTranslation.ts';
import { Icon } from '../controls/Icon.tsx';
import { toggleFollow } from '../prefs.ts';
import type { ZoomApi } from './useZoom.ts';

export function ZoomControls({ zoom, follow }: { zoom: ZoomApi; follow?: boolean | undefined }) {
  const { t } = useTranslation();
  return (
    <div className="zoom-controls" role="group" aria-label={t('controls.fit')}>
      {follow === undefined ? null : (
        <button
          type="button"
          className="follow"
          aria-pressed={follow}
          onClick={toggleFollow}
          data-testid="follow"
          title={`${t('controls.followTitle')} (C)`}
        >
          <Icon name="follow" /> <span className="zoom-label">{t('controls.follow')}</span>
        </button>
      )}
      <button
        type="button"
        onClick={() => zoom.zoomBy(1.25)}
        aria-label={t('controls.zoomIn')}
        title={`${t('controls.zoomIn')} (+)`}
      >
        +
      </button>
      <button
        type="button"
        onClick={() => zoom.zoomBy(0.8)}
        aria-label={t('controls.zoomOut')}
        title={`${t('controls.zoomOut')} (−)`}
      >
        −
      </button>
      <button type="button" onClick={() => zoom.fit()} data-testid="fit" title={`${t('controls.fit')} (F)`}>
        <Icon name="fit" /> <span className="zoom-label">{t('controls.fit')}</span>
      </button>
    </div>
  );
}
