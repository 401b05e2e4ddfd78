/** The tutorial panel for the side column, loaded in its own chunk (concepts and texts are not needed for the first paint). */
import { lazy, Suspense } from 'react';

const TutorialPanel = lazy(() => import('./TutorialPanel.tsx').then((m) => ({ default: m.TutorialPanel })));

export function Tutorial() {
  return (
    <Suspense fallback={null}>
      <TutorialPanel />
    </Suspense>
  );
}
