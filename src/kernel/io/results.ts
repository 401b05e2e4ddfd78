/** Result shapes shared by the ReadFile / WriteFile implementations of every object kind. */
import { FALSE, TRUE } from '../constants.ts';
import { fail, ok, type BlockRequest } from '../handler.ts';
import type { Completion } from '../api-types.ts';

export type ReadResult = Completion<'ReadFile'>;
export type WriteResult = Completion<'WriteFile'>;
export type ReadRun = ReadResult | BlockRequest;
export type WriteRun = WriteResult | BlockRequest;

export const readOk = (bytes: Uint8Array, facts: readonly string[]): ReadResult =>
  ok(TRUE, facts, { lpNumberOfBytesRead: bytes.length, lpBuffer: bytes });

export const readFail = (
  error: number,
  facts: readonly string[],
  bytes: Uint8Array = new Uint8Array(0),
): ReadResult => fail(FALSE, error, facts, { lpNumberOfBytesRead: bytes.length, lpBuffer: bytes });

export const wrote = (n: number, facts: readonly string[]): WriteResult =>
  ok(TRUE, facts, { lpNumberOfBytesWritten: n });

export const writeFail = (error: number, facts: readonly string[]): WriteResult =>
  fail(FALSE, error, facts, { lpNumberOfBytesWritten: 0 });
