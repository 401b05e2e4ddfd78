/** The SVG layer under the cards: handle arrows, inheritance and duplication, waits, creation links. */
import { memo, useMemo } from 'react';
import { useTranslation } from '../useTranslation.ts';
import type { Arrow } from '../../layout/arrows.ts';
import { testHex } from '../../i18n/format.ts';

interface Props {
  arrows: readonly Arrow[];
  width: number;
  height: number;
}

/** The words on arrows, by the kinds that carry one, looked up once for the layer rather than
 *  per arrow. */
type Labels = Readonly<Record<'wait' | 'suspend' | 'inherit' | 'duplicate', string>>;

export const ArrowLayer = memo(function ArrowLayer({ arrows, width, height }: Props) {
  const { t } = useTranslation();
  const labels = useMemo(
    () => ({
      wait: `◔ ${t('arrows.wait')}`,
      suspend: `‖ ${t('arrows.suspended')}`,
      inherit: t('arrows.inherited'),
      duplicate: t('arrows.duplicated'),
    }),
    [t],
  );
  const labelled = useMemo(() => arrows.filter((a) => a.labelAt && a.kind !== 'handle'), [arrows]);
  return (
    <>
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
          <ArrowPath key={a.key} arrow={a} />
        ))}
      </svg>
      {/* Labels over the cards, so that a card never hides one. */}
      <svg className="arrows arrow-labels" width={width} height={height} aria-hidden="true">
        {labelled.map((a) => (
          <ArrowLabel key={a.key} arrow={a} labels={labels} />
        ))}
      </svg>
    </>
  );
});

const sameArrow = (p: { arrow: Arrow }, n: { arrow: Arrow }) =>
  p.arrow.d === n.arrow.d &&
  p.arrow.changed === n.arrow.changed &&
  p.arrow.inCycle === n.arrow.inCycle &&
  p.arrow.objectId === n.arrow.objectId;

const ArrowPath = memo(function ArrowPath({ arrow: a }: { arrow: Arrow }) {
  const testId =
    a.kind === 'handle' && a.pid !== undefined && a.value !== undefined
      ? `arrow-${a.pid}-${testHex(a.value)}`
      : a.kind === 'suspend' && a.pid !== undefined
        ? `suspend-arrow-${a.pid}`
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
    </g>
  );
}, sameArrow);

interface LabelProps {
  arrow: Arrow;
  labels: Labels;
}

const ArrowLabel = memo(
  function ArrowLabel({ arrow: a, labels }: LabelProps) {
    if (!a.labelAt) return null;
    const [x, y] = a.labelAt;
    return (
      <text
        x={x}
        y={y}
        className={`arrow-label l-${a.kind}${a.inCycle ? ' in-cycle' : ''}`}
        textAnchor={a.kind === 'wait' || a.kind === 'suspend' ? 'start' : 'middle'}
        transform={a.labelVertical ? `rotate(-90 ${x} ${y})` : undefined}
      >
        {a.kind in labels ? labels[a.kind as keyof Labels] : labels.duplicate}
      </text>
    );
  },
  (p, n) =>
    p.labels === n.labels &&
    p.arrow.kind === n.arrow.kind &&
    p.arrow.inCycle === n.arrow.inCycle &&
    p.arrow.labelVertical === n.arrow.labelVertical &&
    p.arrow.labelAt?.[0] === n.arrow.labelAt?.[0] &&
    p.arrow.labelAt?.[1] === n.arrow.labelAt?.[1],
);
