/**
 * Pan and zoom with d3-zoom. d3 owns only the wrapper's transform (no data joins in React's DOM).
 * "Fit" scales the whole run's layout into the viewport. The first view of a layout is the fit,
 * except where text must stay readable (presenter mode, a narrow screen): there it is drawn at a
 * readable zoom (presenter: full size), centred on what changed, unless the whole diagram
 * already fits at that size. `show` brings a part of the
 * diagram into view (following the change) at the zoom the user prefers, zooming out only when
 * that part does not fit. The first view is set before the browser paints (never drawn unfitted).
 */
import { easeCubicOut } from 'd3-ease';
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom as d3zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { FIT_EVENT, ZOOM_EVENT } from '../useKeyboard.ts';
import type { DiagramLayout, Rect } from '../../layout/positions.ts';
import { fitTransform } from '../../layout/fit.ts';
import { followTransform, type ViewTransform } from '../../layout/follow.ts';

export interface ZoomApi {
  fit(): void;
  zoomBy(factor: number): void;
  /** Brings `focus` (stage pixels) into view; animated over 200 ms unless `instant`. */
  show(focus: Rect, instant: boolean): void;
}

export interface ZoomOptions {
  /** Keep text readable (presenter mode, a narrow screen) instead of fitting the whole diagram:
   *  the first view is at `readableK`, on what changed. */
  readonly readable: boolean;
  readonly readableK: number;
  /** Following may zoom out to show a change whole, down to the fit (presenter), or not below
   *  the readable zoom at all (a narrow screen: it shows the middle of a wide change instead). */
  readonly zoomOut: 'to-fit' | 'never';
  /** What to centre the first readable view on (what the current step changed). */
  readonly focusNow: () => Rect | null;
}

const PAN_MS = 200;

/** Returns refs for the viewport (receives gestures) and the stage (gets the transform). */
export function useZoom(layout: DiagramLayout, { readable, readableK, zoomOut, focusNow }: ZoomOptions) {
  const viewport = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const behavior = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  /** The zoom the user last chose (wheel, buttons, keys, fit); following returns to it. */
  const preferredK = useRef(1);
  const focusRef = useRef(focusNow);
  useLayoutEffect(() => {
    focusRef.current = focusNow;
  });

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
      .on('zoom', (event: { transform: ViewTransform; sourceEvent: unknown }) => {
        const { x, y, k } = event.transform;
        if (stage.current) stage.current.style.transform = `translate(${x}px, ${y}px) scale(${k})`;
        if (event.sourceEvent) preferredK.current = k;
      });
    behavior.current = z;
    select(el).call(z);
    return () => {
      select(el).interrupt().on('.zoom', null);
    };
  }, []);

  const apply = useCallback((t: ViewTransform, instant: boolean) => {
    const el = viewport.current;
    const z = behavior.current;
    if (!el || !z) return;
    const target = zoomIdentity.translate(t.x, t.y).scale(t.k);
    const sel = select(el).interrupt();
    if (instant) sel.call(z.transform, target);
    else sel.transition().duration(PAN_MS).ease(easeCubicOut).call(z.transform, target);
  }, []);

  const fitNow = useCallback(() => {
    const el = viewport.current;
    return el ? fitTransform(layout, el.clientWidth, el.clientHeight) : null;
  }, [layout]);

  const fit = useCallback(() => {
    const f = fitNow();
    if (!f) return;
    preferredK.current = f.k;
    apply(f, true);
  }, [fitNow, apply]);

  const show = useCallback(
    (focus: Rect, instant: boolean) => {
      const el = viewport.current;
      const f = fitNow();
      if (!el || !f) return;
      const size = { width: el.clientWidth, height: el.clientHeight };
      const minK = zoomOut === 'never' ? preferredK.current : Math.min(f.k, preferredK.current);
      const t = followTransform(zoomTransform(el), focus, size, { preferredK: preferredK.current, minK });
      if (t) apply(t, instant);
    },
    [fitNow, apply, zoomOut],
  );

  /** The layout's first view (and after a resize): fit, or readable text at the change. */
  const reset = useCallback(() => {
    const el = viewport.current;
    const f = fitNow();
    if (!el || !f) return;
    if (!readable || f.k >= readableK) return fit();
    preferredK.current = readableK;
    const focus = focusRef.current();
    const size = { width: el.clientWidth, height: el.clientHeight };
    const minK = zoomOut === 'never' ? readableK : f.k;
    const t = focus ? followTransform(f, focus, size, { preferredK: readableK, minK }) : null;
    apply(t ?? { x: 8, y: 8, k: readableK }, true);
  }, [readable, readableK, zoomOut, fitNow, fit, apply]);

  const zoomBy = useCallback((factor: number) => {
    const el = viewport.current;
    const z = behavior.current;
    if (!el || !z) return;
    select(el).interrupt().call(z.scaleBy, factor);
    preferredK.current = zoomTransform(el).k;
  }, []);

  useLayoutEffect(() => {
    reset();
    const el = viewport.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => reset());
    observer.observe(el);
    const onZoom = (e: Event) => {
      if (e instanceof CustomEvent && typeof e.detail === 'number') zoomBy(e.detail);
    };
    window.addEventListener(FIT_EVENT, fit);
    window.addEventListener(ZOOM_EVENT, onZoom);
    return () => {
      observer.disconnect();
      window.removeEventListener(FIT_EVENT, fit);
      window.removeEventListener(ZOOM_EVENT, onZoom);
    };
  }, [reset, fit, zoomBy]);

  const api: ZoomApi = useMemo(() => ({ fit, zoomBy, show }), [fit, zoomBy, show]);
  return { viewport, stage, api };
}
