/** Applying what-if toggles: each patch replaces the only occurrence of its text in its file. */
import type { RunSpec } from '../sim/run-api.ts';
import type { SourcePatch, WhatIf } from './model.ts';

/** How many times `find` occurs in `text` (non-overlapping). */
export function occurrences(text: string, find: string): number {
  if (find === '') return 0;
  return text.split(find).length - 1;
}

/** The spec with the patches applied; throws when a patch's text does not occur exactly once. */
export function applyPatches(spec: RunSpec, patches: readonly SourcePatch[]): RunSpec {
  let programs = spec.programs;
  for (const p of patches) {
    const program = programs.find((q) => q.name === p.file);
    if (!program) throw new Error(`what-if patch: no program ${p.file}`);
    const n = occurrences(program.text, p.find);
    if (n !== 1) throw new Error(`what-if patch: ${JSON.stringify(p.find)} occurs ${n} times in ${p.file}`);
    const text = program.text.replace(p.find, () => p.replace);
    programs = programs.map((q) => (q === program ? { ...q, text } : q));
  }
  return { ...spec, programs };
}

/** The spec with every given toggle switched on. */
export function applyWhatIfs(spec: RunSpec, whatIfs: readonly WhatIf[]): RunSpec {
  return applyPatches(
    spec,
    whatIfs.flatMap((w) => w.patches),
  );
}
