/** What is inside an object: a mailslot's message queue, a pipe's byte tube, a pipe instance's state chart. */
import { useTranslation } from '../useTranslation.ts';
import type { ByteBufferView } from '../../sim/view.ts';

export function MailslotQueue({ messages }: { messages: readonly { size: number; text: string }[] }) {
  const { t } = useTranslation();
  return (
    <div
      className="queue"
      aria-label={messages.length ? t('object.queue', { count: messages.length }) : t('object.queueEmpty')}
    >
      {messages.length === 0 ? <span className="muted">{t('object.queueEmpty')}</span> : null}
      <ol>
        {messages.map((m, i) => (
          <li key={i} className="msg">
            <span className="msg-size">{t('object.message', { size: m.size })}</span>
            <span className="msg-text mono">{m.text}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

const CELLS = 16;

function printable(b: number): string {
  return b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '·';
}

/** The buffer as a tube of cells: filled cells are unread bytes; R marks the read position, W the write one. */
export function ByteTube({
  buffer,
  label,
  ends,
}: {
  buffer: ByteBufferView;
  label?: 'toServer' | 'toClient';
  ends?: { r: boolean; w: boolean };
}) {
  const { t } = useTranslation();
  const shown = buffer.bytes.slice(0, CELLS);
  const cells = Array.from({ length: CELLS }, (_, i) => shown[i]);
  return (
    <div className="tube-wrap">
      <div className="tube-caption">
        {label ? <span>{t(`object.${label}`)}</span> : null}
        <span className="mono">{t('object.bytes', { used: buffer.used, capacity: buffer.capacity })}</span>
      </div>
      <div
        className="tube"
        role="img"
        aria-label={`${t('object.bytes', { used: buffer.used, capacity: buffer.capacity })}: ${shown.map(printable).join('')}`}
      >
        {cells.map((b, i) => (
          <span key={i} className={b === undefined ? 'cell' : 'cell full'}>
            {b === undefined ? '' : printable(b)}
          </span>
        ))}
        <span className="pos read" style={{ left: 0 }} aria-hidden="true">
          R
        </span>
        <span
          className="pos write"
          style={{ left: `${(Math.min(shown.length, CELLS) / CELLS) * 100}%` }}
          aria-hidden="true"
        >
          W
        </span>
      </div>
      {ends ? (
        <div className="tube-caption muted">
          {t('object.ends', {
            r: t(ends.r ? 'object.open' : 'object.closed'),
            w: t(ends.w ? 'object.open' : 'object.closed'),
          })}
        </div>
      ) : null}
    </div>
  );
}

const PIPE_STATES = ['disconnected', 'listening', 'connected', 'closing'] as const;

/** The instance lifecycle as a small chart with the current state lit (bold, filled, and marked ▶). */
export function PipeStateChart({ state }: { state: (typeof PIPE_STATES)[number] }) {
  const { t } = useTranslation();
  return (
    <ol
      className="pipe-states"
      aria-label={t('object.stateChart', { state: t(`object.pipeState.${state}`) })}
    >
      {PIPE_STATES.map((s) => (
        <li
          key={s}
          className={s === state ? 'lit' : undefined}
          aria-current={s === state ? 'step' : undefined}
        >
          {s === state ? '▶ ' : ''}
          {t(`object.pipeState.${s}`)}
        </li>
      ))}
    </ol>
  );
}
