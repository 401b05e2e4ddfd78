/**
 * The address of the handout for what the user is looking at: the scenario (with its what-if
 * toggles) when the shown run is the one the handout would build from them; otherwise the whole
 * run as an experiment (`&x=`, as in a shared link: edited programs, typed console input), so the
 * handout never prints the textbook's programs in place of the user's.
 */
import { encodeExperiment } from '../../store/experiment.ts';
import { parseWhatIfs } from '../../store/tutorial.ts';
import { appStore } from '../app-store.ts';
import { currentExperiment, isEditedRun } from '../editor/edit-session.ts';

export function handoutSearch(scenario: string, lang: string, search: string): string {
  const q = new URLSearchParams({ page: 'handout', scenario, lang });
  const whatIfs = parseWhatIfs(search);
  const { run } = appStore.getState();
  const exp = currentExperiment();
  // isEditedRun compares with the scenario as the URL's what-ifs make it, once per run.
  if (exp?.scenario === scenario && run && (exp.typed || isEditedRun(run, scenario)))
    q.set('x', encodeExperiment(exp));
  else if (whatIfs.length > 0) q.set('whatif', whatIfs.join(','));
  return `?${q.toString()}`;
}
