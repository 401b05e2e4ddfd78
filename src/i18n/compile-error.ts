/** A compile error in the reader's language (the phrases of src/lang/front/error-words.ts). */
import type { TFunction } from 'i18next';
import { sayArgs, type CompileWords } from '../lang/front/error-words.ts';

/** Works with a `t` of any namespace (the editor's too): the phrases live in the main one. */
export function compileWordsText(words: CompileWords, t: TFunction): string {
  const args = sayArgs(words, (phrase) => compileWordsText(phrase, t));
  return t(`translation:compile.${words.key}`, args);
}

/** The error's message in the reader's language: from its words when it has them, else the
 *  English message as it is (an internal or launch error, or an error saved before errors had
 *  words). */
export function compileErrorText(
  e: { readonly message: string; readonly words?: CompileWords | undefined },
  t: TFunction,
): string {
  return e.words ? compileWordsText(e.words, t) : e.message;
}
