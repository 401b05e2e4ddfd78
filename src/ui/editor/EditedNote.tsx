/**
 * The marker that the scenario runs the user's edited programs (a saved edit, a link), not the
 * ones its tutorial describes, with the way back to the original; after that reset, "Undo reset"
 * in the same place until the next edit or run. Both are announced politely; the keyboard focus
 * goes back to the button once it has changed its words (it is gone for a moment while the new
 * run is built).
 */
import { useRef } from 'react';
import { useTranslation } from '../useTranslation.ts';
import { useApp } from '../app-store.ts';
import { isEditedRun, resetToOriginal, undoReset } from './edit-session.ts';
import { useEdit } from './edit-store.ts';

export function EditedNote() {
  const { t } = useTranslation('edit');
  const edited = useApp((s) => (s.run && s.scenarioId !== null ? isEditedRun(s.run, s.scenarioId) : false));
  const scenarioId = useApp((s) => s.scenarioId);
  const undoable = useEdit((s) => s.beforeReset !== null && s.beforeReset.scenario === scenarioId);
  const shown = edited ? 'edited' : undoable ? 'undo' : null;
  const button = useRef<HTMLButtonElement>(null);
  const act = () => {
    const hadFocus = document.activeElement === button.current;
    void (shown === 'edited' ? resetToOriginal() : undoReset()).then(() => {
      if (hadFocus) button.current?.focus();
    });
  };
  return (
    <div aria-live="polite" data-testid="edited-note">
      {shown ? (
        <div className={`edited-note edited-note-${shown}`}>
          <p>
            {shown === 'edited' ? (
              <>
                <strong>{t('edit.editedTitle')}</strong> {t('edit.editedBody')}
              </>
            ) : (
              t('edit.resetDone')
            )}
          </p>
          <button
            type="button"
            data-testid={shown === 'edited' ? 'edited-reset' : 'edited-undo'}
            ref={button}
            onClick={act}
          >
            {shown === 'edited' ? t('edit.showOriginal') : t('edit.undoReset')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
