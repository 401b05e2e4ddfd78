/**
 * Where the app gets runs from: the simulator's `startRun` and the scenario registry, loaded
 * lazily (their own chunk) so the first paint does not wait for the C front end and the kernel.
 */
import type { BuildProgress, RunSpec, StartResult } from '../sim/run-api.ts';

export interface ScenarioEntry {
  readonly id: string;
  readonly title: { readonly en: string; readonly ko: string };
  readonly summary: { readonly en: string; readonly ko: string };
  readonly spec: RunSpec;
}

export interface FactEntry {
  readonly id: string;
  readonly statement: string;
  readonly source: string;
}

export interface SimSource {
  readonly scenarios: readonly ScenarioEntry[];
  readonly startRun: ((spec: RunSpec) => StartResult) | null;
  /** `startRun` in pieces (see sim/run.ts), for building a run between frames. */
  readonly buildRun: ((spec: RunSpec) => Generator<BuildProgress, StartResult, void>) | null;
}

/** The scenario registry alone (a smaller chunk than the simulator): enough to list scenarios
 *  and show a tutorial while the simulator is still on its way. */
export async function loadScenarios(): Promise<readonly ScenarioEntry[]> {
  return (await import('../scenarios/index.ts')).SCENARIOS;
}

export async function loadSimSource(): Promise<SimSource> {
  const [sim, scenarios] = await Promise.all([import('../sim/index.ts'), loadScenarios()]);
  return { scenarios, startRun: sim.startRun, buildRun: (spec) => sim.buildRun(spec) };
}

/** The kernel's behaviour facts as a list, whether FACTS is exported as an array or a record. */
export function factList(facts: unknown): FactEntry[] {
  const values = Array.isArray(facts)
    ? facts
    : facts && typeof facts === 'object'
      ? Object.values(facts)
      : [];
  return values.filter(isFact);
}

function isFact(value: unknown): value is FactEntry {
  return !!value && typeof value === 'object' && 'id' in value && 'statement' in value;
}

export async function loadFacts(): Promise<FactEntry[]> {
  const kernel = await import('../kernel/index.ts');
  return factList(kernel.FACTS);
}
