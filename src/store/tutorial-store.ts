/**
 * The tutorial's own little store (zustand, vanilla): the predictions the user made, per scenario
 * and question, and which concept's explanation is open. Predictions survive stepping back and
 * forth and toggling what-ifs; whether one was right is decided by the run when it is revealed.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface TutorialState {
  /** `scenario/question` → the chosen choice id. */
  predictions: Readonly<Record<string, string>>;
  /** The concept whose explanation is shown, if any. */
  concept: string | null;
  predict(scenario: string, question: string, choice: string): void;
  /** Forgets the predictions of one scenario (to try again). */
  reset(scenario: string): void;
  openConcept(concept: string | null): void;
}

export type TutorialStore = StoreApi<TutorialState>;

export const predictionKey = (scenario: string, question: string) => `${scenario}/${question}`;

export function createTutorialStore(): TutorialStore {
  return createStore<TutorialState>()((set) => ({
    predictions: {},
    concept: null,
    predict: (scenario, question, choice) =>
      set((s) => ({ predictions: { ...s.predictions, [predictionKey(scenario, question)]: choice } })),
    reset: (scenario) =>
      set((s) => ({
        predictions: Object.fromEntries(
          Object.entries(s.predictions).filter(([k]) => !k.startsWith(`${scenario}/`)),
        ),
      })),
    openConcept: (concept) => set({ concept }),
  }));
}

/** The prediction made for a question, if any. */
export const selectPrediction =
  (scenario: string | null, question: string) =>
  (s: TutorialState): string | undefined =>
    scenario === null ? undefined : s.predictions[predictionKey(scenario, question)];
