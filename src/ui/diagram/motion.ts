/** When the diagram may move: never under prefers-reduced-motion, nor while playing fast. */
export function motionAllowed(): boolean {
  return !reducedMotion()?.matches && document.documentElement.dataset.fast !== 'true';
}

let query: MediaQueryList | null | undefined;

/** The media query, asked for once: its `matches` follows the setting live, and matchMedia
 *  itself costs tens of microseconds, which a step would pay every time. */
function reducedMotion(): MediaQueryList | null {
  if (query === undefined)
    query = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
  return query;
}
