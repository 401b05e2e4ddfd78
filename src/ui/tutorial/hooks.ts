/** Hooks the tutorial components share: the scenario's teaching material placed on the current run. */
import { useMemo } from 'react';
import { useTranslation } from '../useTranslation.ts';
import { useStore } from 'zustand';
import type { Run } from '../../sim/run-api.ts';
import type { Tutorial } from '../../scenarios/model.ts';
import { placeTutorial, type PlacedTutorial } from '../../scenarios/tutorial.ts';
import { teachingOf } from '../../store/tutorial.ts';
import { createTutorialStore, type TutorialState } from '../../store/tutorial-store.ts';
import { useApp } from '../app-store.ts';

export const tutorialStore = createTutorialStore();

export function useTutorialStore<T>(selector: (s: TutorialState) => T): T {
  return useStore(tutorialStore, selector);
}

export type Lang = 'en' | 'ko';

/** The `tutorial` namespace's `t` and the language as a LocalizedText key. */
export function useTutorialT() {
  const { t, i18n } = useTranslation('tutorial');
  const lang: Lang = i18n.language === 'ko' ? 'ko' : 'en';
  return { t, lang };
}

const placedCache = new WeakMap<Run, WeakMap<Tutorial, PlacedTutorial>>();

/** Anchors resolve by scanning the run's views: done once per run. */
export function placedOf(run: Run, tutorial: Tutorial): PlacedTutorial {
  let byTutorial = placedCache.get(run);
  if (!byTutorial) placedCache.set(run, (byTutorial = new WeakMap()));
  let placed = byTutorial.get(tutorial);
  if (!placed) byTutorial.set(tutorial, (placed = placeTutorial(run, tutorial)));
  return placed;
}

/** The current scenario's registry entry and its tutorial and what-ifs. */
export function useTeaching() {
  const entry = useApp((s) => s.scenarios.find((e) => e.id === s.scenarioId));
  return useMemo(() => ({ entry, ...teachingOf(entry) }), [entry]);
}

export function usePlaced(tutorial: Tutorial | undefined): PlacedTutorial | null {
  const run = useApp((s) => s.run);
  return useMemo(() => (run && tutorial ? placedOf(run, tutorial) : null), [run, tutorial]);
}
