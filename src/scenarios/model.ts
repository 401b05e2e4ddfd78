/**
 * The data model of the scenario library: what a scenario is (programs + how they are launched),
 * and the teaching material around it (tutorial narration, "predict before you step" questions,
 * what-if toggles). Everything here is plain readonly data; `tutorial.ts` resolves anchors and
 * decides answers against a simulated `Run`, and `what-if.ts` applies toggles.
 *
 * Texts are always given in Korean and English (`LocalizedText`). Nothing is anchored to a raw
 * step number, which changes whenever a program is edited: a `StepAnchor` names what happens
 * at the step (an API call by a process, a source line running, a process exiting).
 */
import type { RunSpec } from '../sim/run-api.ts';
import type { ConceptId } from './concepts.ts';

export interface LocalizedText {
  readonly en: string;
  readonly ko: string;
}

/** Which process of an image: the Nth one to appear (1-based, in creation order). Default 1. */
export interface ProcessRef {
  readonly image: string;
  readonly instance?: number;
}

/**
 * A step of a run, found by what happens in it.
 *
 * - `api`: the step where a process of `image` makes its `nth` call (1-based, default 1) of `api`.
 *   `api` is compared without the A/W suffix (`CreateFile` matches `CreateFileW`). A blocking call
 *   shows twice: the step where it starts and blocks, and the later step where it returns. `phase`
 *   picks which ones are counted: `'returns'` (default: the call completed in that step) or
 *   `'blocks'` (the call started and the process blocked). Every call of a step counts (the
 *   timeline's markers list them all), but a step's API card shows only its last call: a question
 *   that observes the card anchors a call that is the last one of its statement.
 * - `line`: the step where a process running `file` executes, for the `nth` time, the source line
 *   that contains `text` (the text must occur on exactly one line of the file).
 * - `exit`: the step after which the process is exited.
 * - `end`: the last step of the run.
 */
export type StepAnchor =
  | {
      readonly kind: 'api';
      readonly image: string;
      readonly instance?: number;
      readonly api: string;
      readonly nth?: number;
      readonly phase?: 'returns' | 'blocks';
    }
  | {
      readonly kind: 'line';
      readonly file: string;
      readonly instance?: number;
      readonly text: string;
      readonly nth?: number;
    }
  | { readonly kind: 'exit'; readonly image: string; readonly instance?: number }
  | { readonly kind: 'end' };

/** A narration bubble shown at its anchor step, linked to the concept it teaches. */
export interface Narration {
  readonly id: string;
  readonly at: StepAnchor;
  readonly concept: ConceptId;
  readonly text: LocalizedText;
}

/** Which kernel object to look at. */
export type ObjectSelector =
  /** The process object of a process. */
  | ({ readonly by: 'process' } & ProcessRef)
  /** The object whose name (e.g. `\\.\mailslot\mailbox`) is exactly `name`. */
  | { readonly by: 'name'; readonly name: string };

/**
 * What value of the simulation, read at the anchor step (after it ran), decides the answer.
 * Every observation yields a string; the right choice is the one whose `value` equals it.
 *
 * - `last-error`: the anchor step's API card, GetLastError as a decimal number ("109").
 * - `api-result`: the anchor step's API card, its result as displayed ("TRUE", "FALSE", "0"...).
 * - `console`: the text the anchor step's process wrote to its console in that step, without the
 *   final newline.
 * - `process-state`: the state kind of a process after the step: ready | running | suspended |
 *   blocked | exited.
 * - `std-buffer`: the bytes waiting in a process's C runtime buffer of a standard stream after the
 *   step, in decimal (printf's text not yet written to a redirected stdout; facts C.1, C.2).
 * - `usage-count`: the usage count of an object after the step, in decimal; "gone" when the object
 *   no longer exists.
 * - `run-end`: how the whole run ended: exited | deadlock | step-limit (the anchor is ignored).
 */
export type Observation =
  | { readonly kind: 'last-error' }
  | { readonly kind: 'api-result' }
  | { readonly kind: 'console' }
  | ({ readonly kind: 'process-state' } & ProcessRef)
  | ({ readonly kind: 'std-buffer'; readonly stream: 'stdin' | 'stdout' | 'stderr' } & ProcessRef)
  | { readonly kind: 'usage-count'; readonly object: ObjectSelector }
  | { readonly kind: 'run-end' };

export interface Choice {
  readonly id: string;
  readonly label: LocalizedText;
  /** The observed value that makes this choice right. */
  readonly value: string;
}

/**
 * "Predict before you step": asked when the cursor is on the step just before `at`, answered by
 * stepping onto `at`. The right answer is never stored: it is `observe` read from the run.
 */
export interface PredictQuestion {
  readonly id: string;
  readonly at: StepAnchor;
  readonly concept: ConceptId;
  readonly prompt: LocalizedText;
  readonly observe: Observation;
  readonly choices: readonly Choice[];
  /** Shown once the answer is revealed. */
  readonly explanation: LocalizedText;
}

export interface Tutorial {
  readonly intro: LocalizedText;
  readonly narration: readonly Narration[];
  readonly questions: readonly PredictQuestion[];
}

/** Replace the only occurrence of `find` in program `file` with `replace`. */
export interface SourcePatch {
  readonly file: string;
  readonly find: string;
  readonly replace: string;
}

/** A what-if toggle: a named source change, and what it changes in the run. */
export interface WhatIf {
  readonly id: string;
  readonly label: LocalizedText;
  /** One line: the difference to expect when the toggle is on. */
  readonly explanation: LocalizedText;
  readonly patches: readonly SourcePatch[];
  /** How the patched run ends. */
  readonly expectedEnd: 'exited' | 'deadlock';
}

export interface Scenario {
  readonly id: string;
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
  readonly spec: RunSpec;
  /** How the unpatched run ends: 'exited' unless the scenario shows a deadlock on purpose. */
  readonly expectedEnd?: 'exited' | 'deadlock';
  readonly tutorial?: Tutorial;
  readonly whatIfs?: readonly WhatIf[];
}
