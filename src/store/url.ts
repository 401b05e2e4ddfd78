/**
 * The URL holds what a shared link must reproduce: the scenario and the step (and the page).
 * Pure parsing and formatting; the app wires them to `history`.
 */
import { parseWhatIfs } from './tutorial.ts';

export interface UrlState {
  readonly scenario: string | null;
  readonly step: number;
  readonly page: 'main' | 'accuracy' | 'handout';
  readonly bench: boolean;
  readonly fixture: string | null;
  readonly lang: string | null;
  /** `?theme=light|dark|contrast` (checked by prefs.pickTheme). */
  readonly theme: string | null;
  /** `?present=1` opens in presenter mode (a teacher's bookmark). */
  readonly present: boolean;
  /** What-if toggles switched on (`&whatif=a,b`). */
  readonly whatIfs: readonly string[];
  /** Console input typed into the run, encoded (`&in=`, see experiment.ts `encodeTyped`). */
  readonly typed: string | null;
}

export function parseUrl(search: string): UrlState {
  const q = new URLSearchParams(search);
  const step = Number.parseInt(q.get('step') ?? '0', 10);
  return {
    scenario: q.get('scenario'),
    step: Number.isFinite(step) && step >= 0 ? step : 0,
    page: q.get('page') === 'accuracy' ? 'accuracy' : q.get('page') === 'handout' ? 'handout' : 'main',
    bench: q.get('bench') === '1',
    fixture: q.get('fixture'),
    lang: q.get('lang'),
    theme: q.get('theme'),
    present: q.get('present') === '1',
    whatIfs: parseWhatIfs(search),
    typed: q.get('in'),
  };
}

/** `search` with the scenario, step and typed input (`in`, removed when null) set, other
 *  parameters kept in their order. */
export function formatUrl(
  search: string,
  scenario: string | null,
  step: number,
  typed: string | null = null,
): string {
  const q = new URLSearchParams(search);
  if (scenario === null) q.delete('scenario');
  else q.set('scenario', scenario);
  q.set('step', String(step));
  if (typed === null) q.delete('in');
  else q.set('in', typed);
  return `?${q.toString()}`;
}
