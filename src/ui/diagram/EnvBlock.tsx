/** A process's environment block, collapsed by default; opens as an overlay so the card keeps its size. */
import { useTranslation } from 'react-i18next';
import type { ProcessView } from '../../sim/view.ts';

export function EnvBlock({ p }: { p: ProcessView }) {
  const { t } = useTranslation();
  const origin =
    p.environmentFromParent && p.parentPid !== null
      ? t('process.envCopied', { pid: p.parentPid })
      : t('process.envOwn');
  return (
    <details className="env">
      <summary>
        {t('process.env', { count: p.environment.length })} <span className="muted">· {origin}</span>
      </summary>
      <dl className="env-body">
        {p.environment.map((v) => (
          <div key={v.name}>
            <dt className="mono">{v.name}</dt>
            <dd className="mono">{v.value}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
