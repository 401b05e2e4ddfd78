/** The timeline: a slider over every step with ticks for API calls, blocks and exits. */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { timelineTicks } from '../../layout/timeline.ts';
import { selectLength, selectMarkers, selectStep } from '../../store/selectors.ts';
import type { TimelineMarker } from '../../sim/run-api.ts';
import { actions, useApp } from '../app-store.ts';

export function Timeline() {
  const { t } = useTranslation();
  const step = useApp(selectStep);
  const total = useApp(selectLength);
  const markers = useApp(selectMarkers);
  return (
    <footer className="timeline-bar">
      <Ticks markers={markers} total={total} />
      <input
        type="range"
        min={0}
        max={total}
        value={step}
        step={1}
        data-testid="timeline"
        aria-label={t('controls.timeline', { step, total })}
        aria-valuetext={t('controls.stepCounter', { step, total })}
        onChange={(e) => actions().setStep(Number(e.target.value))}
        onKeyDown={(e) => e.stopPropagation()}
        disabled={total === 0}
      />
      <Legend />
    </footer>
  );
}

const Ticks = memo(function Ticks({ markers, total }: { markers: readonly TimelineMarker[]; total: number }) {
  const paths = useMemo(() => timelineTicks(markers, total, 1000), [markers, total]);
  return (
    <svg className="ticks" viewBox="0 0 1000 14" preserveAspectRatio="none" aria-hidden="true">
      {paths.map((p) => (
        <path key={p.kind} d={p.d} className={`tick t-${p.kind}`} />
      ))}
    </svg>
  );
});

function Legend() {
  const { t } = useTranslation();
  return (
    <ul className="legend" aria-hidden="true">
      <li>
        <span className="sw t-api">▮</span> {t('markers.api')}
      </li>
      <li>
        <span className="sw t-block">▮</span> {t('markers.block')}
      </li>
      <li>
        <span className="sw t-exit">▮</span> {t('markers.exit')}
      </li>
    </ul>
  );
}
