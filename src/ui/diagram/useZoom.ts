/**
 * Pan and zoom with d3-zoom. d3 owns only the wrapper's transform (no data joins in React's DOM);
 * "fit" scales the whole run's layout into the viewport, and runs when the layout changes, before
 * the browser paints (so the diagram is never drawn unfitted first).
 */
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { FIT_EVENT } from '../useKeyboard.ts';
import type { DiagramLayout } from '../../layout/positions.ts';
import { fitTransform } from '../../layout/fit.ts';

export interface ZoomApi {
  fit(): void;
  zoomBy(factor: number): void;
}

/** Returns refs for the viewport (receives gestures) and the stage (gets the transform). */
export function useZoom(layout: DiagramLayout) {
  const viewport = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const behavior = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);

  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const z = d3zoom<HTMLDivElement, unknown>()
      .scaleExtent([0.2, 4])
      .filter(
        (event: Event) =>
          event.type !== 'dblclick' &&
          !(event.target instanceof Element && event.target.closest('button, summary, input, select, a')),
      )
      .on('zoom', (event: { transform: { x: number; y: number; k: number } }) => {
        const { x, y, k } = event.transform;
        if (stage.current) stage.current.style.transform = `translate(${x}px, ${y}px) scale(${k})`;
      });
    behavior.current = z;
    select(el).call(z);
    return () => {
      select(el).on('.zoom', null);
    };
  }, []);

  const fit = useCallback(() => {
    const el = viewport.current;
    const z = behavior.current;
    if (!el || !z) return;
    const { x, y, k } = fitTransform(layout, el.clientWidth, el.clientHeight);
    select(el).call(z.transform, zoomIdentity.translate(x, y).scale(k));
  }, [layout]);

  const zoomBy = useCallback((factor: number) => {
    const el = viewport.current;
    if (el && behavior.current) select(el).call(behavior.current.scaleBy, factor);
  }, []);

  useLayoutEffect(() => {
    fit();
    const el = viewport.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => fit());
    observer.observe(el);
    window.addEventListener(FIT_EVENT, fit);
    return () => {
      observer.disconnect();
      window.removeEventListener(FIT_EVENT, fit);
    };
  }, [fit]);

  const api: ZoomApi = useMemo(() => ({ fit, zoomBy }), [fit, zoomBy]);
  return { viewport, stage, api };
}
