/**
 * Switching what-if toggles: the ids go into the URL (`&whatif=`), then the scenario is opened
 * again through the session, which applies the URL's toggles to the scenario's spec. The step
 * is kept (clamped to the new run).
 */
import { parseUrl } from '../../store/url.ts';
import { formatWhatIfs } from '../../store/tutorial.ts';
import { appStore } from '../app-store.ts';
import { openScenario } from '../session.ts';

export function currentWhatIfs(): readonly string[] {
  return parseUrl(location.search).whatIfs;
}

export function setWhatIfs(ids: readonly string[]): void {
  const { scenarioId, step } = appStore.getState();
  if (scenarioId === null) return;
  // Input typed into the old run belongs to its programs, not to the what-if's: it is dropped.
  const q = new URLSearchParams(formatWhatIfs(location.search, ids));
  q.delete('in');
  const search = q.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
  openScenario(scenarioId, step, 'replace');
}

export function toggleWhatIf(id: string, on: boolean): void {
  const now = currentWhatIfs().filter((w) => w !== id);
  setWhatIfs(on ? [...now, id] : now);
}

/** After switching scenario, forgets toggles of the previous one (the URL keeps other params). */
export function dropUnknownWhatIfs(known: readonly string[]): void {
  const now = currentWhatIfs();
  const kept = now.filter((id) => known.includes(id));
  if (kept.length !== now.length)
    history.replaceState(null, '', formatWhatIfs(location.search, kept) || location.pathname);
}
