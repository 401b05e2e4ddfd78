/**
 * An object's label in the reader's language. The simulator labels objects in English
 * ("Mailslot \\.\mailslot\box", "Anonymous pipe", "Thread 16 of A.exe", "Process A.exe (pid 4)");
 * in Korean the kind words are said in Korean, the names, paths and pids stay as they are.
 */
import type { TFunction } from 'i18next';

const KIND_WORDS: readonly (readonly [string, string])[] = [
  ['Process ', 'process'],
  ['Mailslot ', 'mailslot'],
  ['Named pipe ', 'named-pipe'],
  ['File ', 'file'],
];

type Say = (key: string, args: Record<string, string>) => string;

/** The labels that are words rather than names ("Anonymous pipe", "Thread 16 of A.exe") in `t`'s
 *  language, or null for a label that names its object. */
export function sayWordLabel(label: string, t: Say): string | null {
  if (label === 'Anonymous pipe') return t('translation:object.kind.pipe', {});
  const thread = /^Thread (\d+) of (.+)$/.exec(label);
  return thread ? t('translation:object.threadOf', { tid: thread[1] ?? '', image: thread[2] ?? '' }) : null;
}

export function sayObjectLabel(label: string, t: TFunction, lang: string): string {
  if (lang !== 'ko') return label;
  const words = sayWordLabel(label, t);
  if (words !== null) return words;
  for (const [word, kind] of KIND_WORDS)
    if (label.startsWith(word)) return `${t(`translation:object.kind.${kind}`)} ${label.slice(word.length)}`;
  return label;
}
