/**
 * The diagram: user mode above a boundary line, kernel mode below, arrows underneath. Positions
 * come from the run's shape (stable for the whole run); pan and zoom by d3-zoom on a wrapper.
 */
import { memo, useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from '../useTranslation.ts';
import { arrowsForStep } from '../../layout/arrows.ts';
import { NARROW_K, tooLargeToFit } from '../../layout/fit.ts';
import { layoutDiagram, type DiagramLayout } from '../../layout/positions.ts';
import { PRESENT_SCALE, scaleArrows, scaleLayout } from '../../layout/present.ts';
import type { RunShape } from '../../layout/shape.ts';
import { selectView } from '../../store/selectors.ts';
import { appStore, useApp } from '../app-store.ts';
import { ArrowLayer } from './ArrowLayer.tsx';
import { ObjectCard } from './ObjectCard.tsx';
import { ProcessCard } from './ProcessCard.tsx';
import { StdLinkLayer } from './StdLinkLayer.tsx';
import { useZoom } from './useZoom.ts';
import { ZoomControls } from './ZoomControls.tsx';
import { DeadlockBanner } from './DeadlockBanner.tsx';
import { focusOf, StepMotion } from './StepMotion.tsx';

interface Props {
  shape: RunShape;
  layout: DiagramLayout;
}

interface Size {
  width: number;
  height: number;
}

/** `follow`: whether the diagram follows the change (the lab passes it; other pages never follow).
 *  `whole`: always fitted whole, however small (a printed handout), never zoomed to readable text
 *  on the change as a narrow screen is. */
export function Diagram({
  shape,
  follow,
  whole = false,
}: {
  shape: RunShape;
  follow?: boolean | undefined;
  whole?: boolean;
}) {
  const { t } = useTranslation();
  const [size, setSize] = useState<Size | null>(null);
  const present = useApp((s) => s.present);
  const scale = present ? PRESENT_SCALE : 1;
  // Laid out in base units, drawn `scale` times larger (presenter mode: 20 px text, 3 px arrows,
  // and the cards' variables folded away so that a card and its objects fit a projector's height).
  // A screen too narrow to fit the whole readably (a phone) is treated like a projector: cards
  // laid out for full size, the first view readable and on the change.
  const { base, narrow } = useMemo(() => {
    const room = size ? { width: size.width / scale, height: size.height / scale } : undefined;
    const fitted = layoutDiagram(shape, room, { variables: !present, fullSize: present });
    const tooLarge = !present && !whole && size !== null && tooLargeToFit(fitted, size.width, size.height);
    return {
      base: tooLarge ? layoutDiagram(shape, room, { fullSize: true }) : fitted,
      narrow: tooLarge,
    };
  }, [shape, size, present, scale, whole]);
  const layout = useMemo(() => scaleLayout(base, scale), [base, scale]);
  const focusNow = useCallback(() => focusOf(appStore.getState().view, base, scale), [base, scale]);
  const { viewport, stage, api } = useZoom(layout, {
    readable: present || narrow,
    readableK: present ? 1 : NARROW_K,
    zoomOut: narrow ? 'never' : 'to-fit',
    focusNow,
  });
  // Measured before the first paint, so the cards are drawn where they stay (no layout shift).
  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () =>
      setSize((old) =>
        old && Math.abs(old.width - el.clientWidth) < 8 && Math.abs(old.height - el.clientHeight) < 8
          ? old
          : { width: el.clientWidth, height: el.clientHeight },
      );
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [viewport]);
  return (
    <main className="diagram" id="diagram" aria-label={t('app.diagram')} data-testid="diagram" tabIndex={-1}>
      <h2 className="sr-only diagram-heading">{t('app.diagram')}</h2>
      <DeadlockBanner />
      <div className="viewport-box">
        <div className="viewport" ref={viewport}>
          <div
            className="stage"
            ref={stage}
            style={{ width: layout.width, height: layout.height, ['--u' as string]: `${scale}px` }}
          >
            <Boundary layout={layout} />
            <Arrows base={base} scale={scale} layout={layout} />
            <StdLinkLayer base={base} scale={scale} />
            <Cards shape={shape} layout={layout} />
          </div>
        </div>
        {/* In the viewport's corner, under the deadlock banner when there is one. */}
        <ZoomControls zoom={api} follow={follow} />
      </div>
      <StepMotion stage={stage} base={base} scale={scale} zoom={api} follow={follow ?? false} />
    </main>
  );
}

const Boundary = memo(function Boundary({ layout }: { layout: DiagramLayout }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="mode-label user" style={{ top: 8 }}>
        {t('modes.user')}
      </div>
      <div
        className="boundary"
        style={{ top: layout.boundaryY, width: layout.width }}
        role="separator"
        aria-label={t('modes.boundary')}
      />
      <div className="mode-label kernel" style={{ top: layout.boundaryY + 6 }}>
        {t('modes.kernel')}
      </div>
    </>
  );
});

function Arrows({ base, scale, layout }: { base: DiagramLayout; scale: number; layout: DiagramLayout }) {
  const view = useApp(selectView);
  const arrows = useMemo(
    () => (view ? scaleArrows(arrowsForStep(view, base), scale) : []),
    [view, base, scale],
  );
  return <ArrowLayer arrows={arrows} width={layout.width} height={layout.height} />;
}

/** A card for every process and object of the run, each in its fixed slot; a card hides itself
 *  at the steps where its process or object does not exist. */
function Cards({ shape, layout }: Props) {
  const cycle = useApp((s) => (s.view?.end?.reason === 'deadlock' ? s.view.end.cycle : null));
  const cyclePids = useMemo(() => new Set(cycle?.map((c) => c.pid)), [cycle]);
  const cycleObjects = useMemo(() => new Set(cycle?.map((c) => c.objectId)), [cycle]);
  return (
    <>
      <div className="user-space">
        {shape.pids.map((pid) => {
          const rect = layout.processes.get(pid);
          return rect ? (
            <ProcessCard
              key={pid}
              pid={pid}
              rect={rect}
              rows={shape.maxRows.get(pid) ?? 0}
              vars={shape.maxVars.get(pid) ?? 0}
              inCycle={cyclePids.has(pid)}
              std={shape.std}
            />
          ) : null;
        })}
      </div>
      <div className="kernel-space">
        {shape.objects.map(({ id }) => {
          const rect = layout.objects.get(id);
          return rect ? <ObjectCard key={id} id={id} rect={rect} inCycle={cycleObjects.has(id)} /> : null;
        })}
      </div>
    </>
  );
}
