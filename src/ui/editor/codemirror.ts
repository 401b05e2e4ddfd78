/**
 * The CodeMirror 6 setup for one C program: highlighting, history, line numbers, a lint gutter
 * for compile errors, Ctrl/Cmd+Enter to run. Tab is not captured, so keyboard users can leave.
 */
import { history, defaultKeymap, historyKeymap } from '@codemirror/commands';
import { cpp } from '@codemirror/lang-cpp';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState, type Text } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import type { CompileError } from '../../sim/run-api.ts';

const theme = EditorView.theme({
  '&': { height: '100%', backgroundColor: 'var(--card)', color: 'var(--fg)', fontSize: '13px' },
  '.cm-content': { fontFamily: 'var(--mono)', caretColor: 'var(--fg)' },
  '.cm-gutters': {
    backgroundColor: 'var(--soft)',
    color: 'var(--muted)',
    borderRight: '1px solid var(--line)',
  },
  '.cm-activeLine, .cm-activeLineGutter': {
    backgroundColor: 'color-mix(in srgb, var(--accent-bg) 50%, transparent)',
  },
  '&.cm-focused': { outline: '2px solid var(--focus)' },
});

/**
 * The read-only code view's token classes (app.css), so the editor has the same colours, checked
 * for contrast in both themes.
 */
const highlight = HighlightStyle.define([
  { tag: tags.comment, class: 'tk-comment' },
  { tag: [tags.string, tags.character], class: 'tk-string' },
  { tag: [tags.number, tags.bool, tags.null], class: 'tk-number' },
  { tag: [tags.keyword, tags.controlKeyword, tags.operatorKeyword, tags.modifier], class: 'tk-keyword' },
  { tag: [tags.typeName, tags.standard(tags.typeName)], class: 'tk-type' },
  { tag: tags.function(tags.variableName), class: 'tk-call' },
  { tag: [tags.macroName, tags.processingInstruction], class: 'tk-pre' },
]);

export interface EditorHooks {
  label: string;
  onChange(text: string): void;
  onRun(): void;
}

export function editorState(doc: string, hooks: EditorHooks): EditorState {
  return EditorState.create({
    doc,
    extensions: [
      lineNumbers(),
      highlightActiveLineGutter(),
      history(),
      drawSelection(),
      indentOnInput(),
      bracketMatching(),
      highlightActiveLine(),
      syntaxHighlighting(highlight),
      cpp(),
      lintGutter(),
      keymap.of([
        {
          key: 'Mod-Enter',
          run: () => {
            hooks.onRun();
            return true;
          },
        },
        ...defaultKeymap,
        ...historyKeymap,
      ]),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': hooks.label }),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) hooks.onChange(u.state.doc.toString());
      }),
      theme,
    ],
  });
}

/** The position of a 1-based line and column, clamped into the document. */
export function positionOf(doc: Text, line: number, col: number): number {
  const l = doc.line(Math.max(1, Math.min(doc.lines, Math.trunc(line) || 1)));
  return l.from + Math.max(0, Math.min(l.length, Math.trunc(col) - 1 || 0));
}

/** Shows the compile errors of `file` inline, each from its column to the end of its word, each
 *  message as `say` puts it (the reader's language). */
export function showErrors(
  view: EditorView,
  file: string,
  errors: readonly CompileError[],
  say: (e: CompileError) => string = (e) => e.message,
): void {
  const doc = view.state.doc;
  const diagnostics: Diagnostic[] = errors
    .filter((e) => e.file === file)
    .map((e) => {
      const from = positionOf(doc, e.line, e.col);
      const lineEnd = doc.lineAt(from).to;
      const word = /^\w+/.exec(doc.sliceString(from, lineEnd))?.[0].length ?? 1;
      return { from, to: Math.min(lineEnd, from + Math.max(1, word)), severity: 'error', message: say(e) };
    });
  const first = diagnostics[0];
  view.dispatch(setDiagnostics(view.state, diagnostics));
  if (first) view.dispatch({ effects: EditorView.scrollIntoView(first.from, { y: 'center' }) });
}
