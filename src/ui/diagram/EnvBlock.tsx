/** A process's environment block, collapsed by default; opens as an overlay so the card keeps its size. */
import { memo } from 'react';
import { useTranslation } from '../useTranslation.ts';
import type { ProcessView } from '../../sim/view.ts';

interface Props {
  environment: ProcessView['environment'];
  fromParent: boolean;
  parentPid: number | null;
}

export const EnvBlock = memo(function EnvBlock({ environment, fromParent, parentPid }: Props) {
  const { t } = useTranslation();
  const origin =
    fromParent && parentPid !== null ? t('process.envCopied', { pid: parentPid }) : t('process.envOwn');
  return (
    <details className="env">
      <summary>
        {t('process.env', { count: environment.length })} <span className="muted">· {origin}</span>
      </summary>
      <dl className="env-body">
        {environment.map((v) => (
          <div key={v.name}>
            <dt className="mono">{v.name}</dt>
            <dd className="mono">{v.value}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
});
