/** The application shell: toolbar; code + console left; diagram centre; narration right; timeline bottom. */
import { useDeferredValue, useEffect, useMemo } from 'react';
import { useTranslation } from './useTranslation.ts';
import { layoutShape } from '../layout/shape.ts';
import { selectFollow } from '../store/selectors.ts';
import { AccuracyPage } from './AccuracyPage.tsx';
import { HandoutRoute } from './handout/route.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { useApp } from './app-store.ts';
import { CodePanel } from './code/CodePanel.tsx';
import { HelpOverlay } from './controls/HelpOverlay.tsx';
import { Timeline } from './controls/Timeline.tsx';
import { Toolbar } from './controls/Toolbar.tsx';
import { Diagram } from './diagram/Diagram.tsx';
import { SidePanel } from './side/SidePanel.tsx';
import { EmbedView } from './embed/EmbedView.tsx';
import { StartPage } from './start/StartPage.tsx';
import { embedParams } from './embed/embed-params.ts';
import { useKeyboard } from './useKeyboard.ts';
import './perf.css';

export function App({ page }: { page: 'main' | 'accuracy' | 'handout' }) {
  const theme = useApp((s) => s.theme);
  const fast = useApp((s) => s.speed >= 8);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    // Playing never animates faster than it can be read: at high speed animations are skipped.
    document.documentElement.dataset.fast = String(fast);
  }, [fast]);
  if (page === 'accuracy') return <AccuracyPage />;
  if (page === 'handout') return <HandoutRoute />;
  if (embedParams(location.search)) return <EmbedView />;
  return <Lab />;
}

function Lab() {
  const { t } = useTranslation();
  useKeyboard();
  const present = useApp((s) => s.present);
  // An unknown scenario shows the library as the start page does, with no empty panels beside it.
  const start = useApp((s) => s.status === 'start' || s.status === 'unknown-scenario');
  return (
    <div className={['app', present ? 'present' : '', start ? 'start' : ''].filter(Boolean).join(' ')}>
      <a className="skip" href="#diagram">
        {t('app.skip')}
      </a>
      <Toolbar />
      <ErrorBoundary name="code">
        <CodePanel />
      </ErrorBoundary>
      <ErrorBoundary name="diagram">
        <Centre />
      </ErrorBoundary>
      <ErrorBoundary name="narration">
        <SidePanel />
      </ErrorBoundary>
      <Timeline />
      <HelpOverlay />
    </div>
  );
}

function Centre() {
  const { t } = useTranslation();
  const run = useApp((s) => s.run);
  const status = useApp((s) => s.status);
  const scenarioId = useApp((s) => s.scenarioId);
  const errors = useApp((s) => s.compileErrors);
  const follow = useApp(selectFollow);
  const shape = useMemo(() => (run ? layoutShape(run.shape()) : null), [run]);
  // The first diagram is drawn in a render of its own, in slices after the panels that show the
  // run (installing the first run would otherwise be one long task); once drawn, the diagram
  // follows every new run at once.
  const drawn = useDeferredValue(shape) === null ? null : shape;
  if (drawn) return <Diagram shape={drawn} follow={follow} />;
  return (
    <main className="diagram diagram-empty" id="diagram" data-testid="diagram" aria-label={t('app.diagram')}>
      {status === 'loading' ? <p>{t('app.loading')}</p> : null}
      {status === 'start' ? <StartPage /> : null}
      {status === 'no-simulator' ? <p>{t('app.noSimulator')}</p> : null}
      {status === 'unknown-scenario' ? (
        <>
          <p role="alert" className="unknown-scenario" data-testid="unknown-scenario">
            {t('app.unknownScenario', { id: scenarioId ?? '' })}
          </p>
          <StartPage />
        </>
      ) : null}
      {status === 'compile-error' ? (
        <div role="alert">
          <p>{t('app.compileError')}</p>
          <pre>{errors.join('\n')}</pre>
        </div>
      ) : null}
    </main>
  );
}
