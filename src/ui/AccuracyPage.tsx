/** `?page=accuracy`: every behaviour fact the kernel applies, and the simulator's own decisions. */
import { useEffect, useState } from 'react';
import { useTranslation } from './useTranslation.ts';
import { loadFacts, type FactEntry } from '../store/sim-source.ts';
import { useFactText } from './useFactText.ts';
import { isSimulatorDecision } from '../kernel/fact-source.ts';
import { RUN_LIMITS } from '../sim/limits.ts';

export function AccuracyPage() {
  const { t } = useTranslation();
  const [facts, setFacts] = useState<FactEntry[] | null>(null);
  useEffect(() => {
    loadFacts().then(setFacts, () => setFacts([]));
  }, []);
  useEffect(() => {
    // A link from an API card names a fact (#fact-1.19): scroll to it once the list is there.
    if (facts && location.hash)
      document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }, [facts]);
  return (
    <main className="accuracy" id="diagram">
      <p>
        <a href="./">← {t('app.backToLab')}</a>
      </p>
      <h1>{t('accuracy.title')}</h1>
      <p>{t('accuracy.intro')}</p>
      {facts !== null && facts.length === 0 ? <p className="muted">{t('accuracy.none')}</p> : null}
      {facts && facts.length > 0 ? <FactTable facts={facts.filter((f) => !isDecision(f))} /> : null}
      <h2>{t('accuracy.decisions')}</h2>
      <p>{t('accuracy.decisionsText', LIMIT_WORDS)}</p>
      {facts && facts.some(isDecision) ? <FactTable facts={facts.filter(isDecision)} /> : null}
    </main>
  );
}

const isDecision = (f: FactEntry) => isSimulatorDecision(f.source);

/** The run limits as the decisions paragraph says them. */
const LIMIT_WORDS = {
  steps: RUN_LIMITS.steps.toLocaleString('en'),
  handles: RUN_LIMITS.handlesPerProcess.toLocaleString('en'),
  processes: RUN_LIMITS.processes,
  queued: RUN_LIMITS.queued.toLocaleString('en'),
  fileKiB: RUN_LIMITS.fileBytes / 1024,
};

function FactTable({ facts }: { facts: readonly FactEntry[] }) {
  const { t } = useTranslation();
  const fact = useFactText();
  return (
    <table className="facts-table">
      <thead>
        <tr>
          <th scope="col">{t('accuracy.id')}</th>
          <th scope="col">{t('accuracy.statement')}</th>
          <th scope="col">{t('accuracy.source')}</th>
        </tr>
      </thead>
      <tbody>
        {facts.map((f) => (
          <tr key={f.id} id={`fact-${f.id}`}>
            <td className="mono">{f.id}</td>
            <td>
              <Statement said={fact.statement(f)} english={f.statement} label={t('accuracy.original')} />
            </td>
            <td>{fact.source(f.source)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A statement in the reader's language, and under it the English it translates (the words the
 *  sources use, for a reader who checks them). */
function Statement({ said, english, label }: { said: string; english: string; label: string }) {
  if (said === english) return <>{said}</>;
  return (
    <>
      {said}
      <span className="original muted" lang="en">
        <span className="sr-only">{label}: </span>
        {english}
      </span>
    </>
  );
}
