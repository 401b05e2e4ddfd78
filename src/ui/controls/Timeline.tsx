/** The timeline: a slider over every step with ticks for API calls, blocks, exits, console input
 *  and faults. */
import { memo, useMemo } from 'react';
import { useTranslation } from '../useTranslation.ts';
import { timelineTicks } from '../../layout/timeline.ts';
import { selectLength, selectMarkers, selectStep } from '../../store/selectors.ts';
import type { MarkerKind, TimelineMarker } from '../../sim/run-api.ts';
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
        disabled={total === 0}
      />
      <Legend markers={markers} />
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

/** Always API calls, blocks and exits; console input and faults only in a run that has them. */
const ALWAYS: readonly MarkerKind[] = ['api', 'block', 'exit'];
const SOMETIMES: readonly MarkerKind[] = ['input', 'fault'];

const Legend = memo(function Legend({ markers }: { markers: readonly TimelineMarker[] }) {
  const { t } = useTranslation();
  const kinds = [...ALWAYS, ...SOMETIMES.filter((k) => markers.some((m) => m.kind === k))];
  return (
    <ul className="legend" aria-hidden="true">
      {kinds.map((k) => (
        <li key={k} data-kind={k}>
          <span className={`sw t-${k}`}>▮</span> {t(`markers.${k}`)}
        </li>
      ))}
    </ul>
  );
});
