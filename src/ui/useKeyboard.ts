/** Global shortcuts (listed in the help overlay). Ignored while typing in a field. */
import { useEffect } from 'react';
import i18next from 'i18next';
import { actions } from './app-store.ts';
import { playback } from './playback.ts';
import { cycleTheme, toggleFollow } from './prefs.ts';
import { switchLanguage } from './session.ts';

export const FIT_EVENT = 'winipc:fit';
/** A CustomEvent whose `detail` is the zoom factor (the +/− keys). */
export const ZOOM_EVENT = 'winipc:zoom';

const zoomBy = (factor: number) => () =>
  window.dispatchEvent(new CustomEvent(ZOOM_EVENT, { detail: factor }));

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function useKeyboard(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const a = actions();
      const run: Record<string, () => void> = {
        ArrowRight: a.forward,
        ArrowLeft: a.back,
        // A presenter's clicker sends PageDown / PageUp.
        PageDown: a.forward,
        PageUp: a.back,
        Home: a.home,
        End: a.end,
        ' ': () => playback.send({ type: 'TOGGLE' }),
        n: a.toNextKernelChange,
        f: () => window.dispatchEvent(new Event(FIT_EVENT)),
        t: cycleTheme,
        c: toggleFollow,
        '+': zoomBy(1.25),
        '=': zoomBy(1.25),
        '-': zoomBy(0.8),
        p: () => a.setPresent(!a.present),
        l: () => switchLanguage(i18next.language === 'ko' ? 'en' : 'ko'),
        '?': () => a.setHelpOpen(!a.helpOpen),
      };
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      const action = run[key === '/' && e.shiftKey ? '?' : key];
      if (!action) return;
      if (key === ' ' && e.target instanceof HTMLElement && /^(BUTTON|SUMMARY|A)$/.test(e.target.tagName))
        return;
      if (
        (key === 'ArrowLeft' || key === 'ArrowRight') &&
        e.target instanceof HTMLElement &&
        e.target.getAttribute('role') === 'tab'
      )
        return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
