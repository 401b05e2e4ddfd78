/** The SVG layer under the cards: handle arrows, inheritance and duplication, waits, creation links. */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Arrow } from '../../layout/arrows.ts';
import { testHex } from '../../i18n/format.ts';

interface Props {
  arrows: readonly Arrow[];
  width: number;
  height: number;
}

/** The words on arrows, looked up once for the layer rather than per arrow. */
interface Labels {
  wait: string;
  inherit: string;
  duplicate: string;
}

export const ArrowLayer = memo(function ArrowLayer({ arrows, width, height }: Props) {
  const { t } = useTranslation();
  const labels = useMemo(
    () => ({
      wait: `◔ ${t('arrows.wait')}`,
      inherit: t('arrows.inherited'),
      duplicate: t('arrows.duplicated'),
    }),
    [t],
  );
  return (
    <svg className="arrows" width={width} height={height} aria-hidden="true">
      <defs>
        <marker
          id="head"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0 0L10 5L0 10z" className="head" />
        </marker>
        <marker id="dot" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="6" markerHeight="6">
          <circle cx="5" cy="5" r="4" className="head" />
        </marker>
        <marker
          id="head-open"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="8"
          markerHeight="8"
          orient="auto-start-reverse"
        >
          <path d="M0 0L10 5L0 10" className="head-open" />
        </marker>
      </defs>
      {arrows.map((a) => (
        <ArrowPath key={a.key} arrow={a} labels={labels} />
      ))}
    </svg>
  );
});

interface PathProps {
  arrow: Arrow;
  labels: Labels;
}

const sameArrow = (p: PathProps, n: PathProps) =>
  p.labels === n.labels &&
  p.arrow.d === n.arrow.d &&
  p.arrow.changed === n.arrow.changed &&
  p.arrow.inCycle === n.arrow.inCycle &&
  p.arrow.objectId === n.arrow.objectId;

const ArrowPath = memo(function ArrowPath({ arrow: a, labels }: PathProps) {
  const testId =
    a.kind === 'handle' && a.pid !== undefined && a.value !== undefined
      ? `arrow-${a.pid}-${testHex(a.value)}`
      : undefined;
  const cls = ['arrow', `a-${a.kind}`, a.changed ? 'changed' : '', a.inCycle ? 'in-cycle' : '']
    .filter(Boolean)
    .join(' ');
  const start = a.kind === 'duplicate' ? 'url(#dot)' : undefined;
  return (
    <g className={cls}>
      <path
        d={a.d}
        data-testid={testId}
        data-object-id={a.objectId}
        markerEnd={a.kind === 'create' ? 'url(#head-open)' : 'url(#head)'}
        markerStart={start}
      />
      {a.labelAt && a.kind !== 'handle' ? (
        <text
          x={a.labelAt[0]}
          y={a.labelAt[1]}
          className="arrow-label"
          textAnchor={a.kind === 'wait' ? 'start' : 'middle'}
          transform={a.labelVertical ? `rotate(-90 ${a.labelAt[0]} ${a.labelAt[1]})` : undefined}
        >
          {a.kind === 'wait' ? labels.wait : a.kind === 'inherit' ? labels.inherit : labels.duplicate}
        </text>
      ) : null}
    </g>
  );
}, sameArrow);
