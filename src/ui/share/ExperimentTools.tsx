/**
 * The toolbar's "make it yours" group: Edit (opens the lazily loaded editor), Copy link and
 * Export (also lazy), and the notice banner (a bad link, an import's result). The editor and the
 * exporter are separate chunks so they never weigh on the first page load.
 */
import { lazy, Suspense, useEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from '../useTranslation.ts';
import { useApp } from '../app-store.ts';
import { editStore, useEdit } from '../editor/edit-store.ts';
import { ShareButton } from './ShareButton.tsx';
import './share.css';

const EditorPanel = lazy(() => import('../editor/EditorPanel.tsx'));
const ExportMenu = lazy(() => import('../export/ExportMenu.tsx'));

export function ExperimentTools() {
  const { t } = useTranslation('edit');
  const open = useEdit((s) => s.open);
  const hasRun = useApp((s) => s.run !== null);
  const [exportOpen, setExportOpen] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const exportButton = useRef<HTMLButtonElement>(null);
  useFocusBackOnClose(open, editButton);
  useFocusBackOnClose(exportOpen, exportButton);
  return (
    <div className="experiment-tools" role="group" aria-label={t('edit.programs')}>
      <button
        ref={editButton}
        type="button"
        data-testid="edit-open"
        aria-expanded={open}
        aria-controls="editor-panel"
        disabled={!hasRun && !open}
        aria-label={t('edit.open')}
        title={t('edit.open')}
        onClick={() => editStore.setState({ open: !open })}
      >
        {t('edit.short')}
      </button>
      <ShareButton />
      <button
        ref={exportButton}
        type="button"
        data-testid="export-open"
        aria-expanded={exportOpen}
        aria-controls="export-menu"
        disabled={!hasRun}
        onClick={() => setExportOpen(!exportOpen)}
      >
        {t('export.menu')}
      </button>
      {exportOpen ? (
        <Suspense fallback={null}>
          <ExportMenu onClose={() => setExportOpen(false)} />
        </Suspense>
      ) : null}
      {open
        ? createPortal(
            <Suspense
              fallback={
                <p className="editor-loading" role="status">
                  {t('edit.loading')}
                </p>
              }
            >
              <EditorPanel />
            </Suspense>,
            document.body,
          )
        : null}
      <Notice />
    </div>
  );
}

/**
 * When `open` turns false and the focus was inside what closed (it went down with it, to the
 * page's body), gives it back to the button that opened it. Focus the user moved elsewhere stays.
 */
function useFocusBackOnClose(open: boolean, button: RefObject<HTMLButtonElement | null>): void {
  const was = useRef(open);
  useEffect(() => {
    const closed = was.current && !open;
    was.current = open;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (closed && lost) button.current?.focus();
  }, [open, button]);
}

function Notice() {
  const { t } = useTranslation('edit');
  const notice = useEdit((s) => s.notice);
  if (!notice) return null;
  return createPortal(
    <div className="edit-notice" role="alert" data-testid="notice">
      <span>{t(`share.${notice.key}`, { detail: notice.detail ?? '' })}</span>
      <button type="button" onClick={() => editStore.setState({ notice: null })}>
        {t('share.dismiss')}
      </button>
    </div>,
    document.body,
  );
}
