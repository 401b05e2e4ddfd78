/** `?page=handout`: the printable handout, in its own chunk. */
import { lazy, Suspense } from 'react';

const HandoutPage = lazy(() => import('./HandoutPage.tsx'));

export function HandoutRoute() {
  return (
    <Suspense fallback={null}>
      <HandoutPage />
    </Suspense>
  );
}
