/**
 * What moves after each step: the diagram pans to what the step changed (when following), and
 * rows that CreateProcess or DuplicateHandle copied slide in from their source row. The geometry
 * is src/layout's; this only plays it. Renders nothing; it is a component so that only it, not
 * the whole diagram, re-renders with the step.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { testHex } from '../../i18n/format.ts';
import { changeFocus } from '../../layout/follow.ts';
import type { DiagramLayout, Rect } from '../../layout/positions.ts';
import { scaleRect } from '../../layout/present.ts';
import { rowSlides } from '../../layout/slide.ts';
import type { StepView } from '../../sim/view.ts';
import { selectView } from '../../store/selectors.ts';
import { useApp } from '../app-store.ts';
import { glidesBetween, motionAllowed } from './motion.ts';
import type { ZoomApi } from './useZoom.ts';

const SLIDE_MS = 220;

/** What `view`'s step changed, in stage pixels (the layout is in base units). */
export function focusOf(view: StepView | null, base: DiagramLayout, scale: number): Rect | null {
  const focus = view ? changeFocus(view, base) : null;
  return focus ? scaleRect(focus, scale) : null;
}

interface Props {
  stage: RefObject<HTMLDivElement | null>;
  base: DiagramLayout;
  scale: number;
  zoom: ZoomApi;
  follow: boolean;
}

export function StepMotion({ stage, base, scale, zoom, follow }: Props) {
  const view = useApp(selectView);

  // The step the camera last followed to: one step away it glides, further it lands at once.
  const followed = useRef<number | null>(null);
  useEffect(() => {
    const from = followed.current;
    followed.current = view?.step ?? null;
    if (!follow) return;
    const focus = focusOf(view, base, scale);
    if (focus) zoom.show(focus, !glidesBetween(from, view?.step ?? null) || !motionAllowed());
  }, [view, base, scale, zoom, follow]);

  // Before paint, so a sliding row is never seen in its final place first.
  useLayoutEffect(() => {
    const el = stage.current;
    if (!el || !view || !motionAllowed()) return;
    const played = rowSlides(view, base).flatMap((s) => {
      const row = el.querySelector<HTMLElement>(`[data-testid="handle-${s.pid}-${testHex(s.value)}"]`);
      const wrap = row?.closest<HTMLElement>('.handles-wrap');
      if (!row || !wrap || typeof row.animate !== 'function') return [];
      // The row travels outside its own table on its way in.
      wrap.dataset.sliding = 'true';
      const animation = row.animate(
        // Opaque all the way (over the CSS fade-in of new rows): the row itself travels.
        [
          { transform: `translate(${s.dx * scale}px, ${s.dy * scale}px)`, opacity: 1 },
          { transform: 'none', opacity: 1 },
        ],
        { duration: SLIDE_MS, easing: 'cubic-bezier(0.2, 0.7, 0.3, 1)' },
      );
      animation.id = 'row-slide';
      const done = () => delete wrap.dataset.sliding;
      animation.addEventListener('finish', done);
      animation.addEventListener('cancel', done);
      return [animation];
    });
    return () => played.forEach((a) => a.cancel());
  }, [view, base, scale, stage]);

  return null;
}
