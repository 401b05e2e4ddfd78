/** Right column: narration, the API card, the namespace (and, in presenter mode, a theme hint). */
import { useApp } from '../app-store.ts';
import { ApiCard } from './ApiCard.tsx';
import { ContrastHint } from './ContrastHint.tsx';
import { Narration } from './Narration.tsx';
import { NamespacePanel } from './NamespacePanel.tsx';
import { Tutorial, useTutorialLoaded } from '../tutorial/index.tsx';

export function SidePanel() {
  // The tutorial shows as soon as the scenario is known, the panels under it once its run is:
  // nothing drawn is pushed down by what comes later (no layout shift). Both wait for the
  // tutorial's chunk, so that it never arrives above panels already drawn.
  const tutorialLoaded = useTutorialLoaded();
  const named = useApp((s) => s.scenarioId !== null || s.status !== 'loading');
  const running = useApp((s) => s.status !== 'loading');
  return (
    <aside className="right">
      <ContrastHint />
      {tutorialLoaded && named ? <Tutorial /> : null}
      {tutorialLoaded && running ? (
        <>
          <Narration />
          <ApiCard />
          <NamespacePanel />
        </>
      ) : null}
    </aside>
  );
}
