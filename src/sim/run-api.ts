/**
 * What the app (store, UI) and the CLI use to run a scenario: a `Run` is a timeline of steps that
 * can be read at any step instantly. Runs are immutable; a choice or an input at an earlier step
 * makes a new run that shares the steps before it (a branch).
 */
import type { CompileWords } from '../lang/index.ts';
import type { ObjectKindName, StepView } from './view.ts';

export interface ProgramSource {
  /** File name, e.g. "MailSender.c"; the image name is the base name + ".exe". */
  readonly name: string;
  readonly text: string;
}

export interface RunSpec {
  readonly programs: readonly ProgramSource[];
  /** Command lines of the top-level processes, started in this order. */
  readonly launch: readonly string[];
  /** Scripted console input per image name (e.g. "MailSender.exe"), given to its first process. */
  readonly stdin?: Readonly<Record<string, string>>;
  /** Console input typed while the run waited (`Run.inputAt`), in the order given: replayed after
   *  the run is built, so a rebuilt run is the one the user saw, step for step. A run's own spec
   *  lists every input typed into it. */
  readonly typed?: readonly TypedInput[];
  /** The run ends after this many steps (default 100,000 in the app; the CLI default is 1,000,000). */
  readonly maxSteps?: number;
}

/** Text typed into process `pid`'s console at `step` (see `Run.inputAt`). */
export interface TypedInput {
  readonly step: number;
  readonly pid: number;
  readonly text: string;
}

export interface CompileError {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** The English message (the command line prints it). */
  readonly message: string;
  /** The message's words, for the reader's language (src/i18n/compile-error.ts); absent for an
   *  internal or launch error, and in errors saved before they had words. */
  readonly words?: CompileWords;
}

export type MarkerKind = 'api' | 'block' | 'exit' | 'fault' | 'input';

export interface TimelineMarker {
  readonly step: number;
  readonly kind: MarkerKind;
  readonly pid: number;
  readonly label: string;
}

/** The whole run's cast, for a layout that does not move between steps. */
export interface RunShape {
  /** Every process of the run, in order of first appearance. */
  readonly pids: readonly number[];
  /** Every kernel object of the run, in order of first appearance. */
  readonly objects: readonly number[];
  /** The most handles each process ever holds at once. */
  readonly maxHandles: Readonly<Record<number, number>>;
  /** The most variables (locals of the current function and globals) each process ever shows. */
  readonly maxVars: Readonly<Record<number, number>>;
  /** The kind of every object of the run. */
  readonly objectKinds: Readonly<Record<number, ObjectKindName>>;
  /** Whether some process of the run ever has standard handles other than its console's three
   *  (redirected, NULL, moved by SetStdHandle, no console): the cards then show them. */
  readonly std: boolean;
  /** Each object's home process, near which the diagram draws it: for a process or thread object
   *  the process it stands for; for any other, the first process that held a handle to it.
   *  Absent when there is none. */
  readonly objectHomes: Readonly<Record<number, number>>;
  /** Every process that ever held a handle to the object, in order of first holding (processes
   *  that got one in the same step: in creation order). Absent when none ever did. */
  readonly objectHolders: Readonly<Record<number, readonly number[]>>;
}

export interface Run {
  readonly spec: RunSpec;
  /** Steps available: views exist for 0..length (0 is the state before the first step). */
  readonly length: number;
  /** How the run ended, or null while it waits for console input that has not been given. */
  readonly end: StepView['end'];
  /** Which process waits for console input at the last step, if any. */
  readonly waitingForInput: readonly number[];
  view(step: number): StepView;
  markers(): readonly TimelineMarker[];
  shape(): RunShape;
  /** A new run that shares steps 0..step and then lets process `pid` take the next step. */
  chooseAt(step: number, pid: number): Run;
  /** A new run that shares steps 0..step and gives `text` to `pid`'s console input there. */
  inputAt(step: number, pid: number, text: string): Run;
}

/** What a piece of `buildRun` did: compiled the standard headers or a program, booted the world,
 *  or computed up to a step. */
export type BuildProgress =
  | { readonly kind: 'headers' }
  | { readonly kind: 'compiled'; readonly file: string }
  | { readonly kind: 'booted' }
  | { readonly kind: 'stepped'; readonly step: number };

export type StartResult =
  { readonly ok: true; readonly run: Run } | { readonly ok: false; readonly errors: readonly CompileError[] };
