/** What a thread object card shows inside: its tid and pid, and its suspend count while the
 *  thread is suspended (CREATE_SUSPENDED, SuspendThread; fact 5.10). */
import { useTranslation } from '../useTranslation.ts';

interface Props {
  tid: number;
  pid: number;
  suspendCount: number;
}

export function ThreadDetail({ tid, pid, suspendCount }: Props) {
  const { t } = useTranslation();
  return (
    <p className="obj-sub" data-suspend-count={suspendCount}>
      <span className="mono">tid {tid}</span>
      {' · '}
      {suspendCount > 0 ? (
        // The label names the process already; the pid gives way to the count (one line).
        <span className="thread-suspended">
          <span aria-hidden="true">‖ </span>
          {t('object.suspended', { count: suspendCount })}
        </span>
      ) : (
        <span className="mono">pid {pid}</span>
      )}
    </p>
  );
}
