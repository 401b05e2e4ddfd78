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

/**
 * Whether the focused control keeps its keys: text fields, the code editor, selects, check boxes
 * and radios. A range input does not: the only one is the timeline, whose native keys would mean
 * something else than the app's (PageDown goes back ten steps there), so the shortcuts act on it as
 * everywhere else and cancel the native move. Its ArrowUp / ArrowDown stay native (one step, the
 * same direction as the app's arrows).
 */
function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return target.type !== 'range';
  return /^(TEXTAREA|SELECT)$/.test(target.tagName);
}

/** Keys that scroll a focused scrolling region (the console's log, a code listing): there they
 *  scroll it, as a reader who moved the focus in to read expects, rather than move the run. */
const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End', ' ']);

function scrollsItself(target: EventTarget | null, key: string): boolean {
  return (
    SCROLL_KEYS.has(key) &&
    target instanceof HTMLElement &&
    target.matches('[role="log"][tabindex], [role="region"][tabindex]')
  );
}

export function useKeyboard(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || ownsKeys(e.target) || scrollsItself(e.target, e.key)) return;
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
