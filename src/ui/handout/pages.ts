/**
 * Which steps a handout prints. Every page is a rendered diagram, built in one go before printing:
 * a run at the step limit would ask for 100,001 of them and hang the page, so a handout prints at
 * most MAX_PAGES. Past that it keeps the steps that say most: the first, the last, and those the
 * timeline marks (API calls, blocks, exits), thinned evenly if they are still too many. Pure.
 */

/** The most pages a handout prints. */
export const MAX_PAGES = 200;

/** `wanted` (ascending steps) when it fits; otherwise the marked ones among them, at most `max`. */
export function pageSteps(
  wanted: readonly number[],
  marked: readonly number[],
  max: number = MAX_PAGES,
): number[] {
  if (wanted.length <= max) return [...wanted];
  const wantedSet = new Set(wanted);
  const first = wanted[0];
  const last = wanted[wanted.length - 1];
  const keys = [...new Set([first, ...marked, last])]
    .filter((s): s is number => s !== undefined && wantedSet.has(s))
    .sort((a, b) => a - b);
  const pool = keys.length >= 2 ? keys : [...wanted];
  if (pool.length <= max) return pool;
  // Evenly through the pool, the first and the last always in.
  const picked = Array.from(
    { length: max },
    (_, i) => pool[Math.round((i * (pool.length - 1)) / (max - 1))]!,
  );
  return [...new Set(picked)];
}
