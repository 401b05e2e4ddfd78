/**
 * Where the app gets runs from: the simulator's `startRun` and the scenario registry, loaded
 * lazily (their own chunk) so the first paint does not wait for the C front end and the kernel.
 * The modules are found with `import.meta.glob`, so the UI compiles and ships even while the
 * simulator is still being written; when a module is absent the app says so.
 */
import type { RunSpec, StartResult } from '../sim/run-api.ts';

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

interface SimModule {
  readonly startRun: (spec: RunSpec) => StartResult;
}
interface ScenarioModule {
  readonly SCENARIOS: readonly ScenarioEntry[];
}
interface KernelModule {
  readonly FACTS?: unknown;
}

const simModules = import.meta.glob<SimModule>('../sim/index.ts');
const scenarioModules = import.meta.glob<ScenarioModule>('../scenarios/index.ts');
const kernelModules = import.meta.glob<KernelModule>('../kernel/index.ts');

async function loadFirst<T>(modules: Record<string, () => Promise<T>>): Promise<T | null> {
  const load = Object.values(modules)[0];
  return load ? load() : null;
}

export interface SimSource {
  readonly scenarios: readonly ScenarioEntry[];
  readonly startRun: ((spec: RunSpec) => StartResult) | null;
}

export async function loadSimSource(): Promise<SimSource> {
  const [sim, scenarios] = await Promise.all([loadFirst(simModules), loadFirst(scenarioModules)]);
  return { scenarios: scenarios?.SCENARIOS ?? [], startRun: sim?.startRun ?? null };
}

/** The kernel's behaviour facts as a list, whether FACTS is exported as an array or a record. */
export function factList(facts: unknown): FactEntry[] {
  const values = Array.isArray(facts) ? facts : facts && typeof facts === 'object' ? Object.values(facts) : [];
  return values.filter(isFact);
}

function isFact(value: unknown): value is FactEntry {
  return !!value && typeof value === 'object' && 'id' in value && 'statement' in value;
}

export async function loadFacts(): Promise<FactEntry[]> {
  const kernel = await loadFirst(kernelModules);
  return factList(kernel?.FACTS);
}
