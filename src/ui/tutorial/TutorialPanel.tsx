/**
 * The tutorial of the current scenario, in the right column above "What happened": the
 * introduction, the narration anchored on this step (with its concept), "predict before you
 * step" questions, the key steps to jump to, the what-if toggles and the handout link.
 */
import { memo, useEffect } from 'react';
import type { Narration } from '../../scenarios/model.ts';
import { keySteps, tutorialAt, type KeyStep } from '../../store/tutorial.ts';
import type { PlacedTutorial } from '../../scenarios/tutorial.ts';
import { selectStep } from '../../store/selectors.ts';
import { actions, useApp } from '../app-store.ts';
import { ConceptBox, ConceptButton } from './Concept.tsx';
import { usePlaced, useTeaching, useTutorialT } from './hooks.ts';
import { Ask, Reveal } from './Predict.tsx';
import { WhatIfPanel } from './WhatIfPanel.tsx';
import { dropUnknownWhatIfs } from './what-if-actions.ts';
import { handoutSearch } from '../handout/link.ts';
import { EditedNote } from '../editor/EditedNote.tsx';
import './tutorial.css';

export function TutorialPanel() {
  const { t, lang } = useTutorialT();
  const { entry, tutorial, whatIfs } = useTeaching();
  useEffect(() => {
    if (entry) dropUnknownWhatIfs(whatIfs.map((w) => w.id));
  }, [entry, whatIfs]);
  const placed = usePlaced(tutorial);
  const step = useApp(selectStep);
  if (!entry || (!tutorial && whatIfs.length === 0)) return null;
  const here = placed ? tutorialAt(placed, step) : null;
  return (
    <section className="panel tutorial" aria-labelledby="tutorial-h" data-testid="tutorial">
      <div className="tutorial-head">
        <h2 id="tutorial-h">{t('panel.title')}</h2>
        <HandoutLink scenario={entry.id} />
      </div>
      <EditedNote />
      {tutorial ? (
        <details className="tutorial-intro" open={step === 0} key={String(step === 0)}>
          <summary>{t('panel.intro')}</summary>
          <p data-testid="tutorial-intro">{tutorial.intro[lang]}</p>
        </details>
      ) : null}
      <div aria-live="polite" data-testid="tutorial-now">
        {here?.narration.map((n) => (
          <NarrationNote key={n.item.id} item={n.item} />
        ))}
        {here?.reveal.map((q) => (
          <Reveal key={q.item.id} question={q.item} scenario={entry.id} />
        ))}
      </div>
      {here?.ask.map((q) => (
        <Ask key={q.item.id} question={q.item} scenario={entry.id} />
      ))}
      <ConceptBox />
      {placed ? <KeySteps placed={placed} step={step} /> : null}
      {whatIfs.length > 0 ? <WhatIfPanel whatIfs={whatIfs} /> : null}
    </section>
  );
}

function NarrationNote({ item }: { item: Narration }) {
  const { lang } = useTutorialT();
  return (
    <div className="tutorial-note" data-testid={`tutorial-narration-${item.id}`}>
      <p>{item.text[lang]}</p>
      <ConceptButton concept={item.concept} />
    </div>
  );
}

function KeySteps({ placed, step }: { placed: PlacedTutorial; step: number }) {
  const { t } = useTutorialT();
  const items = keySteps(placed);
  if (items.length === 0) return null;
  return (
    <details className="key-steps" data-testid="key-steps">
      <summary>{t('panel.keySteps', { count: items.length })}</summary>
      <ol aria-label={t('panel.keyStepsLabel')}>
        {items.map((k) => (
          <li key={`${k.kind}-${k.id}`}>
            <KeyStepButton item={k} placed={placed} current={k.target === step} />
          </li>
        ))}
      </ol>
    </details>
  );
}

function KeyStepButton({
  item,
  placed,
  current,
}: {
  item: KeyStep;
  placed: PlacedTutorial;
  current: boolean;
}) {
  const { t, lang } = useTutorialT();
  const text =
    item.kind === 'narration'
      ? placed.narration.find((n) => n.item.id === item.id)?.item.text[lang]
      : placed.questions.find((q) => q.item.id === item.id)?.item.prompt[lang];
  return (
    <button
      type="button"
      className="key-step"
      aria-current={current ? 'step' : undefined}
      data-testid={`key-step-${item.kind}-${item.id}`}
      onClick={() => actions().setStep(item.target)}
      title={text}
    >
      <span className="key-step-n">{t('panel.jump', { step: item.target })}</span>
      {item.kind === 'question' ? <span className="key-step-tag">{t('panel.predictTag')}</span> : null}
      <span className="key-step-text">{text}</span>
    </button>
  );
}

/** Memoized: the panel re-renders on every step, and the address (handout/link.ts) compares the
 *  programs and may compress the whole run, which only a new run or language changes. */
const HandoutLink = memo(function HandoutLink({ scenario }: { scenario: string }) {
  const { t, lang } = useTutorialT();
  // Read again whenever the run changes: the handout prints the run on screen (handout/link.ts).
  useApp((s) => s.run);
  return (
    <a
      className="button-like handout-link"
      href={handoutSearch(scenario, lang, location.search)}
      target="_blank"
      rel="noopener"
      title={t('handout.openTitle')}
      data-testid="handout-link"
    >
      {t('handout.open')}
    </a>
  );
});
