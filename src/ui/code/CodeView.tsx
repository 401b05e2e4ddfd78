/** A process's C source with highlighting; ▶ marks the line about to run, ✓ the line just run. */
import { memo, useMemo, useRef } from 'react';
import { useTranslation } from '../useTranslation.ts';
import { tokenizeSource, type Token } from './tokenize.ts';
import { useLineInView } from './useLineInView.ts';

interface Props {
  pid: number;
  file: string;
  source: string | null;
  nextLine: number | null;
  lastLine: number | null;
  /** Its panel is hidden behind another process's tab. */
  hidden: boolean;
}

export const CodeView = memo(function CodeView({ pid, file, source, nextLine, lastLine, hidden }: Props) {
  const { t } = useTranslation();
  const lines = useMemo(() => (source === null ? [] : tokenizeSource(source)), [source]);
  const box = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  useLineInView(box, list, lines.length, nextLine, hidden);
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
      <ol className="code-lines" ref={list}>
        {lines.map((tokens, i) => {
          const n = i + 1;
          const mark = n === nextLine ? 'next' : n === lastLine ? 'last' : null;
          // Only the marked lines need words, looked up here rather than in every line.
          const label =
            mark === 'next'
              ? t('panels.currentLine', { line: n })
              : mark === 'last'
                ? t('panels.lastLine', { line: n })
                : null;
          return <CodeLine key={n} n={n} tokens={tokens} mark={mark} label={label} />;
        })}
      </ol>
    </div>
  );
});

/** One source line; only the lines whose mark changes re-render on a step. */
const CodeLine = memo(function CodeLine({
  n,
  tokens,
  mark,
  label,
}: {
  n: number;
  tokens: readonly Token[];
  mark: 'next' | 'last' | null;
  label: string | null;
}) {
  return (
    <li
      className={mark ? `line ${mark}` : 'line'}
      data-testid={mark === 'next' ? 'current-line' : mark === 'last' ? 'last-line' : undefined}
      data-line={n}
    >
      <span className="gutter" aria-hidden="true">
        <span className="mark">{mark === 'next' ? '▶' : mark === 'last' ? '✓' : ''}</span>
        <span className="ln">{n}</span>
      </span>
      {label !== null ? <span className="sr-only">{label}: </span> : null}
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
});
