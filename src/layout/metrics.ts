/**
 * Fixed sizes of everything the diagram draws, in diagram pixels. The components use the same
 * numbers (as CSS custom properties) so that the pure layout knows where each handle row is
 * without measuring the DOM.
 */
export const CARD_W = 300;
export const CARD_HEADER_H = 56;
export const TABLE_HEAD_H = 22;
export const ROW_H = 24;
export const PSEUDO_H = 22;
export const SECTION_HEAD_H = 22;
export const VAR_H = 20;
export const MAX_VAR_ROWS = 6;
export const ENV_H = 30;
export const CARD_PAD = 8;
export const GAP_X = 84;
export const MARGIN_X = 44;
export const MARGIN_TOP = 34;
export const BOUNDARY_GAP = 56;
export const OBJ_W = 212;
export const OBJ_GAP_X = 28;
export const OBJ_GAP_Y = 26;

// ---- Standard handles (src/ui/diagram/StdHandles.tsx): one row per stream, stdin, stdout and
// stderr, under the pseudo-handle line; drawn in every card, presenter mode included, in runs
// where some process's standard handles are not its console's (RunShape.std). ----
export const STD_ROW_H = 18;
export const STD_ROWS = 3;
export const STD_PAD = 4;
export const STD_H = STD_ROWS * STD_ROW_H + STD_PAD;

/** The y of the middle of standard-handle row `index` (0 stdin, 1 stdout, 2 stderr) of a card
 *  whose pseudo-handle line has its middle at `pseudoY` (the layout's `pseudoY`). */
export function stdRowY(pseudoY: number, index: number): number {
  return pseudoY + PSEUDO_H / 2 + STD_PAD + (index + 0.5) * STD_ROW_H;
}

import type { ObjectKindName } from '../sim/view.ts';

const OBJECT_H: Record<ObjectKindName, number> = {
  process: 92,
  thread: 92,
  mailslot: 132,
  pipe: 140,
  'named-pipe': 242,
  file: 92,
};

export function objectHeight(kind: ObjectKindName): number {
  return OBJECT_H[kind];
}

/**
 * Height of a process card that must hold `rows` handle rows and `vars` variables all run long;
 * without the variables section when `variables` is false (presenter mode folds it away); with
 * the standard-handle rows when `std` is true (a run where some process is redirected).
 */
export function cardHeight(rows: number, vars: number, variables = true, std = false): number {
  const varRows = Math.max(1, Math.min(vars, MAX_VAR_ROWS));
  return (
    CARD_HEADER_H +
    TABLE_HEAD_H +
    Math.max(1, rows) * ROW_H +
    PSEUDO_H +
    (std ? STD_H : 0) +
    (variables ? SECTION_HEAD_H + varRows * VAR_H : 0) +
    ENV_H +
    CARD_PAD
  );
}
