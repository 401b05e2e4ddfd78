/**
 * Initialize/Update/DeleteProcThreadAttributeList (spec 5.13, K.17). The list lives in the
 * caller's memory; the binding reads its state (capacity, attributes present) and writes the
 * entry; the kernel gives Windows's answer and error codes.
 */
import { ATTRIBUTE_LIST, ERROR, FALSE, PROC_THREAD_ATTRIBUTE, TRUE } from '../constants.ts';
import { fail, ok, type Handler } from '../handler.ts';

/** The bytes a list of `count` attributes needs on x64: 24 + 24 per attribute. */
export const attributeListSize = (count: number): number =>
  ATTRIBUTE_LIST.HEADER + ATTRIBUTE_LIST.ENTRY * (count >>> 0);

const POINTER_SIZE = 8;

export const InitializeProcThreadAttributeList: Handler<'InitializeProcThreadAttributeList'> = {
  run(_tx, _ctx, { hasList, dwAttributeCount, dwFlags, size }) {
    const needed = attributeListSize(dwAttributeCount);
    // dwFlags is reserved and must be zero (MSDOC).
    if (dwFlags !== 0) return fail(FALSE, ERROR.INVALID_PARAMETER, ['K.17']);
    if (!hasList || size < needed)
      return fail(FALSE, ERROR.INSUFFICIENT_BUFFER, ['K.17', '5.13'], { lpSize: needed });
    return ok(TRUE, ['K.17', '5.13'], { lpSize: needed });
  },
};

export const UpdateProcThreadAttribute: Handler<'UpdateProcThreadAttribute'> = {
  run(_tx, _ctx, { dwFlags, Attribute, cbSize, capacity, present }) {
    if ((dwFlags & ~PROC_THREAD_ATTRIBUTE.REPLACE_VALUE) !== 0)
      return fail(FALSE, ERROR.INVALID_PARAMETER, ['K.17']);
    if (present.length >= capacity) return fail(FALSE, ERROR.GEN_FAILURE, ['K.17']);
    if (Attribute !== PROC_THREAD_ATTRIBUTE.HANDLE_LIST) return fail(FALSE, ERROR.NOT_SUPPORTED, ['K.17']);
    if (cbSize % POINTER_SIZE !== 0) return fail(FALSE, ERROR.BAD_LENGTH, ['K.17']);
    if (present.includes(Attribute)) return fail(FALSE, ERROR.OBJECT_NAME_EXISTS, ['K.17']);
    return ok(TRUE, ['5.13', 'K.17']);
  },
};

export const DeleteProcThreadAttributeList: Handler<'DeleteProcThreadAttributeList'> = {
  run: () => ok(0, ['K.17']),
};
