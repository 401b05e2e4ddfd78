/** What a blocked process waits for, and why a program was stopped, in the reader's language
 *  (the phrases of src/kernel/wait-words.ts and src/lang/fault-words.ts). */
import type { TFunction } from 'i18next';
import type { FaultWordsView, ProcessStateView, WaitWordsView } from '../sim/view.ts';

/** Works with a `t` of any namespace (the tutorial's too): the phrases live in the main one. */
export function waitText(words: WaitWordsView, t: TFunction): string {
  return t(`translation:wait.${words.key}`, { ...words.args });
}

/** Why an exited process was stopped, in the reader's language: its fault's words when it has
 *  them, else the English message as it is (the simulator's own internal errors); undefined when
 *  the process ended normally. */
export function faultText(
  state: Extract<ProcessStateView, { kind: 'exited' }>,
  t: TFunction,
): string | undefined {
  const words: FaultWordsView | undefined = state.faultWords;
  return words ? t(`translation:fault.${words.key}`, { ...words.args }) : state.fault;
}
