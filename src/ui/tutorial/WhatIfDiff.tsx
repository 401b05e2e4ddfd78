/**
 * What a what-if changed, versus the scenario's original run: how the run ends (with the
 * deadlock's wait-for explanation), then per process its final state and the console lines that
 * differ. Its own chunk: the original run is computed once per scenario, on first use.
 */
import { use, useMemo } from 'react';
import { useTranslation } from '../useTranslation.ts';
import { cycleText, deadlockText } from '../../i18n/deadlock.ts';
import type { ProcessStateView, StepView } from '../../sim/view.ts';
import { loadSimSource } from '../../store/sim-source.ts';
import { diffOutcomes, outcomeOf, type ProcessDiff, type RunOutcome } from '../../store/tutorial.ts';
import { actions, useApp } from '../app-store.ts';
import { useTeaching, useTutorialT } from './hooks.ts';
import { waitText } from '../../i18n/wait.ts';
import { exitCodeText } from '../../i18n/format.ts';

const originals = new Map<string, Promise<RunOutcome | null>>();

function originalOutcome(id: string): Promise<RunOutcome | null> {
  let p = originals.get(id);
  if (!p) {
    p = loadSimSource().then((src) => {
      const entry = src.scenarios.find((s) => s.id === id);
      const result = entry && src.startRun ? src.startRun(entry.spec) : null;
      return result?.ok ? outcomeOf(result.run) : null;
    });
    originals.set(id, p);
  }
  return p;
}

type T = ReturnType<typeof useTutorialT>['t'];

function endText(end: StepView['end'], t: T): string {
  return t(`whatIf.endValue.${end?.reason ?? 'waiting'}`);
}

function stateText(s: ProcessStateView | null, t: T): string {
  if (s === null) return t('whatIf.stateValue.missing');
  if (s.kind === 'blocked') return t('whatIf.stateValue.blocked', { what: waitText(s.words, t) });
  if (s.kind === 'exited') return t('whatIf.stateValue.exited', { code: exitCodeText(s.exitCode) });
  return t(`whatIf.stateValue.${s.kind}`);
}

export default function WhatIfDiff() {
  const { t } = useTutorialT();
  const { t: tMain, i18n } = useTranslation();
  const { entry } = useTeaching();
  const run = useApp((s) => s.run);
  const original = use(originalOutcome(entry?.id ?? ''));
  const diff = useMemo(
    () => (run && original ? diffOutcomes(original, outcomeOf(run)) : null),
    [run, original],
  );
  if (!diff) return null;
  const endChanged = diff.endBefore?.reason !== diff.endAfter?.reason;
  const changed = diff.processes.filter((p) => p.stateChanged || p.removed.length > 0 || p.added.length > 0);
  const same = diff.processes.filter((p) => !changed.includes(p));
  const deadlock = diff.endAfter?.reason === 'deadlock' ? diff.endAfter : null;
  return (
    <section className="what-if-diff" aria-labelledby="whatif-diff-h" data-testid="whatif-diff">
      <h3 id="whatif-diff-h">{t('whatIf.compare')}</h3>
      <dl className={endChanged ? 'diff-end changed' : 'diff-end'} data-testid="whatif-diff-end">
        <dt>{t('whatIf.end')}</dt>
        <dd>
          <span className="diff-before">{endText(diff.endBefore, t)}</span>
          <span aria-hidden="true"> → </span>
          <span className="sr-only">, {t('whatIf.changed')}: </span>
          <strong className="diff-after">{endText(diff.endAfter, t)}</strong>
        </dd>
      </dl>
      {deadlock ? (
        <div className="diff-deadlock" data-testid="whatif-diff-deadlock">
          <p>{deadlockText(deadlock, tMain, i18n.language)}</p>
          <ul>
            {deadlock.cycle.map((c) => (
              <li key={c.pid}>{cycleText(c, tMain)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {changed.map((p) => (
        <ProcessChange key={p.key} p={p} t={t} />
      ))}
      {same.length > 0 ? (
        <p className="muted">{t('whatIf.unchanged', { names: same.map((p) => p.key).join(', ') })}</p>
      ) : null}
      {run && actions().step < run.length ? (
        <button type="button" onClick={() => actions().end()} data-testid="whatif-to-end">
          {t('whatIf.toEnd')}
        </button>
      ) : null}
    </section>
  );
}

function ProcessChange({ p, t }: { p: ProcessDiff; t: T }) {
  return (
    <div className="diff-process" data-testid={`whatif-diff-${p.key.replace(/\W+/g, '-')}`}>
      <h4 className="mono">{p.key}</h4>
      {p.stateChanged ? (
        <p className="diff-state">
          <span className="diff-before">{stateText(p.before, t)}</span>
          <span aria-hidden="true"> → </span>
          <span className="sr-only">, {t('whatIf.changed')}: </span>
          <strong className="diff-after">{stateText(p.after, t)}</strong>
        </p>
      ) : null}
      {p.removed.length > 0 || p.added.length > 0 ? (
        <div className="diff-console">
          {p.sameLines > 0 ? <p className="muted">{t('whatIf.sameLines', { count: p.sameLines })}</p> : null}
          <ul className="mono" aria-label={t('whatIf.console')}>
            {p.removed.map((l, i) => (
              <li key={`r${i}`} className="line-removed">
                <span aria-hidden="true">− </span>
                <span className="sr-only">{t('whatIf.original')}: </span>
                {l}
              </li>
            ))}
            {p.added.map((l, i) => (
              <li key={`a${i}`} className="line-added">
                <span aria-hidden="true">+ </span>
                <span className="sr-only">{t('whatIf.changed')}: </span>
                {l}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
