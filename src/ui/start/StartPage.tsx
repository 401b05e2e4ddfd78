/** The start page: every scenario with its one-line summary, each a link that opens it. */
import { useTranslation } from '../useTranslation.ts';
import { useApp } from '../app-store.ts';

export function StartPage() {
  const { t, i18n } = useTranslation();
  const scenarios = useApp((s) => s.scenarios);
  const lang = i18n.language === 'ko' ? 'ko' : 'en';
  return (
    <section className="start-page" data-testid="start-page" aria-labelledby="start-title">
      <h2 id="start-title">{t('start.title')}</h2>
      <p className="start-lead">{t('start.lead')}</p>
      <ul className="start-list">
        {scenarios.map((s) => (
          <li key={s.id}>
            <a href={`?scenario=${encodeURIComponent(s.id)}&step=0`} data-testid={`start-${s.id}`}>
              <span className="start-name">{s.title[lang]}</span>
              <span className="start-summary">{s.summary[lang]}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
