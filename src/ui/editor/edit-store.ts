/**
 * The editor's state beside the app store: the draft being edited (per scenario), the compile
 * errors of the last attempt, and a notice (a bad link, a refused import). The last good run stays
 * in the app store until a draft compiles, so a failed compile never blanks the diagram.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { CompileError } from '../../sim/run-api.ts';
import type { EditableSpec } from '../../store/experiment.ts';

export type NoticeKey =
  | 'badLink'
  | 'badLinkScenario'
  | 'unknownLinkScenario'
  | 'importNotJson'
  | 'importNotOurs'
  | 'importBad'
  | 'imported';

export interface EditState {
  open: boolean;
  /** The scenario the draft belongs to, and the draft itself (null until the editor opens). */
  scenario: string | null;
  draft: EditableSpec | null;
  errors: readonly CompileError[];
  /** True while the draft differs from what the shown run was made from. */
  dirty: boolean;
  notice: { key: NoticeKey; detail?: string } | null;
  /** Bumped when the draft is replaced from outside the editor (reset, import), to reload its text. */
  revision: number;
  /** What "Reset to original" replaced, for "Undo reset": kept until the next edit or run. */
  beforeReset: { scenario: string; draft: EditableSpec } | null;
}

export const editStore = createStore<EditState>()(() => ({
  open: false,
  scenario: null,
  draft: null,
  errors: [],
  dirty: false,
  notice: null,
  revision: 0,
  beforeReset: null,
}));

export function useEdit<T>(selector: (s: EditState) => T): T {
  return useStore(editStore, selector);
}
