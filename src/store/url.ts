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

/** A step as the URL writes it: decimal digits only; anything else (`-5`, `abc`, `0x10`, empty)
 *  is null. */
export function parseStep(raw: string | null): number | null {
  return raw !== null && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

const PAGES = ['accuracy', 'handout'] as const;
const pageOf = (raw: string | null): UrlState['page'] => PAGES.find((p) => p === raw) ?? 'main';

export function parseUrl(search: string): UrlState {
  const q = new URLSearchParams(search);
  return {
    scenario: q.get('scenario'),
    step: parseStep(q.get('step')) ?? 0,
    page: pageOf(q.get('page')),
    bench: q.get('bench') === '1',
    fixture: q.get('fixture'),
    lang: q.get('lang'),
    theme: q.get('theme'),
    present: q.get('present') === '1',
    whatIfs: parseWhatIfs(search),
    typed: q.get('in'),
  };
}

/**
 * `search` saying what the lab shows: the scenario and step set (both removed for the start page,
 * `scenario` null), the typed console input (`in`, removed when null), a `page` the app does not
 * know removed, other parameters kept in their order. The result is `''` when nothing is left.
 */
export function formatUrl(
  search: string,
  scenario: string | null,
  step: number,
  typed: string | null = null,
): string {
  const q = new URLSearchParams(search);
  if (scenario === null) {
    q.delete('scenario');
    q.delete('step');
  } else {
    q.set('scenario', scenario);
    q.set('step', String(step));
  }
  if (typed === null) q.delete('in');
  else q.set('in', typed);
  if (q.has('page') && pageOf(q.get('page')) === 'main') q.delete('page');
  const rest = q.toString();
  return rest ? `?${rest}` : '';
}
