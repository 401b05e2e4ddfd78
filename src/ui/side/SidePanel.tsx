/** Right column: narration, the API card, the namespace. */
import { useApp } from '../app-store.ts';
import { ApiCard } from './ApiCard.tsx';
import { Narration } from './Narration.tsx';
import { NamespacePanel } from './NamespacePanel.tsx';
import { Tutorial, useTutorialLoaded } from '../tutorial/index.tsx';

export function SidePanel() {
  // Drawn once the simulator and the tutorial have loaded, all at once: panels drawn earlier would
  // be pushed down when the tutorial above them arrives (a layout shift).
  const simulatorLoading = useApp((s) => s.status === 'loading');
  const tutorialLoaded = useTutorialLoaded();
  const loading = simulatorLoading || !tutorialLoaded;
  return (
    <aside className="right">
      {loading ? null : (
        <>
          <Tutorial />
          <Narration />
          <ApiCard />
          <NamespacePanel />
        </>
      )}
    </aside>
  );
}
