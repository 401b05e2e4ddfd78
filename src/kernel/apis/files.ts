/** DeleteFile, GetFileSize, SetFilePointer on simulated disk files. */
import { ERROR, FALSE, FILE_MOVE, INVALID_FILE_SIZE, INVALID_SET_FILE_POINTER, TRUE } from '../constants.ts';
import { fail, ok, type Handler } from '../handler.ts';
import { deleteDisk, diskFile, fileKey, fileObject } from '../objects/file.ts';
import { emit, putObject } from '../tx.ts';
import { lookupEntry } from './common.ts';

export const DeleteFile: Handler<'DeleteFile'> = {
  run(tx, _ctx, { lpFileName }) {
    if (lpFileName === null || lpFileName === '') return fail(FALSE, ERROR.PATH_NOT_FOUND, ['F.1']);
    const key = fileKey(lpFileName);
    if (diskFile(tx, key) === undefined) return fail(FALSE, ERROR.FILE_NOT_FOUND, ['F.4']);
    const open = Object.values(tx.state.objects).some((o) => o.kind === 'file' && o.key === key);
    if (open) return fail(FALSE, ERROR.SHARING_VIOLATION, ['F.4']);
    deleteDisk(tx, key, ['F.4']);
    return ok(TRUE, ['F.4']);
  },
};

export const GetFileSize: Handler<'GetFileSize'> = {
  run(tx, ctx, { hFile }) {
    const e = lookupEntry(tx, ctx, hFile);
    if (e?.role !== 'file') return fail(INVALID_FILE_SIZE, ERROR.INVALID_HANDLE, ['F.5']);
    const f = fileObject(tx, e.objectId);
    return ok(diskFile(tx, f.key)?.data.length ?? 0, ['F.5'], { lpFileSizeHigh: 0 });
  },
};

export const SetFilePointer: Handler<'SetFilePointer'> = {
  run(tx, ctx, { hFile, lDistanceToMove, dwMoveMethod }) {
    const e = lookupEntry(tx, ctx, hFile);
    if (e?.role !== 'file') return fail(INVALID_SET_FILE_POINTER, ERROR.INVALID_HANDLE, ['F.5']);
    const f = fileObject(tx, e.objectId);
    const size = diskFile(tx, f.key)?.data.length ?? 0;
    const bases: Record<number, number> = {
      [FILE_MOVE.BEGIN]: 0,
      [FILE_MOVE.CURRENT]: f.position,
      [FILE_MOVE.END]: size,
    };
    const base = bases[dwMoveMethod];
    if (base === undefined) return fail(INVALID_SET_FILE_POINTER, ERROR.INVALID_PARAMETER, ['F.5']);
    const position = base + (lDistanceToMove | 0);
    if (position < 0) return fail(INVALID_SET_FILE_POINTER, ERROR.NEGATIVE_SEEK, ['F.5']);
    putObject(tx, { ...f, position });
    emit(tx, {
      type: 'ObjectUpdated',
      objectId: f.id,
      field: 'position',
      value: String(position),
      facts: ['F.5'],
    });
    return ok(position, ['F.5']);
  },
};
