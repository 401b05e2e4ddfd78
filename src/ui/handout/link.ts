/**
 * The address of the handout for what the user is looking at: the scenario (with its what-if
 * toggles) when the shown run is the one the handout would build from them; otherwise the whole
 * run as an experiment (`&x=`, as in a shared link: edited programs, typed console input), so the
 * handout never prints the textbook's programs in place of the user's.
 */
import { editableOf, encodeExperiment, sameEditable } from '../../store/experiment.ts';
import { parseWhatIfs, specWithWhatIfs } from '../../store/tutorial.ts';
import { appStore } from '../app-store.ts';
import { currentExperiment } from '../editor/edit-session.ts';

export function handoutSearch(scenario: string, lang: string, search: string): string {
  const q = new URLSearchParams({ page: 'handout', scenario, lang });
  const whatIfs = parseWhatIfs(search);
  const entry = appStore.getState().scenarios.find((s) => s.id === scenario);
  const exp = currentExperiment();
  const base = entry ? editableOf(specWithWhatIfs(entry, whatIfs)) : null;
  if (exp?.scenario === scenario && base && (exp.typed || !sameEditable(exp, base)))
    q.set('x', encodeExperiment(exp));
  else if (whatIfs.length > 0) q.set('whatif', whatIfs.join(','));
  return `?${q.toString()}`;
}
