/** What-if toggles: switches that re-run the scenario with a source change, and the diff. */
import { lazy, Suspense, useMemo, useState } from 'react';
import type { WhatIf } from '../../scenarios/model.ts';
import { useApp } from '../app-store.ts';
import { useTutorialT } from './hooks.ts';
import { currentWhatIfs, toggleWhatIf } from './what-if-actions.ts';

const WhatIfDiff = lazy(() => import('./WhatIfDiff.tsx'));

export function WhatIfPanel({ whatIfs }: { whatIfs: readonly WhatIf[] }) {
  const { t, lang } = useTutorialT();
  const run = useApp((s) => s.run);
  // The toggles live in the URL; a toggle re-opens the scenario, so a new run means new toggles.
  const on = useMemo(() => (run ? currentWhatIfs() : []), [run]);
  const active = whatIfs.filter((w) => on.includes(w.id));
  // Open at first when a toggle is on (a shared link); afterwards the user decides.
  const [open, setOpen] = useState(() => whatIfs.some((w) => currentWhatIfs().includes(w.id)));
  return (
    <details
      className="what-if"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-testid="what-if"
    >
      <summary>
        {t('whatIf.title')}
        {active.length > 0 ? <span className="what-if-count"> ({active.length})</span> : null}
      </summary>
      <p className="muted what-if-hint">{t('whatIf.hint')}</p>
      <ul className="what-if-list">
        {whatIfs.map((w) => {
          const checked = on.includes(w.id);
          return (
            <li key={w.id}>
              <button
                type="button"
                role="switch"
                aria-checked={checked}
                className="what-if-switch"
                data-testid={`whatif-${w.id}`}
                aria-describedby={`whatif-${w.id}-text`}
                onClick={() => toggleWhatIf(w.id, !checked)}
              >
                <span className="switch-track" aria-hidden="true">
                  <span className="switch-thumb" />
                </span>
                <span className="what-if-label">{w.label[lang]}</span>
                <span className="sr-only">{checked ? t('whatIf.on') : t('whatIf.off')}</span>
              </button>
              <p id={`whatif-${w.id}-text`} className="what-if-text">
                {w.explanation[lang]}
              </p>
            </li>
          );
        })}
      </ul>
      {active.length > 0 ? (
        <Suspense fallback={<p className="muted">{t('whatIf.computing')}</p>}>
          <WhatIfDiff />
        </Suspense>
      ) : null}
    </details>
  );
}
