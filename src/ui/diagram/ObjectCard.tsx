/** One kernel object: kind shape, name, usage count, signaled state (shape + word), and its contents. */
import { Fragment, memo, useMemo } from 'react';
import { useTranslation } from '../useTranslation.ts';
import type { Rect } from '../../layout/positions.ts';
import { keepLast, selectObject } from '../../store/selectors.ts';
import type { AppState } from '../../store/store.ts';
import type { ObjectDetailView, ObjectView } from '../../sim/view.ts';
import { useApp } from '../app-store.ts';
import { KindShape } from './KindShape.tsx';
import { ByteTube, MailslotQueue, PipeStateChart } from './ObjectDetails.tsx';
import { ThreadDetail } from './ThreadDetail.tsx';
import { labelParts, sayObjectLabel, sayParts } from '../../i18n/object-label.ts';
import { breakAfterBackslash } from './labels.ts';
import { exitCodeText } from '../../i18n/format.ts';

interface Props {
  id: number;
  rect: Rect;
  inCycle: boolean;
}

/** Subscribes to this object's record; the body re-renders only when what it shows changed. At a
 *  step where the object does not exist the card stays, hidden, with what it showed last. */
export const ObjectCard = memo(function ObjectCard(props: Props) {
  const present = useApp(useMemo(() => selectHasObject(props.id), [props.id]));
  const o = useApp(useMemo(() => keepLast(selectObject(props.id)), [props.id]));
  return o ? <ObjectBody {...props} o={o} absent={!present} /> : null;
});

const selectHasObject = (id: number) => (s: AppState) => selectObject(id)(s) !== undefined;

interface BodyProps extends Props {
  o: ObjectView;
  absent: boolean;
}

const ObjectBody = memo(function ObjectBody({ id, rect, inCycle, o, absent }: BodyProps) {
  const { t, i18n } = useTranslation();
  const label = sayObjectLabel(o.label, o.kind, t, i18n.language);
  const signal = o.signaled ? t('object.signaled') : t('object.nonSignaled');
  const cls = [
    'obj',
    `k-${o.kind}`,
    o.signaled ? 'sig' : 'nonsig',
    o.changed ? 'changed' : '',
    o.destroyed ? 'destroyed' : '',
    inCycle ? 'in-cycle' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <section
      className={cls}
      hidden={absent}
      data-testid={absent ? undefined : `object-${id}`}
      data-kind={o.kind}
      data-usage-count={o.usageCount}
      data-signaled={o.signaled ? 'true' : 'false'}
      aria-label={`${label}: ${t('object.usage', { count: o.usageCount })}, ${signal}${o.destroyed ? `, ${t('object.destroyed')}` : ''}`}
      style={{ left: rect.x, top: rect.y, width: rect.w, maxHeight: rect.h }}
    >
      <header className="obj-head" title={label}>
        <KindShape kind={o.kind} filled={o.signaled} />
        <span className="kind-tag">{t(`object.short.${o.kind}`)}</span>{' '}
        <Title text={o.name ?? sayParts(labelParts(o.label, o.kind), o.kind, t).name} />
      </header>
      {/* One line: a destroyed object (usage count 0) says so where its state would be; its shape
          still shows whether it was signaled. */}
      <p className="obj-facts">
        <span className="usage">{t('object.usage', { count: o.usageCount })}</span>
        {o.destroyed ? (
          <span className="destroyed-tag">{t('object.destroyed')}</span>
        ) : (
          <span className={o.signaled ? 'signal on' : 'signal'}>
            <span aria-hidden="true">{o.signaled ? '●' : '○'}</span> {signal}
          </span>
        )}
      </p>
      <Detail detail={o.detail} />
    </section>
  );
});

/** The object's name, in full, free to wrap after a backslash of a path. */
const Title = memo(function Title({ text }: { text: string }) {
  return (
    <span className="obj-label">
      {breakAfterBackslash(text).map((part, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </span>
  );
});

/** What is inside the object; the store shares an unchanged detail between steps, so a change of
 *  the usage count alone does not redraw the buffer or the queue. */
const Detail = memo(function Detail({ detail: d }: { detail: ObjectDetailView }) {
  switch (d.kind) {
    case 'mailslot':
      return <MailslotQueue messages={d.messages} />;
    case 'pipe':
      return <ByteTube buffer={d.buffer} ends={{ r: d.readEndOpen, w: d.writeEndOpen }} />;
    case 'named-pipe':
      return (
        <>
          <PipeStateChart state={d.state} />
          <ByteTube buffer={d.toServer} label="toServer" />
          <ByteTube buffer={d.toClient} label="toClient" />
        </>
      );
    case 'process':
      return <ProcessDetail exitCode={d.exitCode} />;
    case 'thread':
      return <ThreadDetail tid={d.tid} pid={d.pid} suspendCount={d.suspendCount} />;
    case 'file':
      return <FileDetail size={d.size} />;
  }
});

function ProcessDetail({ exitCode }: { exitCode: number | null }) {
  const { t } = useTranslation();
  return (
    <p className="obj-sub">
      {exitCode === null ? t('object.running') : t('object.exitCode', { code: exitCodeText(exitCode) })}
    </p>
  );
}

/** The size only: the title above already names the file in full. */
function FileDetail({ size }: { size: number }) {
  const { t } = useTranslation();
  return <p className="obj-sub">{t('object.fileSize', { size })}</p>;
}
