/** A process's console output; an input box when the process waits for console input. */
import { memo, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../useTranslation.ts';
import { selectCanInput } from '../../store/selectors.ts';
import { actions, useApp } from '../app-store.ts';

export const ConsoleView = memo(function ConsoleView(props: {
  pid: number;
  text: string;
  /** Its process's tab is not shown: it does not scroll until it is. */
  hidden: boolean;
}) {
  const { pid, text, hidden } = props;
  const { t } = useTranslation();
  const canInput = useApp(useMemo(() => selectCanInput(pid), [pid]));
  const [draft, setDraft] = useState('');
  const out = useRef<HTMLPreElement>(null);
  const following = useFollowEnd(out, text, hidden);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    actions().giveInput(pid, `${draft}\n`);
    setDraft('');
  };
  return (
    <div className="console" data-testid={`console-${pid}`}>
      {/* The scrollable output is the log itself: focusable so keyboard users can scroll it. */}
      <pre ref={out} role="log" aria-label={t('panels.console', { pid })} tabIndex={0} onScroll={following}>
        {text || <span className="muted">{t('panels.consoleEmpty')}</span>}
      </pre>
      {canInput ? (
        <form onSubmit={submit} className="console-input">
          <label className="sr-only" htmlFor={`stdin-${pid}`}>
            {t('panels.input', { pid })}
          </label>
          <span aria-hidden="true">&gt;</span>
          <input
            id={`stdin-${pid}`}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            autoComplete="off"
          />
          <button type="submit">{t('panels.send')}</button>
        </form>
      ) : null}
    </div>
  );
});

/**
 * Keeps the end of the output in view as it changes, like a terminal, unless the reader scrolled
 * up (scrolling back to the end follows again). Only a shown console scrolls, and only when its
 * text changed or it was just shown: a step costs the hidden consoles nothing. The scroll is
 * written in the next animation frame, just before the browser lays the page out for that frame
 * anyway, so it never forces a layout in the middle of a key press (see useLineInView.ts). Returns
 * the scroll listener that notices the reader's own scrolling.
 */
function useFollowEnd(box: { current: HTMLElement | null }, text: string, hidden: boolean): () => void {
  const follow = useRef(true);
  useEffect(() => {
    const el = box.current;
    if (hidden || !follow.current || !el) return;
    const frame = requestAnimationFrame(() => {
      // The reader may have scrolled up since (scroll events come before animation frames).
      if (follow.current) el.scrollTop = el.scrollHeight;
    });
    return () => cancelAnimationFrame(frame);
  }, [box, text, hidden]);
  return () => {
    // Only on scrolling (the reader's or ours, which ends at the end), never on a step; a scroll
    // event is dispatched in a frame's rendering steps, right before that frame's own layout.
    const el = box.current;
    if (el) follow.current = el.scrollTop + el.clientHeight >= el.scrollHeight - 4;
  };
}
