/**
 * A behaviour fact's statement and source in the reader's language. The Korean statements live in
 * a chunk of their own (src/i18n/facts-ko.ts, some 30 KB) fetched the first time a Korean reader
 * needs one; until it has arrived, and for any fact it lacks, the English statement is shown.
 * Sources are citations (Wine test files, Microsoft pages) and stay as written, but for the
 * simulator's own decisions, which are said in the reader's language.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from './useTranslation.ts';
import { withDecisionWords } from '../kernel/fact-source.ts';

type Table = Readonly<Record<string, string>>;

let korean: Table | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function loadKorean(): void {
  loading ??= import('../i18n/facts-ko.ts').then(
    (m) => {
      korean = m.FACTS_KO;
      for (const l of listeners) l();
    },
    () => {
      loading = null; // offline for a moment: the next Korean render asks again
    },
  );
}

/** Resolves once the statements in `lang` are at hand (at once for English): the handout waits
 *  for them before it copies its API cards. Never rejects; offline, English is shown. */
export function factsReady(lang: string): Promise<void> {
  if (lang !== 'ko' || korean) return Promise.resolve();
  loadKorean();
  return loading ?? Promise.resolve();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export interface FactText {
  statement(fact: { readonly id: string; readonly statement: string }): string;
  source(source: string): string;
}

export function useFactText(): FactText {
  const { t, i18n } = useTranslation();
  const ko = i18n.language === 'ko';
  const table = useSyncExternalStore(
    subscribe,
    () => korean,
    () => null,
  );
  useEffect(() => {
    if (ko) loadKorean();
  }, [ko]);
  const statement = useCallback(
    (f: { readonly id: string; readonly statement: string }) =>
      (ko ? table?.[f.id] : undefined) ?? f.statement,
    [ko, table],
  );
  const source = useCallback(
    (s: string) => (ko ? withDecisionWords(s, t('accuracy.decisionSource')) : s),
    [ko, t],
  );
  return { statement, source };
}
