/** ConnectNamedPipe, WaitNamedPipe, DisconnectNamedPipe (spec 3.21–3.32, 3.56–3.59, 3.72, 3.73). */
import { DEFAULT_PIPE_TIMEOUT, ERROR, FALSE, NMPWAIT_USE_DEFAULT_WAIT, TRUE } from '../constants.ts';
import { block, deadlineAfter, fail, ok, type CallCtx, type Handler } from '../handler.ts';
import type { ObjectId } from '../ids.ts';
import { nameKey, validPipeName } from '../names.ts';
import { dropBuffers, instance, setInstanceState } from '../objects/named-pipe.ts';
import type { HandleEntry } from '../state.ts';
import { emit, putObject, type Tx } from '../tx.ts';
import { lookupEntry } from './common.ts';
import { notAFile } from './pipe-checks.ts';
import { said } from '../wait-words.ts';

type PipeEntry = { entry: HandleEntry } | { error: number; facts: string[] };

/** Only a server handle may connect or disconnect (3.27). */
function serverEntry(tx: Tx, ctx: CallCtx, h: number): PipeEntry {
  const e = lookupEntry(tx, ctx, h);
  if (e === undefined) return { error: ERROR.INVALID_HANDLE, facts: ['4.3'] };
  const notFile = notAFile(e);
  if (notFile !== undefined) return { error: notFile.error, facts: [...notFile.facts] };
  if (e.role !== 'pipeServer') return { error: ERROR.INVALID_FUNCTION, facts: ['3.27'] };
  return { entry: e };
}

function setSignaled(tx: Tx, id: ObjectId, signaled: boolean): void {
  const p = instance(tx, id);
  if (p.signaled === signaled) return;
  putObject(tx, { ...p, signaled });
  emit(tx, { type: 'SignaledChanged', objectId: id, signaled, facts: ['3.12'] });
}

export const ConnectNamedPipe: Handler<'ConnectNamedPipe'> = {
  run(tx, ctx, { hNamedPipe }) {
    const s = serverEntry(tx, ctx, hNamedPipe);
    if ('error' in s) return fail(FALSE, s.error, s.facts);
    const id = s.entry.objectId;
    const p = instance(tx, id);
    if (p.state === 'connected') return fail(FALSE, ERROR.PIPE_CONNECTED, ['3.26', '3.70', '7.3']);
    if (p.state === 'closing') return fail(FALSE, ERROR.NO_DATA, ['3.29', '3.71', '7.4']);
    if (p.state === 'disconnected') setInstanceState(tx, id, 'listening', ['3.73', '3.65']);
    if (p.serverNowait) return fail(FALSE, ERROR.PIPE_LISTENING, ['3.32']);
    setSignaled(tx, id, false);
    const condition = {
      kind: 'connect' as const,
      objectId: id,
      deadline: null,
      ...said('connect', { name: p.name }),
    };
    return block(condition, [id], ['3.28', '3.69']);
  },
  resume(tx, _ctx, _args, call) {
    const id = call.held[0]!;
    const p = instance(tx, id);
    if (p.state === 'listening') return undefined;
    setSignaled(tx, id, true);
    if (p.state === 'disconnected') return fail(FALSE, ERROR.PIPE_NOT_CONNECTED, ['3.59']);
    return ok(TRUE, ['3.28', '3.70', '3.65']);
  },
};

/** A listening instance of the pipe exists (3.22). */
function anyListening(tx: Tx, key: string): boolean | undefined {
  const entry = tx.state.namespace[key];
  if (entry?.kind !== 'namedPipe') return undefined;
  return entry.instances.some((id) => instance(tx, id).state === 'listening');
}

export const WaitNamedPipe: Handler<'WaitNamedPipe'> = {
  run(tx, _ctx, { lpNamedPipeName, nTimeOut }) {
    if (lpNamedPipeName === null || !validPipeName(lpNamedPipeName))
      return fail(FALSE, ERROR.INVALID_NAME, ['3.1']);
    const key = nameKey(lpNamedPipeName);
    const listening = anyListening(tx, key);
    if (listening === undefined) return fail(FALSE, ERROR.FILE_NOT_FOUND, ['3.21', '7.5']);
    if (listening) return ok(TRUE, ['3.22', '3.25']);
    const entry = tx.state.namespace[key];
    const pipeDefault =
      entry?.kind === 'namedPipe' && entry.defaultTimeout !== 0 ? entry.defaultTimeout : DEFAULT_PIPE_TIMEOUT;
    const ms = nTimeOut === NMPWAIT_USE_DEFAULT_WAIT ? pipeDefault : nTimeOut;
    const deadline = deadlineAfter(tx.state.now, ms);
    const condition = {
      kind: 'waitNamedPipe' as const,
      name: lpNamedPipeName,
      deadline,
      ...said('waitNamedPipe', { name: lpNamedPipeName }),
    };
    return block(condition, [], nTimeOut === NMPWAIT_USE_DEFAULT_WAIT ? ['3.6', '3.25'] : ['3.25']);
  },
  resume(tx, _ctx, { lpNamedPipeName }) {
    return anyListening(tx, nameKey(lpNamedPipeName ?? '')) === true ? ok(TRUE, ['3.24', '3.25']) : undefined;
  },
  timeout: () => fail(FALSE, ERROR.SEM_TIMEOUT, ['3.23']),
};

export const DisconnectNamedPipe: Handler<'DisconnectNamedPipe'> = {
  run(tx, ctx, { hNamedPipe }) {
    const s = serverEntry(tx, ctx, hNamedPipe);
    if ('error' in s) return fail(FALSE, s.error, s.facts);
    const id = s.entry.objectId;
    const p = instance(tx, id);
    if (p.state === 'disconnected') return fail(FALSE, ERROR.PIPE_NOT_CONNECTED, ['3.57', '3.72']);
    const replyLost = p.toClient.chunks.length > 0;
    dropBuffers(tx, id, replyLost ? ['3.56', '7.6'] : ['3.56']);
    putObject(tx, {
      ...instance(tx, id),
      connection: p.connection + 1,
      closedEnd: null,
      clientReadMode: 'byte',
      clientNowait: false,
    });
    setInstanceState(tx, id, 'disconnected', ['3.72']);
    return ok(TRUE, replyLost ? ['3.56', '3.72', '3.66', '7.6'] : ['3.56', '3.72', '3.66']);
  },
};
