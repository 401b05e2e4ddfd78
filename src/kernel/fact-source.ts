/**
 * How a fact's source marks the simulator's own choices (where Windows' behaviour is unknown or
 * left open) apart from what was observed: one phrase, shared by the facts that cite it and the
 * pages that sort or translate them. A module of its own so the UI can read it without loading
 * the kernel.
 */

/** The source of a fact that is a simulator decision (alone, or beside other sources). */
export const DECISION_SOURCE = 'simulator decision';

const MENTION = new RegExp(DECISION_SOURCE, 'gi');

/** Whether the source names a simulator decision, in any letter case. */
export function isSimulatorDecision(source: string): boolean {
  return source.toLowerCase().includes(DECISION_SOURCE);
}

/** The source with each mention of a simulator decision put in other words (a translation). */
export function withDecisionWords(source: string, words: string): string {
  return source.replace(MENTION, words);
}
