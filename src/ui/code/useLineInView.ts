/**
 * Keeps a code box's marked line in view without reading layout on a step. Reading `offsetTop` or
 * `scrollTop` right after React's commit forces the browser to lay the whole page out at once, in
 * the middle of the press (about 1.5 ms a step on the 8-process bench run). The geometry it needs
 * is instead kept as it changes: the box's height and the lines' height from ResizeObservers
 * (which run after the browser's own layout, when reading is free), the scroll position from
 * scroll events. Lines never wrap (`white-space: pre`), so a line's top is its index times the
 * line height.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { lineScrollTop, type LineGeometry } from './line-scroll.ts';

/** Scrolls `el` so that line `n` is in view, when it is not; remembers where it scrolled to. */
function reveal(el: HTMLElement, g: LineGeometry | null, n: number | null, scrollTop: { current: number }) {
  if (!g || n === null) return;
  const top = lineScrollTop(g, n, scrollTop.current);
  if (top === null) return;
  el.scrollTop = top;
  scrollTop.current = top;
}

export function useLineInView(
  box: RefObject<HTMLElement | null>,
  list: RefObject<HTMLElement | null>,
  lineCount: number,
  line: number | null,
  /** The panel is hidden (another process's tab is shown): nothing is scrolled until it shows. */
  hidden: boolean,
): void {
  const geo = useRef<LineGeometry | null>(null);
  const scrollTop = useRef(0);
  const lineRef = useRef(line);
  const hiddenRef = useRef(hidden);

  useLayoutEffect(() => {
    const el = box.current;
    const ol = list.current;
    if (!el || !ol || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      // Inside a ResizeObserver callback layout is up to date: these reads cost nothing.
      const was = geo.current;
      geo.current =
        el.clientHeight > 0 && lineCount > 0
          ? {
              boxHeight: el.clientHeight,
              listTop: ol.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop,
              lineHeight: ol.offsetHeight / lineCount,
              lineCount,
            }
          : null;
      scrollTop.current = el.scrollTop;
      // Only a first measure or new line heights (presenter mode's larger type) bring the line
      // back into view; a resized window keeps the reader's own scrolling.
      if (!hiddenRef.current && (was === null || was.lineHeight !== geo.current?.lineHeight))
        reveal(el, geo.current, lineRef.current, scrollTop);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    observer.observe(ol);
    const onScroll = () => {
      scrollTop.current = el.scrollTop;
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', onScroll);
    };
  }, [box, list, lineCount]);

  useEffect(() => {
    lineRef.current = line;
    hiddenRef.current = hidden;
    // Skipped while hidden (a hidden box does not lay out: a scroll would force it to). Shown
    // again, the line is brought into view from the position last known, which nothing changed
    // meanwhile; a panel never shown before is measured, and revealed, by its ResizeObserver.
    const el = box.current;
    if (!el || hidden) return;
    reveal(el, geo.current, line, scrollTop);
  }, [box, line, hidden]);
}
