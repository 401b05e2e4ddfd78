/**
 * A process's standard handles, one row per stream: the value GetStdHandle gives, what it stands
 * for (the console, a row of the handle table, NULL), the handle the C runtime still writes
 * through when SetStdHandle moved the other, and the bytes waiting in the runtime's buffer of a
 * redirected stream (why printf ran and the pipe is still empty). Its height is the layout's
 * STD_H; the dotted links to the table rows are StdLinkLayer's.
 */
import { memo } from 'react';
import { useTranslation } from '../useTranslation.ts';
import { hex } from '../../i18n/format.ts';
import { labelParts, sayObjectLabel, sayParts } from '../../i18n/object-label.ts';
import type { ObjectKindName, ProcessView, StdHandleView, StdTargetView } from '../../sim/view.ts';
import './std.css';

type T = ReturnType<typeof useTranslation>['t'];

interface Props {
  pid: number;
  std: ProcessView['std'];
  hasConsole: boolean;
}

export const StdHandles = memo(function StdHandles({ pid, std, hasConsole }: Props) {
  const { t, i18n } = useTranslation();
  const label = hasConsole ? t('std.title') : `${t('std.title')}, ${t('std.noConsole')}`;
  return (
    <div
      className="std"
      role="group"
      aria-label={label}
      data-testid={`std-${pid}`}
      data-console={hasConsole ? 'yes' : 'no'}
    >
      {std.map((row) => (
        <StdRow key={row.stream} pid={pid} row={row} hasConsole={hasConsole} t={t} lang={i18n.language} />
      ))}
    </div>
  );
});

const valueText = (v: number): string => (v === 0 ? 'NULL' : hex(v));

function targetText(target: StdTargetView, hasConsole: boolean, t: T, lang: string): string {
  switch (target.kind) {
    case 'console':
      return t('std.console');
    case 'handle':
      return sayObjectLabel(target.objectLabel, target.objectKind, t, lang);
    case 'null':
      return hasConsole ? t('std.null') : `${t('std.null')} (${t('std.noConsole')})`;
    case 'invalid':
      return t('std.invalid');
  }
}

/** The sentence a screen reader and a tooltip give for the bytes in the runtime's buffer. */
function bufferText(row: StdHandleView, t: T): string {
  if (row.stream === 'stdin') return t('std.bufferedIn', { count: row.buffered });
  const target = row.runtime?.target ?? row.target;
  const kind = target.kind === 'handle' ? target.objectKind : 'pipe';
  return t('std.bufferedOut', {
    count: row.buffered,
    stream: row.stream,
    target: t(`object.kind.${kind}`).toLowerCase(),
  });
}

/** A table row's object, short: its kind tag and the end it is ("PIPE write end"); the full label
 *  is the row's title and its handle-table row. */
function TableTarget({ kind, label, t }: { kind: ObjectKindName; label: string; t: T }) {
  const { role } = sayParts(labelParts(label, kind), kind, t);
  return (
    <>
      <span className="std-kind">{t(`object.short.${kind}`)}</span>
      {role ? <span className="std-role">{role}</span> : null}
    </>
  );
}

interface RowProps {
  pid: number;
  row: StdHandleView;
  hasConsole: boolean;
  t: T;
  lang: string;
}

function StdRow({ pid, row, hasConsole, t, lang }: RowProps) {
  const target = targetText(row.target, hasConsole, t, lang);
  const kind = row.target.kind === 'handle' ? row.target.objectKind : null;
  const cls = ['std-row', `std-${row.target.kind}`, kind ? `k-${kind}` : '', row.changed ? 'changed' : '']
    .filter(Boolean)
    .join(' ');
  const buffered = row.buffered > 0 ? bufferText(row, t) : null;
  return (
    <div
      className={cls}
      data-testid={`std-${pid}-${row.stream}`}
      data-value={valueText(row.value)}
      data-target={row.target.kind}
      data-buffered={row.buffered}
      data-runtime={row.runtime ? valueText(row.runtime.value) : undefined}
    >
      <span className="sr-only">
        {t('std.row', { stream: row.stream, value: valueText(row.value), target })}
      </span>
      <span className="std-name" aria-hidden="true">
        {row.stream}
      </span>
      <span className="std-value mono" aria-hidden="true">
        {valueText(row.value)}
      </span>
      <span className="std-target" aria-hidden="true" title={target}>
        {row.target.kind === 'console' ? <span className="std-glyph">⌨</span> : null}
        {kind ? <TableTarget kind={kind} label={target} t={t} /> : target}
      </span>
      {row.runtime ? (
        <span
          className="std-runtime mono"
          title={t('std.runtimeLong', { value: valueText(row.runtime.value) })}
        >
          {t('std.runtime', { value: valueText(row.runtime.value) })}
          <span className="sr-only">. {t('std.runtimeLong', { value: valueText(row.runtime.value) })}</span>
        </span>
      ) : null}
      {buffered ? (
        <span className="std-buf" title={buffered}>
          <span aria-hidden="true">{t('std.buffered', { count: row.buffered })}</span>
          <span className="sr-only">{buffered}</span>
        </span>
      ) : null}
    </div>
  );
}
