/**
 * Value equality for view records. The simulator may build fresh objects for every step; memoized
 * components compare by value so a card whose content did not change does not re-render.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** A `memo` comparator: every prop equal by value. */
export function sameProps<P extends object>(a: P, b: P): boolean {
  const keys = Object.keys(a) as (keyof P)[];
  return keys.length === Object.keys(b).length && keys.every((k) => sameValue(a[k], b[k]));
}
