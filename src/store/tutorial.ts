/**
 * Pure helpers for the tutorial panel, the what-if toggles and the handout: which tutorial items
 * belong to the cursor's step, the key steps to jump to, the `whatif` URL parameter, and a compact
 * comparison of two runs. No React, no DOM; the right answers always come from the run
 * (`answerOf`), never from here.
 */
import type { Run, RunSpec } from '../sim/run-api.ts';
import type { ProcessStateView, StepView } from '../sim/view.ts';
import type { Narration, PredictQuestion, Scenario, Tutorial, WhatIf } from '../scenarios/model.ts';
import type { Placed, PlacedTutorial } from '../scenarios/tutorial.ts';
import { applyWhatIfs } from '../scenarios/what-if.ts';
import type { ScenarioEntry } from './sim-source.ts';

/** The teaching material of a registry entry. The registry holds full `Scenario` objects; the
 *  session types them as the structural subset `ScenarioEntry`. */
export function teachingOf(entry: ScenarioEntry | undefined): {
  tutorial: Tutorial | undefined;
  whatIfs: readonly WhatIf[];
} {
  const s = entry as Partial<Pick<Scenario, 'tutorial' | 'whatIfs'>> | undefined;
  return { tutorial: s?.tutorial, whatIfs: s?.whatIfs ?? [] };
}

/** The tutorial items that concern the cursor at `step`. */
export interface StepTutorial {
  /** Narration anchored on this very step. */
  readonly narration: readonly Placed<Narration>[];
  /** Questions to ask now: their anchor is the next step. */
  readonly ask: readonly Placed<PredictQuestion>[];
  /** Questions whose anchor is this step: reveal the answer. */
  readonly reveal: readonly Placed<PredictQuestion>[];
}

export function tutorialAt(placed: PlacedTutorial, step: number): StepTutorial {
  return {
    narration: placed.narration.filter((n) => n.step === step),
    ask: placed.questions.filter((q) => q.step === step + 1),
    reveal: placed.questions.filter((q) => q.step === step),
  };
}

/** A step worth jumping to: a narration, or a question (jumped to one step early, to predict). */
export interface KeyStep {
  readonly kind: 'narration' | 'question';
  readonly id: string;
  /** The anchor step. */
  readonly step: number;
  /** Where the jump lands: the anchor for narration, the step before it for a question. */
  readonly target: number;
}

export function keySteps(placed: PlacedTutorial): KeyStep[] {
  const items: KeyStep[] = [
    ...placed.narration.map((n) => ({
      kind: 'narration' as const,
      id: n.item.id,
      step: n.step,
      target: n.step,
    })),
    ...placed.questions.map((q) => ({
      kind: 'question' as const,
      id: q.item.id,
      step: q.step,
      target: Math.max(0, q.step - 1),
    })),
  ];
  return items.sort((a, b) => a.target - b.target || a.step - b.step);
}

/** The distinct anchor steps of a tutorial, in order: one handout page each. */
export function anchorSteps(placed: PlacedTutorial): number[] {
  return [...new Set([...placed.narration, ...placed.questions].map((p) => p.step))].sort((a, b) => a - b);
}

/** The what-if ids in a URL (`?whatif=a,b` or `?whatif=a&whatif=b`). */
export function parseWhatIfs(search: string): string[] {
  const q = new URLSearchParams(search);
  const ids = q.getAll('whatif').flatMap((v) => v.split(','));
  return [...new Set(ids.map((id) => id.trim()).filter((id) => id !== ''))];
}

/** `search` with the what-if ids set (removed when empty), other parameters kept. */
export function formatWhatIfs(search: string, ids: readonly string[]): string {
  const q = new URLSearchParams(search);
  q.delete('whatif');
  if (ids.length > 0) q.set('whatif', ids.join(','));
  const s = q.toString();
  return s === '' ? '' : `?${s}`;
}

/** The spec of `entry` with the toggles named in `ids` switched on; unknown ids are ignored. */
export function specWithWhatIfs(entry: ScenarioEntry, ids: readonly string[]): RunSpec {
  const on = teachingOf(entry).whatIfs.filter((w) => ids.includes(w.id));
  return on.length === 0 ? entry.spec : applyWhatIfs(entry.spec, on);
}

/** What a process looks like at the end of a run, for comparison. */
export interface ProcessOutcome {
  /** `PipeChild.exe` or `PipeChild.exe #2`: processes are matched by image and creation order,
   *  since pids may differ between runs. */
  readonly key: string;
  readonly console: string;
  readonly state: ProcessStateView;
}

export interface RunOutcome {
  readonly end: StepView['end'];
  readonly processes: readonly ProcessOutcome[];
}

type RunLike = Pick<Run, 'length' | 'view'>;

export function outcomeOf(run: RunLike): RunOutcome {
  const last = run.view(run.length);
  const seen = new Map<string, number>();
  const processes = last.processes.map((p) => {
    const n = (seen.get(p.image) ?? 0) + 1;
    seen.set(p.image, n);
    return { key: n === 1 ? p.image : `${p.image} #${n}`, console: p.console, state: p.state };
  });
  return { end: last.end, processes };
}

/** One process compared: lines only the original printed, lines only the variant printed. */
export interface ProcessDiff {
  readonly key: string;
  readonly before: ProcessStateView | null;
  readonly after: ProcessStateView | null;
  readonly stateChanged: boolean;
  /** Lines both printed first, in order. */
  readonly sameLines: number;
  readonly removed: readonly string[];
  readonly added: readonly string[];
}

export interface RunDiff {
  readonly endBefore: StepView['end'];
  readonly endAfter: StepView['end'];
  readonly processes: readonly ProcessDiff[];
}

const lines = (text: string) => text.split(/\r?\n/).filter((l, i, all) => l !== '' || i < all.length - 1);

export function sameState(a: ProcessStateView | null, b: ProcessStateView | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind !== b.kind) return false;
  if (a.kind === 'exited' && b.kind === 'exited') return a.exitCode === b.exitCode && a.fault === b.fault;
  if (a.kind === 'blocked' && b.kind === 'blocked') return a.what === b.what;
  return true;
}

/** Compares console output (after the common first lines) and final state, process by process. */
export function diffOutcomes(before: RunOutcome, after: RunOutcome): RunDiff {
  const keys = [...new Set([...before.processes, ...after.processes].map((p) => p.key))];
  const processes = keys.map((key) => {
    const a = before.processes.find((p) => p.key === key);
    const b = after.processes.find((p) => p.key === key);
    const la = lines(a?.console ?? '');
    const lb = lines(b?.console ?? '');
    let same = 0;
    while (same < la.length && same < lb.length && la[same] === lb[same]) same++;
    const stateA = a?.state ?? null;
    const stateB = b?.state ?? null;
    return {
      key,
      before: stateA,
      after: stateB,
      stateChanged: !sameState(stateA, stateB),
      sameLines: same,
      removed: la.slice(same),
      added: lb.slice(same),
    };
  });
  return { endBefore: before.end, endAfter: after.end, processes };
}

/** True when the diff shows any difference at all. */
export function hasChanges(diff: RunDiff): boolean {
  return (
    diff.endBefore?.reason !== diff.endAfter?.reason ||
    diff.processes.some((p) => p.stateChanged || p.removed.length > 0 || p.added.length > 0)
  );
}
