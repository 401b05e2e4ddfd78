/** The API call of this step: arguments, return value, GetLastError by name and number, facts applied. */
import { useTranslation } from '../useTranslation.ts';
import { selectApiCall } from '../../store/selectors.ts';
import { useApp } from '../app-store.ts';
import { waitText } from '../../i18n/wait.ts';
import { useFactText } from '../useFactText.ts';
import type { AppState } from '../../store/store.ts';

/** The state of the process whose call blocked at this step, or null. */
const selectBlockedCaller = (s: AppState) => {
  const pid = s.view?.apiCall?.pid;
  const state = s.view?.processes.find((p) => p.pid === pid)?.state;
  return state?.kind === 'blocked' ? state : null;
};

export function ApiCard() {
  const { t } = useTranslation();
  const fact = useFactText();
  const call = useApp(selectApiCall);
  const blocked = useApp(selectBlockedCaller);
  return (
    <section className="panel api-card" data-testid="api-card" aria-labelledby="api-h">
      <h2 id="api-h">{t('panels.apiCard')}</h2>
      {call ? (
        <>
          <p className="call mono">
            <span className="api-name">{call.api}</span>(
            {call.args.map((a, i) => (
              <span key={a.name} className="arg">
                <span className="arg-name">{a.name}</span>={a.display}
                {i < call.args.length - 1 ? ', ' : ''}
              </span>
            ))}
            )
          </p>
          <dl className="api-result">
            <div>
              <dt>{t('panels.returned')}</dt>
              {/* A call that blocked records the kernel's English sentence; the words of the
                  process's state say it in the reader's language. */}
              <dd className="mono">
                {blocked && call.result.startsWith('blocked')
                  ? t('process.state.blocked', { what: waitText(blocked.words, t) })
                  : call.result}
              </dd>
            </div>
            <div>
              <dt>{t('panels.lastError')}</dt>
              <dd className="mono">
                {call.lastError.name} ({call.lastError.code})
              </dd>
            </div>
          </dl>
          {call.facts.length > 0 ? (
            <details className="facts" open>
              <summary>{t('panels.facts')}</summary>
              <ul>
                {call.facts.map((f) => (
                  <li key={f.id}>
                    <a className="fact-id mono" href={`?page=accuracy#fact-${encodeURIComponent(f.id)}`}>
                      {f.id}
                    </a>{' '}
                    {fact.statement(f)} <cite className="muted">{fact.source(f.source)}</cite>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : (
        <p className="muted">{t('panels.noCall')}</p>
      )}
    </section>
  );
}
