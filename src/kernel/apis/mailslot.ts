/** CreateMailslot, GetMailslotInfo, SetMailslotInfo (spec 1). */
import { ACCESS, ERROR, FALSE, INVALID_HANDLE_VALUE, TRUE } from '../constants.ts';
import { openHandle } from '../handles.ts';
import { fail, ok, type CallCtx, type Handler } from '../handler.ts';
import { nameKey, validMailslotName } from '../names.ts';
import { createObject } from '../objects/create.ts';
import { mailslot, nextSize } from '../objects/mailslot.ts';
import { emit, patchState, putObject, type Tx } from '../tx.ts';
import { lookupEntry } from './common.ts';

/** The server handle reads (and may be waited on); it cannot write (1.17). */
const SERVER_ACCESS = ACCESS.FILE_GENERIC_READ;

export const CreateMailslot: Handler<'CreateMailslot'> = {
  run(tx, ctx, { lpName, nMaxMessageSize, lReadTimeout, lpSecurityAttributes }) {
    if (lpName === null) return fail(INVALID_HANDLE_VALUE, ERROR.PATH_NOT_FOUND, ['1.2']);
    if (!validMailslotName(lpName)) return fail(INVALID_HANDLE_VALUE, ERROR.INVALID_NAME, ['1.1']);
    const key = nameKey(lpName);
    if (tx.state.namespace[key] !== undefined)
      return fail(INVALID_HANDLE_VALUE, ERROR.ALREADY_EXISTS, ['1.6', '8.3']);
    const fields = {
      kind: 'mailslot' as const,
      signaled: true,
      name: lpName,
      maxMessageSize: nMaxMessageSize >>> 0,
      readTimeout: lReadTimeout >>> 0,
      messages: [],
      deleted: false,
    };
    const id = createObject(tx, fields, lpName, ['1.3']);
    patchState(tx, {
      namespace: { ...tx.state.namespace, [key]: { kind: 'mailslot', name: lpName, objectId: id } },
    });
    const inherit = lpSecurityAttributes?.bInheritHandle ?? false;
    const facts = ['1.3', '1.27', '1.7'];
    const h = openHandle(
      tx,
      ctx.pid,
      { objectId: id, role: 'mailslotServer', access: SERVER_ACCESS, inherit, protectFromClose: false },
      facts,
    );
    return ok(h, facts);
  },
};

function serverOf(tx: Tx, ctx: CallCtx, h: number) {
  const e = lookupEntry(tx, ctx, h);
  return e?.role === 'mailslotServer' ? e : undefined;
}

export const GetMailslotInfo: Handler<'GetMailslotInfo'> = {
  run(tx, ctx, { hMailslot }) {
    const e = serverOf(tx, ctx, hMailslot);
    if (e === undefined) return fail(FALSE, ERROR.INVALID_HANDLE, ['1.5']);
    const m = mailslot(tx, e.objectId);
    const out = {
      lpMaxMessageSize: m.maxMessageSize,
      lpNextSize: nextSize(m),
      lpMessageCount: m.messages.length,
      lpReadTimeout: m.readTimeout,
    };
    return ok(TRUE, ['1.3', '1.4', '1.21', '1.22', '1.23'], out);
  },
};

export const SetMailslotInfo: Handler<'SetMailslotInfo'> = {
  run(tx, ctx, { hMailslot, lReadTimeout }) {
    const e = serverOf(tx, ctx, hMailslot);
    if (e === undefined) return fail(FALSE, ERROR.INVALID_HANDLE, ['1.5']);
    putObject(tx, { ...mailslot(tx, e.objectId), readTimeout: lReadTimeout >>> 0 });
    const value = String(lReadTimeout >>> 0);
    emit(tx, { type: 'ObjectUpdated', objectId: e.objectId, field: 'readTimeout', value, facts: ['1.15'] });
    return ok(TRUE, ['1.15']);
  },
};
