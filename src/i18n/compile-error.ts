/**
 * A compile error in the reader's language (the phrases of src/lang/front/error-words.ts). The
 * templates of both languages are read here rather than through i18next: only the editor, a
 * chunk loaded when it is first opened, says compile errors, so its 241 phrases in two languages
 * stay out of the first script.
 */
import { fillWords } from '../kernel/wait-words.ts';
import { COMPILE_WORDS_EN, sayArgs, type CompileWords } from '../lang/front/error-words.ts';
import { COMPILE_WORDS_KO } from './compile-ko.ts';

/** The templates for `lang` (English for any language without its own). */
export function compileTemplates(lang: string): Readonly<Record<CompileWords['key'], string>> {
  return lang === 'ko' ? COMPILE_WORDS_KO : COMPILE_WORDS_EN;
}

/** The words said in `lang`, the phrases nested in their arguments too. */
export function compileWordsText(words: CompileWords, lang: string): string {
  const args = sayArgs(words, (phrase) => compileWordsText(phrase, lang));
  return fillWords(compileTemplates(lang)[words.key], args);
}

/** The error's message in the reader's language: from its words when it has them, else the
 *  English message as it is (an internal or launch error, or an error saved before errors had
 *  words). */
export function compileErrorText(
  e: { readonly message: string; readonly words?: CompileWords | undefined },
  lang: string,
): string {
  return e.words ? compileWordsText(e.words, lang) : e.message;
}
