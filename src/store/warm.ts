/**
 * What drawing a new run asks of it first, read a piece at a time before the run is installed,
 * so that installing it (one synchronous render) does not compute it too: the run's shape and
 * markers, the views of its first steps (a tutorial places its notes by scanning them) and the
 * views around the step it opens at. The run keeps what was read in its caches.
 */
import type { Run } from '../sim/run-api.ts';
import { clampStep } from './cursor.ts';

/** Views of the first steps read ahead: a lesson's whole run, well within the run's view cache. */
const FIRST_STEPS = 256;

export function* warmRun(run: Run, step: number): Generator<void, void> {
  run.shape();
  yield;
  run.markers();
  yield;
  for (let at = 0; at <= Math.min(run.length, FIRST_STEPS); at++) {
    run.view(at);
    yield;
  }
  const at = clampStep(run, step);
  if (at > 0) run.view(at - 1);
  run.view(at);
}
