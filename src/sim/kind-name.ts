/** The view's name of a kernel object kind (the kernel's `namedPipeInstance` is `named-pipe`).
 *  Alone in its module, with no imports but types, so that the narration can use it without
 *  pulling the simulator into the page's first script. */
import type { KernelObject } from '../kernel/index.ts';
import type { ObjectKindName } from './view.ts';

export function kindNameOf(kind: KernelObject['kind']): ObjectKindName {
  return kind === 'namedPipeInstance' ? 'named-pipe' : kind;
}
