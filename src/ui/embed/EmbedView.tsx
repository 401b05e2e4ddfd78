/**
 * The embed view (`?embed=1`): diagram, code and step controls only, for an iframe in a course
 * page. Shortcuts listen on this view's root, not on the window, so they act only when focus is
 * inside the app and never take the host page's keys. Playing loops over `&from=&to=`.
 */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../useTranslation.ts';
import { layoutShape } from '../../layout/shape.ts';
import { appStore, useApp } from '../app-store.ts';
import { CodePanel } from '../code/CodePanel.tsx';
import { Icon } from '../controls/Icon.tsx';
import { Diagram } from '../diagram/Diagram.tsx';
import { ErrorBoundary } from '../ErrorBoundary.tsx';
import { embedParams, loopRange } from './embed-params.ts';
import './embed.css';

export function EmbedView() {
  const { t, i18n } = useTranslation('edit');
  const { t: tMain } = useTranslation();
  const params = useMemo(() => embedParams(location.search) ?? { from: null, to: null }, []);
  const run = useApp((s) => s.run);
  const step = useApp((s) => s.step);
  const speed = useApp((s) => s.speed);
  const title = useApp((s) => s.scenarios.find((x) => x.id === s.scenarioId)?.title);
  const name = title ? title[i18n.language === 'ko' ? 'ko' : 'en'] : '';
  const shape = useMemo(() => (run ? layoutShape(run.shape()) : null), [run]);
  const range = loopRange(params, run?.length ?? 0);
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    document.title = t('embed.title', { scenario: name });
  }, [t, name]);
  useEffect(() => {
    // Open inside the range the course page asked for.
    const { step: at } = appStore.getState();
    if (run && (at < range.from || at > range.to)) appStore.getState().setStep(range.from);
  }, [run, range.from, range.to]);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const { step: at, setStep } = appStore.getState();
      setStep(at >= range.to ? range.from : at + 1);
    }, 1000 / speed);
    return () => clearInterval(timer);
  }, [playing, speed, range.from, range.to]);
  const move = (to: number) => appStore.getState().setStep(Math.max(range.from, Math.min(range.to, to)));
  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(step + 1),
      ArrowLeft: () => move(step - 1),
      Home: () => move(range.from),
      End: () => move(range.to),
      ' ': () => setPlaying((p) => !p),
    };
    const action = keys[e.key];
    if (!action || (e.key === ' ' && /^(BUTTON|A)$/.test(target.tagName))) return;
    if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && target.getAttribute('role') === 'tab') return;
    e.preventDefault();
    action();
  };
  const full = new URLSearchParams(location.search);
  ['embed', 'from', 'to'].forEach((k) => full.delete(k));
  return (
    <div className="embed" data-testid="embed" onKeyDown={onKey} tabIndex={-1}>
      <header className="embed-bar" role="group" aria-label={t('embed.region')}>
        <h1 className="embed-title">{t('embed.title', { scenario: name })}</h1>
        <button
          type="button"
          data-testid="step-back"
          onClick={() => move(step - 1)}
          disabled={step <= range.from}
          aria-label={tMain('controls.back')}
        >
          <Icon name="back" />
        </button>
        <button
          type="button"
          data-testid="play"
          aria-pressed={playing}
          aria-label={tMain(playing ? 'controls.pause' : 'controls.play')}
          onClick={() => setPlaying(!playing)}
          disabled={!run}
        >
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <button
          type="button"
          data-testid="step-forward"
          onClick={() => move(step + 1)}
          disabled={step >= range.to}
          aria-label={tMain('controls.forward')}
        >
          <Icon name="forward" />
        </button>
        <output className="mono" data-testid="step-counter">
          {tMain('controls.stepCounter', { step, total: run?.length ?? 0 })}
        </output>
        <a href={`?${full.toString()}`} target="_blank" rel="noopener noreferrer">
          {t('embed.open')}
        </a>
      </header>
      <div className="embed-body">
        <ErrorBoundary name="code">
          <CodePanel />
        </ErrorBoundary>
        <ErrorBoundary name="diagram">
          {shape ? (
            <Diagram shape={shape} />
          ) : (
            <main className="diagram" data-testid="diagram" aria-label={tMain('app.diagram')} />
          )}
        </ErrorBoundary>
      </div>
    </div>
  );
}
