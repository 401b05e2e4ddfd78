/** Right column: narration, the API card, the namespace (and, in presenter mode, a theme hint). */
import { ApiCard } from './ApiCard.tsx';
import { ContrastHint } from './ContrastHint.tsx';
import { Narration } from './Narration.tsx';
import { NamespacePanel } from './NamespacePanel.tsx';
import { Tutorial } from '../tutorial/index.tsx';

export function SidePanel() {
  return (
    <aside className="right">
      <ContrastHint />
      <Tutorial />
      <Narration />
      <ApiCard />
      <NamespacePanel />
    </aside>
  );
}
