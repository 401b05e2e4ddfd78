/**
 * A deadlock explained in the reader's language, from the simulator's structured reasons (the
 * StepView's `end.reasons`): one sentence per process held, after a sentence saying that nothing
 * can run. The English explanation the simulator also gives is for the command line.
 */
import type { TFunction } from 'i18next';
import type { DeadlockEdgeView, DeadlockReasonView, ProcessRefView, StepView } from '../sim/view.ts';
import { waitText } from './wait.ts';

export type DeadlockEnd = Extract<NonNullable<StepView['end']>, { reason: 'deadlock' }>;

const nameOf = (p: ProcessRefView) => `${p.image} (pid ${p.pid})`;

function orList(items: readonly string[], lang: string): string {
  return new Intl.ListFormat(lang === 'ko' ? 'ko' : 'en', { style: 'long', type: 'disjunction' }).format(
    items,
  );
}

function reasonText(r: DeadlockReasonView, t: TFunction, lang: string): string {
  const who = nameOf(r.process);
  if (r.kind === 'console') return t('deadlock.console', { who });
  const by = orList(r.releasers.map(nameOf), lang);
  const count = r.releasers.length;
  if (r.kind === 'suspended')
    return count === 0
      ? t('deadlock.suspendedNobody', { who })
      : t('deadlock.suspendedOnly', { who, by, count });
  return count === 0
    ? t('deadlock.waitsNobody', { who, what: waitText(r.words, t) })
    : t('deadlock.waitsOnly', { who, what: waitText(r.words, t), by, count });
}

/** The whole explanation, under a heading that says "Deadlock": "No process can run … A waits
 *  in …; only B could …". */
export function deadlockText(end: DeadlockEnd, t: TFunction, lang: string): string {
  return [t('deadlock.intro'), ...end.reasons.map((r) => reasonText(r, t, lang))].join(' ');
}

/** One line of the wait-for list: what the process of the cycle waits for. */
export function cycleText(edge: DeadlockEdgeView, t: TFunction): string {
  return edge.suspendCount !== undefined
    ? t('deadlock.suspendedEdge', { pid: edge.pid, count: edge.suspendCount })
    : t('deadlock.waits', { pid: edge.pid, what: waitText(edge.words, t) });
}
