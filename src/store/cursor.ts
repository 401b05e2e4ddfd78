/**
 * Pure timeline arithmetic over a run: clamping, "the next step where the kernel changed".
 * No state of its own; the store calls these.
 */
import type { Run } from '../sim/run-api.ts';
import type { StepView } from '../sim/view.ts';

export function clampStep(run: Pick<Run, 'length'>, step: number): number {
  if (!Number.isFinite(step)) return 0;
  return Math.max(0, Math.min(run.length, Math.trunc(step)));
}

/** True when the step changed something in the kernel (any event but the clock moving). */
export function kernelChanged(view: StepView): boolean {
  return view.events.some((e) => e.type !== 'ClockAdvanced') || view.objects.some((o) => o.changed);
}

/** The first step after `from` where the kernel changed, or the end of the run. */
export function nextKernelChange(run: Pick<Run, 'length' | 'view'>, from: number): number {
  for (let step = from + 1; step <= run.length; step++) if (kernelChanged(run.view(step))) return step;
  return run.length;
}
