/** A process's handle table: one row per handle, plus ghosts of rows this step removed. */
import { memo, useMemo } from 'react';
import { useTranslation } from '../useTranslation.ts';
import { hex, testHex } from '../../i18n/format.ts';
import type { HandleRowView, ObjectKindName } from '../../sim/view.ts';
import { labelParts, sayObjectLabel, sayParts, type LabelParts } from '../../i18n/object-label.ts';

interface Props {
  pid: number;
  rows: readonly HandleRowView[];
  ghosts: readonly HandleRowView[];
  capacity: number;
}

/** The words in rows, looked up once per table rather than per row. */
interface Labels {
  added: string;
  closed: string;
  inherit: string;
  protect: string;
  tags: Readonly<Record<ObjectKindName, string>>;
  /** A row's role and name in the reader's language (i18n/object-label.ts). */
  say: (label: string, kind: ObjectKindName) => LabelParts;
  /** The whole label in the reader's language, for the title and screen readers. */
  full: (label: string, kind: ObjectKindName) => string;
}

const KINDS: readonly ObjectKindName[] = ['process', 'thread', 'mailslot', 'pipe', 'named-pipe', 'file'];

export const HandleTable = memo(function HandleTable({ pid, rows, ghosts, capacity }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const labels = useMemo(
    () => ({
      added: t('process.rowAdded'),
      closed: t('process.rowClosed'),
      inherit: t('process.inherit'),
      protect: t('process.protect'),
      tags: Object.fromEntries(KINDS.map((k) => [k, t(`object.short.${k}`)])) as Record<
        ObjectKindName,
        string
      >,
      say: (label: string, kind: ObjectKindName) => sayParts(labelParts(label, kind), kind, t),
      full: (label: string, kind: ObjectKindName) => sayObjectLabel(label, kind, t, lang),
    }),
    [t, lang],
  );
  return (
    <div className="handles-wrap" style={{ ['--rows' as string]: Math.max(1, capacity) }}>
      <table className="handles">
        <caption className="sr-only">{t('process.handleTable', { pid })}</caption>
        <colgroup>
          <col className="c-value" />
          <col className="c-object" />
          <col className="c-access" />
          <col className="c-flags" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('process.cols.value')}</th>
            <th scope="col">{t('process.cols.object')}</th>
            <th scope="col">{t('process.cols.access')}</th>
            <th scope="col">{t('process.cols.flags')}</th>
          </tr>
        </thead>
        <tbody>
          {/* One list keyed by value, live rows then ghosts: a row closed this step is the same
              element turned into its ghost, not a new one (React matches keys only within one
              list; a value is never both live and a ghost). */}
          {listed(rows, ghosts).map(([h, ghost]) => (
            <HandleRow key={h.value} pid={pid} row={h} ghost={ghost} labels={labels} />
          ))}
          {rows.length === 0 && ghosts.length === 0 ? (
            <tr className="empty">
              <td colSpan={4}>{t('process.noHandles')}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
});

/** The rows to draw, each with whether it is a ghost. */
function listed(
  rows: readonly HandleRowView[],
  ghosts: readonly HandleRowView[],
): readonly (readonly [HandleRowView, boolean])[] {
  return [...rows.map((h) => [h, false] as const), ...ghosts.map((h) => [h, true] as const)];
}

const HandleRow = memo(function HandleRow({
  pid,
  row,
  ghost,
  labels,
}: {
  pid: number;
  row: HandleRowView;
  ghost: boolean;
  labels: Labels;
}) {
  // A ghost is the row as the step before had it: "added" was true then, not now.
  const added = row.changed && !ghost;
  const cls = ['handle', `k-${row.objectKind}`, added ? 'changed' : '', ghost ? 'ghost' : '']
    .filter(Boolean)
    .join(' ');
  const { role, name } = labels.say(row.objectLabel, row.objectKind);
  const full = labels.full(row.objectLabel, row.objectKind);
  return (
    <tr
      className={cls}
      data-testid={ghost ? undefined : `handle-${pid}-${testHex(row.value)}`}
      data-object-id={row.objectId}
    >
      <td className="mono value">
        {added ? (
          <span className="change-mark" aria-hidden="true">
            ●
          </span>
        ) : null}
        {hex(row.value)}
        {added ? <span className="sr-only"> ({labels.added})</span> : null}
        {/* The second line: the object's name in full, across the row (see app.css). */}
        <span className="name-line" title={full} aria-hidden="true">
          {name}
        </span>
      </td>
      <td className="object" title={full}>
        <span aria-hidden="true">
          <span className="row-tag">{labels.tags[row.objectKind]}</span>
          {role ? <span className="row-role"> {role}</span> : null}
        </span>
        <span className="sr-only">{ghost ? `${full} (${labels.closed})` : full}</span>
      </td>
      {/* Letters fit their column; only a hex mask may need clipping (see perf.css). */}
      <td className={row.access.length > 3 ? 'mono access long' : 'mono access'}>{row.access}</td>
      <td className="mono flags">
        <span
          title={labels.inherit}
          aria-label={row.inherit ? labels.inherit : undefined}
          className={row.inherit ? 'flag on' : 'flag'}
        >
          {row.inherit ? 'I' : '·'}
        </span>
        <span
          title={labels.protect}
          aria-label={row.protect ? labels.protect : undefined}
          className={row.protect ? 'flag on' : 'flag'}
        >
          {row.protect ? 'P' : '·'}
        </span>
      </td>
    </tr>
  );
});
