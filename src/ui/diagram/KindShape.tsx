/** The icon-sized shape of an object kind: filled when signaled, outlined when not. */
import { memo } from 'react';
import type { ObjectKindName } from '../../sim/view.ts';

const PATHS: Record<ObjectKindName, string> = {
  process: 'M9 1a8 8 0 1 1 0 16a8 8 0 1 1 0-16z',
  thread: 'M9 1l8 8l-8 8l-8-8z',
  mailslot: 'M1 4h16v11h-16z M1 4l8 6l8-6',
  pipe: 'M5 4h8a5 5 0 0 1 0 10h-8a5 5 0 0 1 0-10z',
  'named-pipe': 'M5 2h8l4 7l-4 7h-8l-4-7z',
  file: 'M3 1h8l4 4v12h-12z',
};

/** Memoized: a card re-rendered for a new usage count keeps its shape as it is. */
export const KindShape = memo(function KindShape({
  kind,
  filled,
}: {
  kind: ObjectKindName;
  filled: boolean;
}) {
  return (
    <svg
      className={filled ? 'kind-shape filled' : 'kind-shape'}
      width="18"
      height="18"
      viewBox="0 0 18 18"
      aria-hidden="true"
    >
      <path d={PATHS[kind]} />
    </svg>
  );
});
