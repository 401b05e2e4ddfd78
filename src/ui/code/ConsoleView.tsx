/** A process's console output; an input box when the process waits for console input. */
import { memo, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../useTranslation.ts';
import { selectCanInput } from '../../store/selectors.ts';
import { actions, useApp } from '../app-store.ts';

export const ConsoleView = memo(function ConsoleView({ pid, text }: { pid: number; text: string }) {
  const { t } = useTranslation();
  const canInput = useApp(useMemo(() => selectCanInput(pid), [pid]));
  const [draft, setDraft] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    actions().giveInput(pid, `${draft}\n`);
    setDraft('');
  };
  return (
    <div
      className="console"
      data-testid={`console-${pid}`}
      role="log"
      aria-label={t('panels.console', { pid })}
    >
      <pre>{text || <span className="muted">{t('panels.consoleEmpty')}</span>}</pre>
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
