/**
 * The app's `useTranslation`: the current language's `t` for a namespace (and i18next itself),
 * re-rendering when the language changes. It stands in for react-i18next's hook, which on every
 * render checks that the namespaces are loaded and keeps its own state and event bindings; here
 * every resource is bundled and in place before the first render (i18n/index.ts), and a step
 * re-renders twenty-odd components that each ask for their `t`.
 *
 * Promise: one `t` per language and namespace for the page's life, so a `t` in a hook's
 * dependencies changes only with the language.
 */
import i18next, { type TFunction } from 'i18next';
import { useSyncExternalStore } from 'react';

export type Namespace = 'translation' | 'edit' | 'tutorial';

const fixed = new Map<string, TFunction>();

/** The `t` of a language and namespace, the same function every time it is asked for. */
export function fixedT(lang: string, ns: Namespace): TFunction {
  const key = `${lang}/${ns}`;
  let t = fixed.get(key);
  if (!t) fixed.set(key, (t = i18next.getFixedT(lang, ns) as TFunction));
  return t;
}

function subscribe(onChange: () => void): () => void {
  i18next.on('languageChanged', onChange);
  return () => i18next.off('languageChanged', onChange);
}

const language = () => i18next.language;

export function useTranslation(ns: Namespace = 'translation'): { t: TFunction; i18n: typeof i18next } {
  const lang = useSyncExternalStore(subscribe, language, language);
  return { t: fixedT(lang, ns), i18n: i18next };
}
