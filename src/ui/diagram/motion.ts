/** When the diagram may move: never under prefers-reduced-motion, nor while playing fast. */
export function motionAllowed(): boolean {
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return !reduced && document.documentElement.dataset.fast !== 'true';
}
