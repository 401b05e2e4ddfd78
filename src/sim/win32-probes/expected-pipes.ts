/**
 * Expected console output of the probe programs in ./programs, as the simulator prints it. Each
 * line the simulator and Wine 8 (mingw-w64 UNICODE build run with wine64) printed alike is a plain
 * string; where Wine printed otherwise, the pair says what Wine printed and why the simulator
 * follows the behaviour reference (the spec wins over Wine; Microsoft's documentation where the
 * spec is silent).
 */
import type { Line } from './line.ts';

/** AnonPipeProbe.exe: anonymous pipe edge cases in one process. */
export const ANONYMOUS_PIPE: readonly Line[] = [
  'CreatePipe nSize 0: ok=1',
  'read end: ok=1 flags=1 out=4096 in=4096 max=1',
  'write end: ok=1 flags=0 out=4096 in=4096 max=1',
  'read end flags without attributes: 0',
  'CreatePipe nSize 1 inheritable: ok=1',
  'read end of 1: ok=1 flags=1 out=1 in=1 max=1',
  'write end flags with bInheritHandle: 1',
  'peek empty: ok=1 error=0 read=0 avail=0 left=0',
  'peek empty with buffer: ok=1 error=0 read=0 avail=0 left=0',
  'write 30: ok=1 n=30',
  'peek no buffer: ok=1 error=0 read=0 avail=30 left=0',
  'peek 4: ok=1 error=0 read=4 avail=30 left=4294967292',
  'peek 64: ok=1 error=0 read=30 avail=30 left=4294967266',
  'peek write end: ok=0 error=5 read=77 avail=77 left=77',
  'read write end: ok=0 error=5 n=0',
  'write read end: ok=0 error=5 n=0',
  'read 0 with data: ok=1 error=0 n=0',
  'read 10: ok=1 n=10',
  'write 0: ok=1 n=0',
  'peek after 0-byte write: ok=1 error=0 read=0 avail=20 left=0',
  'handle state: ok=1 error=0 state=0 instances=1',
  'set message mode: ok=0 error=87',
  'set byte mode: ok=1 error=0',
  'transact: ok=0 error=5',
  'close write end: ok=1',
  'peek after writer closed: ok=1 error=0 read=0 avail=20 left=0',
  'read rest: ok=1 n=20',
  'peek broken: ok=0 error=109 read=77 avail=77 left=77',
  'read broken: ok=0 error=109 n=0',
  'read 0 broken: ok=0 error=109 n=0',
  'write with no reader: ok=0 error=232 n=0',
  'write 0 with no reader: ok=0 error=232 n=0',
  'peek write end with no reader: ok=0 error=5 read=77 avail=77 left=77',
  'flush with no reader: ok=1 error=0',
  'read INVALID_HANDLE_VALUE: ok=0 error=6 n=0',
  'write NULL handle: ok=0 error=6 n=0',
];

/** PipeWriter.exe (with PipeReader.exe): a write larger than the buffer waits for the reader. */
export const PIPE_WRITER: readonly Line[] = [
  'write 10 into 16: ok=1 n=10',
  'avail: 10',
  'write 40 more: ok=1 n=40',
  'reader saw: peek avail 50, first read 50, total 50, end error 9',
];
