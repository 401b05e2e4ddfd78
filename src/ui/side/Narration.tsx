/** One to three plain sentences about the step just taken, announced politely to screen readers. */
import { useMemo } from 'react';
import { useTranslation } from '../useTranslation.ts';
import { endNote, narrate } from '../../i18n/narrate.ts';
import { selectView } from '../../store/selectors.ts';
import { useApp } from '../app-store.ts';

export function Narration() {
  const { t, i18n } = useTranslation();
  const view = useApp(selectView);
  const sentences = useMemo(() => (view ? narrate(view, t, i18n.language) : []), [view, t, i18n.language]);
  const end = view ? endNote(view, t, i18n.language) : null;
  return (
    <section className="panel narration" aria-labelledby="narration-h">
      <h2 id="narration-h">{t('panels.narration')}</h2>
      <div data-testid="narration" aria-live="polite">
        {sentences.map((s, i) => (
          <p key={i}>{s}</p>
        ))}
        {end !== null ? <p className="end-note">{end}</p> : null}
      </div>
    </section>
  );
}
