/**
 * Why a C program was stopped, in words: a phrase key with its arguments (names, addresses,
 * sizes), so that the visualizer can say it in the reader's language, and the English message
 * made from it for the command line, the timeline and the logs (as the kernel's wait words do,
 * kernel/wait-words.ts). The English templates (fault-words-en.ts) are also the visualizer's
 * English strings (src/i18n/en.ts), so the two never drift apart. The simulator's own failures
 * (an internal error) have no words: they are shown as they are.
 */
import { fillWords, wordsOf, type WordArgs, type Words } from '../kernel/wait-words.ts';
import { CFault } from './native-api.ts';
import { FAULT_WORDS_EN, type FaultWordKey } from './fault-words-en.ts';

export { FAULT_WORDS_EN, wordsOf, type FaultWordKey };

export type FaultWords = Words<FaultWordKey>;

/** A fault stopping the process with `exitCode`, its words and their English message. */
export function faultOf(exitCode: number, key: FaultWordKey, args: WordArgs = {}): CFault {
  return new CFault(fillWords(FAULT_WORDS_EN[key], args), exitCode, { key, args });
}
