/**
 * `?page=handout&scenario=<id>[&all=1][&whatif=…][&x=…]` (`x`: the user's own run, see link.ts): one printable page per key step of the
 * tutorial (every step with `all=1`): the step number, the diagram at that step, the automatic
 * narration with the tutorial's own, and the API card. The diagram and API card are the app's
 * own components, rendered off-screen step by step through the store and copied as static HTML.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from '../useTranslation.ts';
import { narrate } from '../../i18n/narrate.ts';
import { deadlockText } from '../../i18n/deadlock.ts';
import { layoutShape } from '../../layout/shape.ts';
import { answerOf, placeTutorial, type PlacedTutorial } from '../../scenarios/tutorial.ts';
import type { Run, RunSpec } from '../../sim/run-api.ts';
import { decodeExperiment, specOf, withTyped, type Experiment } from '../../store/experiment.ts';
import { loadSimSource, type ScenarioEntry } from '../../store/sim-source.ts';
import { anchorSteps, specWithWhatIfs, teachingOf } from '../../store/tutorial.ts';
import { parseUrl } from '../../store/url.ts';
import { appStore } from '../app-store.ts';
import { Diagram } from '../diagram/Diagram.tsx';
import { ApiCard } from '../side/ApiCard.tsx';
import { factsReady } from '../useFactText.ts';
import { pageSteps } from './pages.ts';
import { staticCopy } from './snapshot.ts';
import '../tutorial/tutorial.css';

interface Loaded {
  entry: ScenarioEntry;
  run: Run;
  placed: PlacedTutorial | null;
}

type State = { kind: 'loading' } | { kind: 'unknown'; id: string } | ({ kind: 'ready' } & Loaded);

interface Snapshot {
  diagram: string;
  api: string;
}

export default function HandoutPage() {
  const { t, i18n } = useTranslation('tutorial');
  const lang = i18n.language === 'ko' ? 'ko' : 'en';
  const url = useMemo(() => parseUrl(location.search), []);
  const all = useMemo(() => new URLSearchParams(location.search).get('all') === '1', []);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const own = useMemo(() => ownExperiment(url.scenario), [url]);
  useEffect(() => {
    appStore.getState().setTheme('light');
    void loadSimSource().then((src) => {
      const entry = src.scenarios.find((s) => s.id === url.scenario);
      const spec = entry ? (own ? ownSpec(own, entry.spec) : specWithWhatIfs(entry, url.whatIfs)) : null;
      const result = spec && src.startRun ? src.startRun(spec) : null;
      if (!entry || !result?.ok) return setState({ kind: 'unknown', id: url.scenario ?? '' });
      const { tutorial } = teachingOf(entry);
      // The off-screen diagram reads the app store: the handout's run is the store's run.
      appStore.getState().setRun('handout', result.run, 0);
      setState({
        kind: 'ready',
        entry,
        run: result.run,
        placed: tutorial ? placeTutorial(result.run, tutorial) : null,
      });
    });
  }, [url, own]);
  const { steps, cut } = useMemo(() => {
    if (state.kind !== 'ready') return { steps: [], cut: false };
    const every = Array.from({ length: state.run.length + 1 }, (_, i) => i);
    // An edited run may leave no key step of the tutorial: then every step gets a page.
    const anchors = all || !state.placed ? [] : anchorSteps(state.placed);
    const wanted = anchors.length > 0 ? anchors : every;
    const pages = pageSteps(
      wanted,
      state.run.markers().map((m) => m.step),
    );
    return { steps: pages, cut: pages.length < wanted.length };
  }, [state, all]);
  const [snaps, setSnaps] = useState<{ lang: string; map: Map<number, Snapshot> } | null>(null);
  const title = state.kind === 'ready' ? t('handout.title', { title: state.entry.title[lang] }) : '';
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
  useEffect(fitPagesWhenPrinting, []);
  const toggle = new URLSearchParams(location.search);
  if (all) toggle.delete('all');
  else toggle.set('all', '1');
  return (
    <div className="handout" data-testid="handout">
      <header className="handout-bar">
        <a href={`./?scenario=${encodeURIComponent(url.scenario ?? '')}`}>← {t('handout.back')}</a>
        <h1>{title}</h1>
        {state.kind === 'ready' ? (
          <span className="muted" data-testid="handout-count">
            {t('handout.pages', { count: steps.length })}
          </span>
        ) : null}
        <a href={`?${toggle.toString()}`}>{all ? t('handout.keyStepsOnly') : t('handout.allSteps')}</a>
        <button type="button" onClick={() => window.print()} disabled={!snaps}>
          {t('handout.print')}
        </button>
      </header>
      {state.kind === 'loading' || (state.kind === 'ready' && snaps?.lang !== lang) ? (
        <p className="muted">{t('handout.loading')}</p>
      ) : null}
      {cut ? (
        <p className="muted" data-testid="handout-cut">
          {t('handout.cut', {
            shown: steps.length,
            total: state.kind === 'ready' ? state.run.length + 1 : 0,
          })}
        </p>
      ) : null}
      {state.kind === 'unknown' ? <p role="alert">{t('handout.unknown', { id: state.id })}</p> : null}
      {state.kind === 'ready' && snaps?.lang !== lang ? (
        <Snapshotter run={state.run} steps={steps} lang={lang} onDone={(map) => setSnaps({ lang, map })} />
      ) : null}
      {state.kind === 'ready' && snaps?.lang === lang ? (
        <main className="handout-pages">
          {own ? (
            <p className="handout-whatifs" data-testid="handout-edited">
              {t('handout.edited')}
            </p>
          ) : null}
          {!own && url.whatIfs.length > 0 ? (
            <p className="handout-whatifs">
              {t('handout.whatIfs', {
                names: teachingOf(state.entry)
                  .whatIfs.filter((w) => url.whatIfs.includes(w.id))
                  .map((w) => w.label[lang])
                  .join(', '),
              })}
            </p>
          ) : null}
          {steps.map((s) => (
            <HandoutStep key={s} data={state} step={s} snap={snaps.map.get(s)} />
          ))}
        </main>
      ) : null}
    </div>
  );
}

/** The user's own run of `scenario` (edited programs, typed input) from `&x=`, if the URL has it. */
function ownExperiment(scenario: string | null): Experiment | null {
  const x = new URLSearchParams(location.search).get('x');
  const exp = x ? decodeExperiment(x) : null;
  return exp && exp.scenario === scenario ? exp : null;
}

function ownSpec(exp: Experiment, original: RunSpec): RunSpec {
  return withTyped(specOf(exp, original), exp.typed);
}

function HandoutStep({ data, step, snap }: { data: Loaded; step: number; snap: Snapshot | undefined }) {
  const { t, i18n } = useTranslation('tutorial');
  const { t: tMain } = useTranslation();
  const lang = i18n.language === 'ko' ? 'ko' : 'en';
  const view = data.run.view(step);
  const auto = narrate(view, tMain, lang);
  const notes = data.placed?.narration.filter((n) => n.step === step) ?? [];
  const questions = data.placed?.questions.filter((q) => q.step === step) ?? [];
  const end = view.end;
  return (
    <article
      className="handout-page"
      data-testid="handout-page"
      data-step={step}
      aria-labelledby={`hp-${step}`}
    >
      <h2 id={`hp-${step}`} className="handout-step">
        {t('handout.step', { step, total: data.run.length })}
        <span className="handout-scenario"> · {data.entry.title[lang]}</span>
      </h2>
      {snap ? (
        <div
          className="diagram handout-diagram"
          role="img"
          aria-label={t('handout.diagram', { step })}
          inert
          dangerouslySetInnerHTML={{ __html: snap.diagram }}
        />
      ) : null}
      <div className="handout-text">
        <section>
          <h3>{t('handout.narration')}</h3>
          {auto.map((s, i) => (
            <p key={i}>{s}</p>
          ))}
          {end?.reason === 'deadlock' ? (
            <p className="handout-deadlock">{deadlockText(end, tMain, lang)}</p>
          ) : null}
          {notes.length > 0 || questions.length > 0 ? <h3>{t('handout.tutorial')}</h3> : null}
          {notes.map((n) => (
            <p key={n.item.id} className="tutorial-note">
              {n.item.text[lang]}
            </p>
          ))}
          {questions.map((q) => {
            const answer = answerOf(data.run, q.item);
            return (
              <div key={q.item.id} className="handout-question">
                <p>
                  <strong>{t('handout.question')}:</strong> {q.item.prompt[lang]}
                </p>
                <ul>
                  {q.item.choices.map((c) => (
                    <li key={c.id}>{c.label[lang]}</li>
                  ))}
                </ul>
                <p>
                  <strong>
                    {t('handout.answer', { answer: answer?.correct?.label[lang] ?? answer?.observed ?? '?' })}
                  </strong>{' '}
                  {q.item.explanation[lang]}
                </p>
              </div>
            );
          })}
        </section>
        <section className="handout-api">
          <h3>{t('handout.apiCard')}</h3>
          {snap ? <div className="api-card" dangerouslySetInnerHTML={{ __html: snap.api }} /> : null}
        </section>
      </div>
    </article>
  );
}

/** What an A4 landscape sheet leaves for a step, px at 96 dpi (190 mm), with a little to spare. */
const SHEET_PX = 700;

/**
 * One step, one sheet: before printing, the handout takes its paper look (tutorial.css, `.paper`)
 * and a step taller than a sheet (a long API card, several tutorial notes) is drawn smaller, by
 * the factor that makes it fit. Undone after printing.
 */
function fitPagesWhenPrinting(): () => void {
  const handout = () => document.querySelector<HTMLElement>('.handout');
  const pages = () => [...document.querySelectorAll<HTMLElement>('.handout-page')];
  const before = () => {
    handout()?.classList.add('paper');
    for (const page of pages()) {
      page.style.zoom = '';
      const h = page.getBoundingClientRect().height;
      if (h > SHEET_PX) page.style.zoom = String(Math.floor((SHEET_PX / h) * 100) / 100);
    }
  };
  const after = () => {
    handout()?.classList.remove('paper');
    pages().forEach((page) => (page.style.zoom = ''));
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Renders the live diagram and API card off-screen, steps through `steps` and copies each. */
function Snapshotter({
  run,
  steps,
  lang,
  onDone,
}: {
  run: Run;
  steps: readonly number[];
  lang: string;
  onDone: (map: Map<number, Snapshot>) => void;
}) {
  const host = useRef<HTMLDivElement>(null);
  const shape = useMemo(() => layoutShape(run.shape()), [run]);
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  });
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      await factsReady(lang);
      await frame();
      await frame();
      const map = new Map<number, Snapshot>();
      for (const s of steps) {
        if (cancelled) return;
        flushSync(() => appStore.getState().setStep(s));
        const el = host.current;
        const diagram = el?.querySelector('main.diagram');
        const api = el?.querySelector('.api-card');
        if (diagram && api)
          // The live diagram's heading and the hidden cards of absent processes and objects stay out.
          map.set(s, {
            diagram: staticCopy(diagram, `p${s}`, '.diagram-heading, [hidden]'),
            api: staticCopy(api, `p${s}`, 'h2'),
          });
      }
      if (!cancelled) done.current(map);
    })();
    return () => {
      cancelled = true;
    };
  }, [steps, lang]);
  return (
    <div className="handout-snapshotter" ref={host} aria-hidden="true" inert>
      <Diagram shape={shape} whole />
      <ApiCard />
    </div>
  );
}
