/** When the run is deadlocked at this step: a banner with the explanation and the wait-for cycle. */
import { useTranslation } from '../useTranslation.ts';
import { useApp } from '../app-store.ts';
import { cycleText, deadlockText } from '../../i18n/deadlock.ts';

export function DeadlockBanner() {
  const { t, i18n } = useTranslation();
  const end = useApp((s) => s.view?.end ?? null);
  if (end?.reason !== 'deadlock') return null;
  return (
    <div className="deadlock-banner" role="alert" data-testid="deadlock-banner">
      <strong>
        <span aria-hidden="true">✖ </span>
        {t('deadlock.title')}
      </strong>{' '}
      {deadlockText(end, t, i18n.language)}
      <ol className="cycle">
        {end.cycle.map((c) => (
          <li key={c.pid}>{cycleText(c, t)}</li>
        ))}
      </ol>
    </div>
  );
}
