/** A process's console output; an input box when the process waits for console input. */
import { memo, useLayoutEffect, useMemo, useRef, useState, type FormEvent } from 'react';
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
  const lines = useRef<HTMLSpanElement>(null);
  const following = useFollowEnd(out, lines, hidden);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    actions().giveInput(pid, `${draft}\n`);
    setDraft('');
  };
  return (
    <div className="console" data-testid={`console-${pid}`}>
      {/* The scrollable output is the log itself: focusable so keyboard users can scroll it. */}
      <pre ref={out} role="log" aria-label={t('panels.console', { pid })} tabIndex={0} onScroll={following}>
        <span ref={lines} className="console-text">
          {text || <span className="muted">{t('panels.consoleEmpty')}</span>}
        </span>
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
 * Keeps the end of the output in view as it grows, like a terminal, unless the reader scrolled up
 * (scrolling back to the end follows again). The output's height is watched by a ResizeObserver,
 * whose callbacks run after the browser's own layout, when reading the scroll height costs
 * nothing: reading it on a step, even in an animation frame, forced a layout of the whole page
 * (about 1.5 ms a step on the 8-process bench run, where the shown console changes every step). A
 * hidden console (its tab not shown) is not scrolled: its output is not laid out, and reading it
 * would force it to be; shown again, its grown output is observed and followed. Returns the scroll
 * listener that notices the reader's own scrolling.
 */
function useFollowEnd(
  box: { current: HTMLElement | null },
  lines: { current: HTMLElement | null },
  hidden: boolean,
): () => void {
  const follow = useRef(true);
  const hiddenNow = useRef(hidden);
  useLayoutEffect(() => {
    hiddenNow.current = hidden;
  }, [hidden]);
  useLayoutEffect(() => {
    const el = box.current;
    const inner = lines.current;
    if (!el || !inner || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (follow.current && !hiddenNow.current) el.scrollTop = el.scrollHeight;
    });
    observer.observe(inner);
    return () => observer.disconnect();
  }, [box, lines]);
  return () => {
    // Only on scrolling (the reader's or ours, which ends at the end), never on a step; a scroll
    // event is dispatched in a frame's rendering steps, right before that frame's own layout.
    const el = box.current;
    if (el) follow.current = el.scrollTop + el.clientHeight >= el.scrollHeight - 4;
  };
}
