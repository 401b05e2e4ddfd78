/** OpenProcess, ExitProcess, TerminateProcess, GetExitCodeProcess (spec 5); CreateProcess is in
 *  create-process.ts. */
import { ACCESS, ERROR, FALSE, STILL_ACTIVE, TRUE } from '../constants.ts';
import { openHandle } from '../handles.ts';
import { fail, ok, type Handler } from '../handler.ts';
import { asPid } from '../ids.ts';
import { endProcess } from '../objects/process.ts';
import { getProcess } from '../tx.ts';
import { lookupProcess, mapProcessAccess } from './common.ts';

export const OpenProcess: Handler<'OpenProcess'> = {
  run(tx, ctx, { dwDesiredAccess, bInheritHandle, dwProcessId }) {
    const p = tx.state.processes[dwProcessId];
    if (p === undefined || tx.state.objects[p.processObject] === undefined)
      return fail(0, ERROR.INVALID_PARAMETER, ['4.18', '7.10']);
    const h = openHandle(
      tx,
      ctx.pid,
      {
        objectId: p.processObject,
        role: 'process',
        access: mapProcessAccess(dwDesiredAccess),
        inherit: bInheritHandle,
        protectFromClose: false,
      },
      ['4.18', '8.7'],
    );
    return ok(h, ['4.18', '8.7']);
  },
};

export const ExitProcess: Handler<'ExitProcess'> = {
  run(tx, ctx, { uExitCode }) {
    endProcess(tx, ctx.pid, uExitCode);
    return { kind: 'exited', exitCode: uExitCode >>> 0, facts: ['5.16', '5.7'] };
  },
};

export const TerminateProcess: Handler<'TerminateProcess'> = {
  run(tx, ctx, { hProcess, uExitCode }) {
    const r = lookupProcess(tx, ctx, hProcess);
    if (!r.ok) return fail(FALSE, r.error, ['4.3']);
    if ((r.value.access & ACCESS.PROCESS_TERMINATE) === 0) return fail(FALSE, ERROR.ACCESS_DENIED, ['5.9']);
    if (r.value.process.exitCode !== null) return fail(FALSE, ERROR.ACCESS_DENIED, ['0.3', '5.9']);
    endProcess(tx, r.value.process.pid, uExitCode);
    if (r.value.isSelf) return { kind: 'exited', exitCode: uExitCode >>> 0, facts: ['5.9', '5.16'] };
    return ok(TRUE, ['5.9', '5.16']);
  },
};

export const GetExitCodeProcess: Handler<'GetExitCodeProcess'> = {
  run(tx, ctx, { hProcess }) {
    const r = lookupProcess(tx, ctx, hProcess);
    if (!r.ok) return fail(FALSE, r.error, ['4.6']);
    const query = ACCESS.PROCESS_QUERY_INFORMATION | ACCESS.PROCESS_QUERY_LIMITED_INFORMATION;
    if ((r.value.access & query) === 0) return fail(FALSE, ERROR.ACCESS_DENIED, ['5.8']);
    const code = getProcess(tx, asPid(r.value.process.pid))?.exitCode ?? null;
    return code === null
      ? ok(TRUE, ['5.8'], { lpExitCode: STILL_ACTIVE })
      : ok(TRUE, ['5.7', '5.17'], { lpExitCode: code });
  },
};
