/** What a blocked process waits for, in the reader's language (the phrases of src/kernel/wait-words.ts). */
import type { TFunction } from 'i18next';
import type { WaitWordsView } from '../sim/view.ts';

/** Works with a `t` of any namespace (the tutorial's too): the phrases live in the main one. */
export function waitText(words: WaitWordsView, t: TFunction): string {
  return t(`translation:wait.${words.key}`, { ...words.args });
}
