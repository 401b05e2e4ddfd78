/** The object namespace: every named object and which object it names. */
import { useTranslation } from '../useTranslation.ts';
import { selectNamespace } from '../../store/selectors.ts';
import { useApp } from '../app-store.ts';

export function NamespacePanel() {
  const { t } = useTranslation();
  const names = useApp(selectNamespace);
  return (
    <section className="panel namespace" aria-labelledby="ns-h">
      <h2 id="ns-h">{t('panels.namespace')}</h2>
      {names.length === 0 ? <p className="muted">{t('panels.namespaceEmpty')}</p> : null}
      <ul>
        {names.map((n) => (
          <li key={n.name} className="mono">
            {n.name} <span className="muted">→ #{n.objectId}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
