/**
 * The tutorial panel for the side column, loaded in its own chunk (concepts and texts are not
 * needed for the first paint). The chunk is fetched as soon as the app starts, beside the
 * simulator, and the panel is drawn in the same commit as the rest of the column once both are
 * there (no Suspense: its fallback would be revealed late and push the panels below it down).
 */
import { useEffect, useState } from 'react';
import type { TutorialPanel as Panel } from './TutorialPanel.tsx';

let loaded: typeof Panel | null = null;
let settled = false;
const loading = import('./TutorialPanel.tsx')
  .then((m) => {
    loaded = m.TutorialPanel;
  })
  .catch((error: unknown) => console.warn('tutorial failed to load', error))
  .finally(() => {
    settled = true;
  });

/** Settles once the tutorial chunk has loaded (or failed to). */
export const tutorialReady: Promise<void> = loading;

/** True once the tutorial chunk has loaded (or failed to: the column then goes without it). */
export function useTutorialLoaded(): boolean {
  const [done, setDone] = useState(settled);
  useEffect(() => {
    if (!done) void loading.then(() => setDone(true));
  }, [done]);
  return done;
}

export function Tutorial() {
  const done = useTutorialLoaded();
  const TutorialPanel = done ? loaded : null;
  return TutorialPanel ? <TutorialPanel /> : null;
}
