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

/**
 * Whether the diagram glides to what a move of the cursor changed: only for one step forward or
 * back. A jump (Home, End, the timeline, a link) lands at once, as jumping is meant to be instant,
 * and a pan across a jump would make the browser draw the whole diagram again in every frame of
 * it. (Whether motion is allowed at all is `motionAllowed`'s to say.)
 */
export function glidesBetween(from: number | null, to: number | null): boolean {
  return from !== null && to !== null && Math.abs(to - from) === 1;
}
