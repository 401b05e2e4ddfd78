/**
 * The program editor (its own chunk, loaded on first use): a tab per program in CodeMirror, the
 * launch commands, the scripted console input, Run, Reset, add/remove a program, and export /
 * import of the user's programs as JSON. Every keystroke is kept (memory + localStorage); the
 * diagram changes only when a draft compiles.
 */
import { EditorView } from '@codemirror/view';
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from '../useTranslation.ts';
import { compileErrorText } from '../../i18n/compile-error.ts';
import type { EditableSpec } from '../../store/experiment.ts';
import { useApp } from '../app-store.ts';
import { editorState, positionOf, showErrors } from './codemirror.ts';
import { currentDraft, keepDraft, resetToOriginal, runDraft, undoReset } from './edit-session.ts';
import { editStore, useEdit } from './edit-store.ts';
import { FileButtons } from './FileButtons.tsx';
import './editor.css';

const NEW_PROGRAM = `#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, LPTSTR argv[])
{
    _tprintf(_T("Hello\\n"));
    return 0;
}
`;

const imageOf = (file: string) => file.replace(/\.c$/i, '') + '.exe';

const close = () => editStore.setState({ open: false });

/**
 * Escape closes the editor, from the code as from its other controls, as it closes the app's other
 * overlays: nothing is lost, every keystroke is already kept as the draft (keepDraft). It gives way
 * to a use of Escape by what has the focus: CodeMirror's own (back to one cursor from several; it
 * cancels the event when it used it), an IME's composition, and the new program's name field while
 * it holds a name not added yet (that text would go with the panel).
 */
function closeOnEscape(e: KeyboardEvent) {
  if (e.key !== 'Escape' || e.nativeEvent.defaultPrevented || e.nativeEvent.isComposing) return;
  e.preventDefault();
  close();
}

export default function EditorPanel() {
  const { t } = useTranslation('edit');
  const scenarioId = useApp((s) => s.scenarioId);
  const stored = useEdit((s) => (s.scenario === scenarioId ? s.draft : null));
  const revision = useEdit((s) => s.revision);
  const errors = useEdit((s) => s.errors);
  const [active, setActive] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const top = useToolbarBottom();
  const resetButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Opening the editor on a scenario starts from what the shown run was made from.
    if (!stored && scenarioId !== null) {
      const draft = currentDraft();
      if (draft) editStore.setState((s) => ({ scenario: scenarioId, draft, revision: s.revision + 1 }));
    }
  }, [stored, scenarioId]);
  const draft = stored;
  const run = async () => {
    const d = editStore.getState().draft;
    if (d) setOutcome((await runDraft(d)) ? 'compiled' : 'failed');
  };
  if (!draft) return null;
  const file = draft.programs[Math.min(active, draft.programs.length - 1)]?.name ?? '';
  return (
    <section
      id="editor-panel"
      className="editor-panel"
      aria-label={t('edit.panel')}
      data-testid="editor"
      style={{ top }}
      onKeyDown={closeOnEscape}
    >
      <div className="editor-head">
        <h2>{t('edit.panel')}</h2>
        <button type="button" className="primary" data-testid="edit-run" onClick={() => void run()}>
          {t('edit.run')} <kbd>{t('edit.runHint')}</kbd>
        </button>
        <button
          type="button"
          data-testid="edit-reset"
          ref={resetButton}
          onClick={() => void resetToOriginal().then((changed) => setOutcome(changed ? 'resetDone' : null))}
        >
          {t('edit.reset')}
        </button>
        <button type="button" aria-label={t('edit.close')} title={t('edit.close')} onClick={close}>
          ×
        </button>
      </div>
      <ProgramTabs draft={draft} active={active} setActive={setActive} />
      <CodeEditor
        key={`${revision}:${file}`}
        draft={draft}
        file={file}
        errors={errors}
        onRun={() => void run()}
      />
      <div className="editor-status-row">
        <p className="editor-status" role="status" data-testid="edit-status">
          {outcome ? t(`edit.${outcome}`) : ''}
        </p>
        <UndoReset
          onUndone={(compiled) => {
            setOutcome(compiled ? 'resetUndone' : 'failed');
            resetButton.current?.focus();
          }}
        />
      </div>
      <ErrorList errors={errors} onPick={(f) => setActive(draft.programs.findIndex((p) => p.name === f))} />
      <details className="editor-more">
        <summary>{t('edit.more')}</summary>
        <LaunchAndInput key={revision} draft={draft} />
        <FileButtons />
      </details>
    </section>
  );
}

type Outcome = 'compiled' | 'failed' | 'resetDone' | 'resetUndone';

/**
 * "Undo reset", offered after a reset that changed something, until the next edit or run. Once
 * used it disappears, so focus goes back to the Reset button (`onUndone`).
 */
function UndoReset(props: { onUndone(compiled: boolean): void }) {
  const { t } = useTranslation('edit');
  const scenarioId = useApp((s) => s.scenarioId);
  const offered = useEdit((s) => s.beforeReset !== null && s.beforeReset.scenario === scenarioId);
  if (!offered) return null;
  return (
    <button type="button" data-testid="edit-undo-reset" onClick={() => void undoReset().then(props.onUndone)}>
      {t('edit.undoReset')}
    </button>
  );
}

/** The panel sits under the toolbar, whose height depends on how its controls wrap. */
function useToolbarBottom(): number {
  const [bottom, setBottom] = useState(52);
  useEffect(() => {
    const bar = document.querySelector('.toolbar');
    if (!bar) return;
    const measure = () => setBottom(Math.round(bar.getBoundingClientRect().bottom));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);
  return bottom;
}

function ProgramTabs(props: { draft: EditableSpec; active: number; setActive(i: number): void }) {
  const { t } = useTranslation('edit');
  const { draft, active, setActive } = props;
  const [name, setName] = useState('');
  const [bad, setBad] = useState(false);
  const add = (e: FormEvent) => {
    e.preventDefault();
    const n = name.trim();
    if (!/^[A-Za-z0-9_.-]{1,64}\.c$/.test(n) || draft.programs.some((p) => p.name === n)) return setBad(true);
    setBad(false);
    setName('');
    keepDraft({ ...draft, programs: [...draft.programs, { name: n, text: NEW_PROGRAM }] });
    setActive(draft.programs.length);
  };
  const current = draft.programs[active];
  const remove = () => {
    if (!current || draft.programs.length < 2) return;
    keepDraft({ ...draft, programs: draft.programs.filter((_, i) => i !== active) });
    setActive(0);
  };
  return (
    <div className="editor-files">
      <div role="group" aria-label={t('edit.programs')} className="editor-tabs">
        {draft.programs.map((p, i) => (
          <button
            key={p.name}
            type="button"
            aria-pressed={i === active}
            data-testid={`edit-file-${p.name}`}
            onClick={() => setActive(i)}
          >
            {p.name}
          </button>
        ))}
        {current && draft.programs.length > 1 ? (
          <button type="button" className="quiet" onClick={remove}>
            {t('edit.removeProgram', { name: current.name })}
          </button>
        ) : null}
      </div>
      <form className="editor-add" onSubmit={add}>
        <label>
          <span className="sr-only">{t('edit.newName')}</span>
          <input
            value={name}
            placeholder="Helper.c"
            aria-invalid={bad}
            aria-describedby={bad ? 'new-name-error' : undefined}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && name !== '') e.preventDefault();
            }}
          />
        </label>
        <button type="submit">{t('edit.addProgram')}</button>
        {bad ? (
          <span id="new-name-error" className="editor-bad" role="alert">
            {t('edit.badName')}
          </span>
        ) : null}
      </form>
    </div>
  );
}

function CodeEditor(props: {
  draft: EditableSpec;
  file: string;
  errors: ReturnType<typeof editStore.getState>['errors'];
  onRun(): void;
}) {
  const { t, i18n } = useTranslation('edit');
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const { file, errors } = props;
  const onRun = useRef(props.onRun);
  useEffect(() => {
    onRun.current = props.onRun;
  });
  const initial = useRef(props.draft.programs.find((p) => p.name === file)?.text ?? '');
  useEffect(() => {
    if (!host.current) return;
    const v = new EditorView({
      parent: host.current,
      state: editorState(initial.current, {
        label: t('edit.code', { name: file }),
        onChange: (text) => {
          const d = editStore.getState().draft;
          if (!d) return;
          keepDraft({ ...d, programs: d.programs.map((p) => (p.name === file ? { ...p, text } : p)) });
        },
        onRun: () => onRun.current(),
      }),
    });
    // The scroller is a scrollable region: keyboard users must be able to reach it (axe).
    v.scrollDOM.tabIndex = 0;
    v.scrollDOM.setAttribute('aria-label', t('edit.code', { name: file }));
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
  }, [file, t]);
  useEffect(() => {
    if (view.current) showErrors(view.current, file, errors, (e) => compileErrorText(e, i18n.language));
  }, [errors, file, i18n.language]);
  useEffect(() => {
    const onJump = (e: Event) => {
      const { detail } = e as CustomEvent<{ file: string; line: number; col: number }>;
      const v = view.current;
      if (!v || detail.file !== file) return;
      const pos = positionOf(v.state.doc, detail.line, detail.col);
      v.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
      v.focus();
    };
    window.addEventListener('winipc:jump', onJump);
    return () => window.removeEventListener('winipc:jump', onJump);
  }, [file]);
  return <div className="editor-code" ref={host} data-testid="code-editor" data-file={file} />;
}

function ErrorList(props: {
  errors: ReturnType<typeof editStore.getState>['errors'];
  onPick(file: string): void;
}) {
  const { t, i18n } = useTranslation('edit');
  if (props.errors.length === 0) return null;
  return (
    <div className="editor-errors" role="alert" data-testid="compile-errors">
      <h3>{t('edit.errors')}</h3>
      <ul>
        {props.errors.map((e, i) => (
          <li key={i}>
            <button
              type="button"
              className="link-like"
              data-line={e.line}
              data-col={e.col}
              onClick={() => {
                props.onPick(e.file);
                setTimeout(() => window.dispatchEvent(new CustomEvent('winipc:jump', { detail: e })), 0);
              }}
            >
              {t('edit.errorAt', {
                file: e.file,
                line: e.line,
                col: e.col,
                message: compileErrorText(e, i18n.language),
              })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function LaunchAndInput({ draft }: { draft: EditableSpec }) {
  const { t } = useTranslation('edit');
  const [launch, setLaunch] = useState(draft.launch.join('\n'));
  const onLaunch = (e: ChangeEvent<HTMLTextAreaElement>) => {
    setLaunch(e.target.value);
    const lines = e.target.value.split('\n').filter((l) => l.trim() !== '');
    const d = editStore.getState().draft;
    if (d && lines.length > 0) keepDraft({ ...d, launch: lines });
  };
  const onInput = (image: string, text: string) => {
    const d = editStore.getState().draft;
    if (!d) return;
    const stdin = { ...d.stdin };
    if (text === '') delete stdin[image];
    else stdin[image] = text;
    keepDraft({ ...d, stdin });
  };
  return (
    <div className="editor-launch">
      <label>
        {t('edit.launch')}
        <textarea data-testid="edit-launch" rows={2} value={launch} onChange={onLaunch} spellCheck={false} />
      </label>
      {draft.programs.map((p) => {
        const image = imageOf(p.name);
        return (
          <label key={p.name}>
            {t('edit.stdin', { image })}
            <textarea
              rows={1}
              defaultValue={draft.stdin[image] ?? ''}
              onChange={(e) => onInput(image, e.target.value)}
              spellCheck={false}
            />
          </label>
        );
      })}
    </div>
  );
}
