/**
 * "Predict before you step": the question is asked on the step before its anchor (a radio
 * group), and revealed on the anchor step. Whether the prediction was right is read from the
 * run with `answerOf`; nothing here knows the answer.
 */
import { useMemo } from 'react';
import type { PredictQuestion } from '../../scenarios/model.ts';
import { answerOf } from '../../scenarios/tutorial.ts';
import { selectPrediction } from '../../store/tutorial-store.ts';
import { useApp } from '../app-store.ts';
import { tutorialStore, useTutorialStore, useTutorialT } from './hooks.ts';
import { ConceptButton } from './Concept.tsx';

interface Props {
  question: PredictQuestion;
  scenario: string;
}

export function Ask({ question, scenario }: Props) {
  const { t, lang } = useTutorialT();
  const picked = useTutorialStore(
    useMemo(() => selectPrediction(scenario, question.id), [scenario, question.id]),
  );
  const name = `predict-${question.id}`;
  return (
    <fieldset className="predict" data-testid={`predict-${question.id}`}>
      <legend>
        <span className="predict-title">{t('predict.title')}</span>
        <span className="predict-prompt">{question.prompt[lang]}</span>
      </legend>
      {question.choices.map((c) => (
        <label key={c.id} className="predict-choice">
          <input
            type="radio"
            name={name}
            value={c.id}
            checked={picked === c.id}
            data-testid={`choice-${question.id}-${c.id}`}
            onChange={() => tutorialStore.getState().predict(scenario, question.id, c.id)}
          />
          <span>{c.label[lang]}</span>
        </label>
      ))}
      <p className="muted predict-hint">{picked ? t('predict.picked') : t('predict.hint')}</p>
    </fieldset>
  );
}

export function Reveal({ question, scenario }: Props) {
  const { t, lang } = useTutorialT();
  const run = useApp((s) => s.run);
  const answer = useMemo(() => (run ? answerOf(run, question) : undefined), [run, question]);
  const picked = useTutorialStore(
    useMemo(() => selectPrediction(scenario, question.id), [scenario, question.id]),
  );
  if (!answer) return null;
  const mine = question.choices.find((c) => c.id === picked);
  const right = mine !== undefined && answer.correct?.id === mine.id;
  const verdict = mine === undefined ? 'none' : right ? 'right' : 'wrong';
  const shown = answer.correct ? answer.correct.label[lang] : answer.observed;
  return (
    <div className={`reveal reveal-${verdict}`} data-testid={`reveal-${question.id}`} data-verdict={verdict}>
      <p className="reveal-prompt">{question.prompt[lang]}</p>
      {verdict === 'none' ? (
        <p>{t('predict.noPrediction')}</p>
      ) : (
        <p className="verdict">
          <span aria-hidden="true">{right ? '✔ ' : '✖ '}</span>
          {right ? t('predict.right') : t('predict.wrong')}{' '}
          {t('predict.yourAnswer', { answer: mine?.label[lang] })}
        </p>
      )}
      <p className="reveal-answer">{t('predict.answer', { answer: shown })}</p>
      <p>{question.explanation[lang]}</p>
      <ConceptButton concept={question.concept} />
    </div>
  );
}
