/** Named-pipe test fixtures: a server process with one instance and a client process. */
import type { SyscallArgs } from '../api-types.ts';
import { PIPE } from '../constants.ts';
import type { Pid } from '../ids.ts';
import { Run, returned } from './harness.ts';
import { PIPE_NAME, RW, namedPipeArgs, openArgs } from './setup.ts';

/** A server process S with one instance and a client process C (not yet connected). */
export function server(over: Partial<SyscallArgs['CreateNamedPipe']> = {}) {
  const k = new Run();
  const s = k.launch('A.exe');
  const c = k.launch('B.exe');
  const created = returned(k.call(s, 'CreateNamedPipe', namedPipeArgs(over)));
  return { k, s, c, hs: created.value, created };
}

export function connected(over: Partial<SyscallArgs['CreateNamedPipe']> = {}) {
  const x = server(over);
  const hc = x.k.value(x.c, 'CreateFile', openArgs(PIPE_NAME, RW));
  return { ...x, hc };
}

export const instanceState = (k: Run, pid: Pid, h: number) => {
  const o = k.state.objects[k.state.processes[pid]!.handles[h]!.objectId];
  return o?.kind === 'namedPipeInstance' ? o.state : undefined;
};

export const MESSAGE = { dwPipeMode: PIPE.TYPE_MESSAGE | PIPE.READMODE_MESSAGE };
