/** Export every edited scenario as one JSON file; import one back (validated; refused files say why). */
import { useRef, type ChangeEvent } from 'react';
import { useTranslation } from '../useTranslation.ts';
import { parseImportFile, toExportFile } from '../../store/experiment.ts';
import { allEdits, saveEdit } from '../../store/persist.ts';
import { appStore } from '../app-store.ts';
import { download } from '../export/download.ts';
import { replaceDraft } from './edit-session.ts';
import { editStore, type NoticeKey } from './edit-store.ts';

const REASONS: Record<string, NoticeKey> = {
  'not-json': 'importNotJson',
  'not-ours': 'importNotOurs',
  'bad-scenario': 'importBad',
};

export function FileButtons() {
  const { t } = useTranslation('edit');
  const input = useRef<HTMLInputElement>(null);
  const onExport = () =>
    download('winipc-lab-programs.json', new Blob([toExportFile(allEdits())], { type: 'application/json' }));
  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const result = parseImportFile(await file.text());
    if (!result.ok) {
      editStore.setState({
        notice: {
          key: REASONS[result.reason] ?? 'importNotOurs',
          ...(result.detail ? { detail: result.detail } : {}),
        },
      });
      return;
    }
    for (const [id, spec] of Object.entries(result.scenarios)) saveEdit(id, spec);
    const current = appStore.getState().scenarioId;
    const mine = current !== null ? result.scenarios[current] : undefined;
    if (mine) await replaceDraft(mine);
    editStore.setState({ notice: { key: 'imported' } });
  };
  return (
    <div className="editor-file-buttons">
      <button type="button" data-testid="edit-export-json" onClick={onExport}>
        {t('edit.exportFile')}
      </button>
      <button type="button" onClick={() => input.current?.click()}>
        {t('edit.importFile')}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="edit-import-json"
        aria-label={t('edit.importFile')}
        onChange={(e) => void onImport(e)}
      />
    </div>
  );
}
