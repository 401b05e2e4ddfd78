/** A concept a narration or question teaches: a button that opens its explanation, and the box. */
import { findConcept, type ConceptId } from '../../scenarios/concepts.ts';
import { tutorialStore, useTutorialStore, useTutorialT } from './hooks.ts';

export function ConceptButton({ concept }: { concept: ConceptId }) {
  const { t, lang } = useTutorialT();
  const open = useTutorialStore((s) => s.concept === concept);
  const c = findConcept(concept);
  if (!c) return null;
  return (
    <button
      type="button"
      className="concept-link"
      aria-expanded={open}
      aria-controls="concept-box"
      data-testid={`concept-${concept}`}
      onClick={() => tutorialStore.getState().openConcept(open ? null : concept)}
    >
      {t('panel.concept', { name: c.name[lang] })}
    </button>
  );
}

export function ConceptBox() {
  const { t, lang } = useTutorialT();
  const id = useTutorialStore((s) => s.concept);
  const c = id ? findConcept(id as ConceptId) : undefined;
  return (
    <div id="concept-box" className={c ? 'concept-box' : undefined} data-testid="concept-box" hidden={!c}>
      {c ? (
        <>
          <h3>{c.name[lang]}</h3>
          <p>{c.explanation[lang]}</p>
          <button type="button" onClick={() => tutorialStore.getState().openConcept(null)}>
            {t('panel.conceptClose')}
          </button>
        </>
      ) : null}
    </div>
  );
}
