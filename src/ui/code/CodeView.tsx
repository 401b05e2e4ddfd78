/** A process's C source with highlighting; ▶ marks the line about to run, ✓ the line just run. */
import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { tokenizeSource } from './tokenize.ts';

interface Props {
  pid: number;
  file: string;
  source: string | null;
  nextLine: number | null;
  lastLine: number | null;
}

export const CodeView = memo(function CodeView({ pid, file, source, nextLine, lastLine }: Props) {
  const { t } = useTranslation();
  const lines = useMemo(() => (source === null ? [] : tokenizeSource(source)), [source]);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    const current = el?.querySelector<HTMLElement>('[data-testid="current-line"]');
    if (!el || !current) return;
    const top = current.offsetTop - el.clientHeight / 3;
    if (current.offsetTop < el.scrollTop || current.offsetTop > el.scrollTop + el.clientHeight - 40)
      el.scrollTop = Math.max(0, top);
  }, [nextLine]);
  return (
    <div
      className="code"
      ref={box}
      data-testid={`code-${pid}`}
      role="region"
      aria-label={t('panels.source', { file })}
      tabIndex={0}
    >
      {source === null ? <p className="muted">{t('panels.noSource')}</p> : null}
      <ol className="code-lines">
        {lines.map((tokens, i) => {
          const n = i + 1;
          const isNext = n === nextLine;
          const isLast = n === lastLine && !isNext;
          return (
            <li
              key={n}
              className={isNext ? 'line next' : isLast ? 'line last' : 'line'}
              data-testid={isNext ? 'current-line' : isLast ? 'last-line' : undefined}
              data-line={n}
            >
              <span className="gutter" aria-hidden="true">
                <span className="mark">{isNext ? '▶' : isLast ? '✓' : ''}</span>
                <span className="ln">{n}</span>
              </span>
              {isNext ? <span className="sr-only">{t('panels.currentLine', { line: n })}: </span> : null}
              {isLast ? <span className="sr-only">{t('panels.lastLine', { line: n })}: </span> : null}
              <code>
                {tokens.map((tok, j) => (
                  <span key={j} className={`tk-${tok.kind}`}>
                    {tok.text}
                  </span>
                ))}
                {tokens.length === 0 ? ' ' : null}
              </code>
            </li>
          );
        })}
      </ol>
    </div>
  );
});
