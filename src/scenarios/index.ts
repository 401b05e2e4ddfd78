/**
 * The built-in scenarios: C programs in the textbook's style, how they are launched, their
 * scripted console input, and their teaching material (see `model.ts` for the data model). The
 * app opens one with `?scenario=<id>`.
 */
import { anonymousPipe } from './anonymous-pipe.ts';
import { duplicateHandle } from './duplicate-handle.ts';
import { environment } from './environment.ts';
import { handleInheritance } from './handle-inheritance.ts';
import { kernelObjectState } from './kernel-object-state.ts';
import { mailslot } from './mailslot.ts';
import { mailslotOneWay } from './mailslot-one-way.ts';
import type { Scenario } from './model.ts';
import { namedPipe } from './named-pipe.ts';
import { namedPipeFile } from './named-pipe-file.ts';
import { pipeParentChild } from './pipe-parent-child.ts';
import { pipeRedirect } from './pipe-redirect.ts';
import { suspended } from './suspended.ts';
import { usageCount } from './usage-count.ts';

export type {
  Choice,
  LocalizedText,
  Narration,
  ObjectSelector,
  Observation,
  PredictQuestion,
  ProcessRef,
  Scenario,
  SourcePatch,
  StepAnchor,
  Tutorial,
  WhatIf,
} from './model.ts';
export { CONCEPTS, CONCEPT_IDS, findConcept } from './concepts.ts';
export type { Concept, ConceptId } from './concepts.ts';
export { answerOf, observe, placeTutorial, resolveAnchor } from './tutorial.ts';
export type { Answer, Placed, PlacedTutorial } from './tutorial.ts';
export { applyPatches, applyWhatIfs } from './what-if.ts';

/** In the order of the textbook's chapters. */
export const SCENARIOS: readonly Scenario[] = [
  mailslot,
  mailslotOneWay,
  kernelObjectState,
  environment,
  handleInheritance,
  duplicateHandle,
  anonymousPipe,
  pipeParentChild,
  pipeRedirect,
  namedPipe,
  namedPipeFile,
  usageCount,
  suspended,
];

export function findScenario(id: string | null | undefined): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
