/** The `?` overlay: every keyboard shortcut. A modal dialog that closes with Escape. */
import { useEffect, useRef } from 'react';
import { useTranslation } from '../useTranslation.ts';
import { actions, useApp } from '../app-store.ts';

export const SHORTCUTS: readonly [string, string][] = [
  ['→', 'forward'],
  ['←', 'back'],
  ['PageDown / PageUp', 'clicker'],
  ['Space', 'play'],
  ['Home', 'home'],
  ['End', 'end'],
  ['N', 'change'],
  ['F', 'fit'],
  ['+ / −', 'zoom'],
  ['C', 'follow'],
  ['T', 'theme'],
  ['L', 'lang'],
  ['P', 'present'],
  ['?', 'help'],
];

export function HelpOverlay() {
  const { t } = useTranslation();
  const open = useApp((s) => s.helpOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    // React's autoFocus focuses on mount (the dialog is closed then), not on showModal, which
    // would give the focus to the first link: Close is focused by hand.
    if (open && !d.open) {
      d.showModal();
      close.current?.focus();
    }
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="help"
      aria-labelledby="help-h"
      onClose={() => actions().setHelpOpen(false)}
      data-testid="help"
    >
      <h2 id="help-h">{t('help.title')}</h2>
      <dl>
        {SHORTCUTS.map(([key, name]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(`help.keys.${name}`)}</dd>
          </div>
        ))}
      </dl>
      <p>
        <a href="?page=accuracy">{t('app.accuracy')}</a>
      </p>
      <form method="dialog">
        <button type="submit" ref={close}>
          {t('help.close')}
        </button>
      </form>
    </dialog>
  );
}
