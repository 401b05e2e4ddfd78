/**
 * Fixed sizes of everything the diagram draws, in diagram pixels. The components use the same
 * numbers (as CSS custom properties and calc() in app.css) so that the pure layout knows where
 * each handle row is without measuring the DOM.
 */
import type { ObjectKindName } from '../sim/view.ts';

/** Card width without a viewport (export, handout); with one, it is chosen in this range. */
export const CARD_W = 236;
export const CARD_W_MIN = 216;
export const CARD_W_MAX = 300;
/** From the card's top edge to its handle table: the top border, name line and state line. */
export const CARD_HEADER_H = 46;
export const TABLE_HEAD_H = 18;
/** A handle row has two lines: value, kind, access, flags; then the object's name in full. */
export const ROW_H = 32;
/** From a row's top to where its arrow leaves the card: the middle of its first line. */
export const ROW_ANCHOR = 9;
export const PSEUDO_H = 18;
export const SECTION_HEAD_H = 18;
export const VAR_H = 18;
export const MAX_VAR_ROWS = 6;
export const ENV_H = 22;
export const CARD_PAD = 5;

/** Room above the cards for the creation links. */
export const MARGIN_TOP = 30;
export const MARGIN_BOTTOM = 12;
/** Routing: arrows run in lanes LANE apart, at least CLEAR from any card. */
export const LANE = 5;
export const CLEAR = 7;
/** The narrowest gap between two columns, and the left margin (where loops round a card run). */
export const MIN_CHANNEL = 28;
/** Above and below the lanes of the bus, the horizontal channel between user and kernel mode. */
export const BUS_PAD = 9;
export const OBJ_GAP_Y = 12;
/** From an object's top edge to where arrows reach its side: the middle of its title line. */
export const OBJ_ENTRY_Y = 15;

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

/** The room each kind of object gets: a title of up to two lines, its facts and its insides. */
const OBJECT_H: Record<ObjectKindName, number> = {
  process: 76,
  thread: 76,
  mailslot: 96,
  pipe: 120,
  'named-pipe': 212,
  file: 62,
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
