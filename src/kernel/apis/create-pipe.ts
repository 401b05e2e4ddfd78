/** CreatePipe (spec 2.1–2.3, 2.15). */
import { ACCESS, DEFAULT_PIPE_SIZE, TRUE } from '../constants.ts';
import { openHandle } from '../handles.ts';
import { ok, type Handler } from '../handler.ts';
import { createObject } from '../objects/create.ts';
import { emptyBuffer } from '../objects/pipe-buffer.ts';

/** Read end: GENERIC_READ plus FILE_WRITE_ATTRIBUTES (so SetNamedPipeHandleState works on it);
 *  write end: GENERIC_WRITE plus FILE_READ_ATTRIBUTES. Neither can move data the other way (2.3);
 *  both may be waited on (wine pipe.c test_CreatePipe checks these masks). */
const READ_END = (ACCESS.FILE_GENERIC_READ | ACCESS.FILE_WRITE_ATTRIBUTES) >>> 0;
const WRITE_END = (ACCESS.FILE_GENERIC_WRITE | ACCESS.FILE_READ_ATTRIBUTES) >>> 0;

export const CreatePipe: Handler<'CreatePipe'> = {
  run(tx, ctx, { lpPipeAttributes, nSize }) {
    const capacity = nSize === 0 ? DEFAULT_PIPE_SIZE : nSize >>> 0;
    const facts = nSize === 0 ? ['2.1'] : ['2.2'];
    const id = createObject(
      tx,
      {
        kind: 'pipe',
        signaled: true,
        buffer: emptyBuffer(capacity),
        readClosed: false,
        writeClosed: false,
        readNowait: false,
        writeNowait: false,
      },
      null,
      facts,
    );
    const inherit = lpPipeAttributes?.bInheritHandle ?? false;
    const handleFacts = [...facts, '2.3', '2.15'];
    const hReadPipe = openHandle(
      tx,
      ctx.pid,
      { objectId: id, role: 'pipeRead', access: READ_END, inherit, protectFromClose: false },
      handleFacts,
    );
    const hWritePipe = openHandle(
      tx,
      ctx.pid,
      { objectId: id, role: 'pipeWrite', access: WRITE_END, inherit, protectFromClose: false },
      handleFacts,
    );
    return ok(TRUE, handleFacts, { hReadPipe, hWritePipe });
  },
};
