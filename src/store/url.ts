/**
 * The URL holds what a shared link must reproduce: the scenario and the step (and the page).
 * Pure parsing and formatting; the app wires them to `history`.
 */
export interface UrlState {
  readonly scenario: string | null;
  readonly step: number;
  readonly page: 'main' | 'accuracy';
  readonly bench: boolean;
  readonly fixture: string | null;
  readonly lang: string | null;
}

export function parseUrl(search: string): UrlState {
  const q = new URLSearchParams(search);
  const step = Number.parseInt(q.get('step') ?? '0', 10);
  return {
    scenario: q.get('scenario'),
    step: Number.isFinite(step) && step >= 0 ? step : 0,
    page: q.get('page') === 'accuracy' ? 'accuracy' : 'main',
    bench: q.get('bench') === '1',
    fixture: q.get('fixture'),
    lang: q.get('lang'),
  };
}

/** `search` with the scenario and step set, other parameters kept in their order. */
export function formatUrl(search: string, scenario: string | null, step: number): string {
  const q = new URLSearchParams(search);
  if (scenario === null) q.delete('scenario');
  else q.set('scenario', scenario);
  q.set('step', String(step));
  return `?${q.toString()}`;
}
