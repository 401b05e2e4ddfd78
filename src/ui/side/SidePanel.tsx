/** Right column: narration, the API card, the namespace. */
import { ApiCard } from './ApiCard.tsx';
import { Narration } from './Narration.tsx';
import { NamespacePanel } from './NamespacePanel.tsx';
import { Tutorial } from '../tutorial/index.tsx';

export function SidePanel() {
  return (
    <aside className="right">
      <Tutorial />
      <Narration />
      <ApiCard />
      <NamespacePanel />
    </aside>
  );
}
