/** ReadFile and WriteFile: checks the handle, then hands over to the object kind's I/O. */
import { ERROR } from '../constants.ts';
import type { Handler } from '../handler.ts';
import { readFileObject, writeFileObject } from '../io/file-io.ts';
import { readMailslot, tryReadMailslot, writeMailslot } from '../io/mailslot-io.ts';
import {
  endOfCall,
  endRef,
  readNamed,
  resumeNamedWrite,
  tryReadNamed,
  writeNamed,
} from '../io/named-pipe-io.ts';
import { readPipe, resumePipeWrite, tryReadPipe, writePipe } from '../io/pipe-io.ts';
import { readFail, writeFail } from '../io/results.ts';
import { canRead, canWrite, lookupEntry } from './common.ts';

export const ReadFile: Handler<'ReadFile'> = {
  run(tx, ctx, { hFile, nNumberOfBytesToRead }) {
    const e = lookupEntry(tx, ctx, hFile);
    const n = nNumberOfBytesToRead >>> 0;
    if (e === undefined) return readFail(ERROR.INVALID_HANDLE, ['1.16', '5.11', '7.2']);
    switch (e.role) {
      case 'mailslotServer':
        return readMailslot(tx, ctx.pid, e.objectId, n);
      case 'mailslotClient':
        return readFail(ERROR.ACCESS_DENIED, ['1.18']);
      case 'pipeRead':
        return readPipe(tx, ctx.pid, e.objectId, n);
      case 'pipeWrite':
        return readFail(ERROR.ACCESS_DENIED, ['8.6', '2.3']);
      case 'pipeServer':
      case 'pipeClient':
        return canRead(e)
          ? readNamed(tx, ctx.pid, endRef(e), n)
          : readFail(ERROR.ACCESS_DENIED, ['3.11', '3.18']);
      case 'file':
        return readFileObject(tx, ctx.pid, e, n);
      default:
        return readFail(ERROR.INVALID_HANDLE, ['1.16']);
    }
  },
  resume(tx, ctx, { nNumberOfBytesToRead }, call) {
    const id = call.held[0]!;
    const o = tx.state.objects[id];
    const n = nNumberOfBytesToRead >>> 0;
    if (o?.kind === 'mailslot') return tryReadMailslot(tx, ctx.pid, id, n);
    if (o?.kind === 'pipe') return tryReadPipe(tx, ctx.pid, id, n);
    if (o?.kind === 'namedPipeInstance') return tryReadNamed(tx, ctx.pid, endOfCall(id, call.data), n);
    return undefined;
  },
  timeout: () => readFail(ERROR.SEM_TIMEOUT, ['1.14']),
};

export const WriteFile: Handler<'WriteFile'> = {
  run(tx, ctx, { hFile, lpBuffer, nNumberOfBytesToWrite }) {
    const e = lookupEntry(tx, ctx, hFile);
    if (e === undefined) return writeFail(ERROR.INVALID_HANDLE, ['5.11', '7.2']);
    const bytes = lpBuffer.slice(0, nNumberOfBytesToWrite >>> 0);
    switch (e.role) {
      case 'mailslotClient':
        return canWrite(e)
          ? writeMailslot(tx, ctx.pid, e.objectId, bytes)
          : writeFail(ERROR.ACCESS_DENIED, ['1.10']);
      case 'mailslotServer':
        return writeFail(ERROR.ACCESS_DENIED, ['1.17']);
      case 'pipeWrite':
        return writePipe(tx, ctx.pid, e.objectId, bytes);
      case 'pipeRead':
        return writeFail(ERROR.ACCESS_DENIED, ['8.6', '2.3']);
      case 'pipeServer':
      case 'pipeClient':
        return canWrite(e)
          ? writeNamed(tx, ctx.pid, endRef(e), bytes)
          : writeFail(ERROR.ACCESS_DENIED, ['3.11', '3.18']);
      case 'file':
        return writeFileObject(tx, ctx.pid, e, bytes);
      default:
        return writeFail(ERROR.INVALID_HANDLE, ['4.3']);
    }
  },
  resume(tx, _ctx, _args, call) {
    const id = call.held[0]!;
    const o = tx.state.objects[id];
    const seq = call.data['writeSeq'] ?? 0;
    const size = call.data['size'] ?? 0;
    if (o?.kind === 'pipe') return resumePipeWrite(tx, id, seq, size);
    if (o?.kind === 'namedPipeInstance') return resumeNamedWrite(tx, endOfCall(id, call.data), seq, size);
    return undefined;
  },
};
