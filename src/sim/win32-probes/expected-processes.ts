/**
 * Expected console output of the probe programs for standard handles, redirection, suspended
 * children, handle lists and environment blocks, as the simulator prints it. Each line the
 * simulator and Wine 8 (mingw-w64 UNICODE build run with wine64) printed alike is a plain string;
 * where Wine printed otherwise, the pair says what Wine printed and why the simulator follows the
 * behaviour reference (the spec wins over Wine; Microsoft's documentation where the spec is silent).
 */
import type { Line } from './line.ts';

/** RedirectParent.exe + RedirectChild.exe: STARTF_USESTDHANDLES and the C runtime over pipes. */
export const REDIRECT: readonly Line[] = [
  'CreateProcess with stdin and stdout redirected: ok=1',
  'the child printed and waits for more input: 0 bytes in the pipe',
  'the child exited with 7: 49 bytes in the pipe',
  'read 49 bytes: sum 7\\r\\nline from puts\\r\\nfputs to stdout\\r\\ngot bye\\r\\n',
  'next read: ok=0 error=109',
  [
    'bInheritHandles FALSE: ok=1, child exit code 11',
    "Wine 8: child exit code 22 (the child got usable standard handles and its printf worked). Spec 5.14: with STARTF_USESTDHANDLES and bInheritHandles FALSE a console child sees NULL standard handles (todo_wine in Wine's own test); the simulator follows the spec, and the output is lost (fact C.3).",
  ],
  [
    'read the pipe: ok=0 error=109',
    'Wine 8: ok=1 error=0 (the "lost" line reached the pipe). Follows spec 5.14: nothing was inherited, so nothing reaches the pipe.',
  ],
  'reader gone before the child wrote: child exit code 11',
];

/** FlushParent.exe + FlushChild.exe: a child ending with more output than the pipe holds. */
export const EXIT_FLUSH: readonly Line[] = [
  'wait 200 ms for the child: 258',
  'read 5000 bytes, then error 109',
  'wait for the child: 0',
  'exit code 4',
];

/** SuspendParent.exe + SuspendChild.exe: CREATE_SUSPENDED, SuspendThread, ResumeThread. */
export const SUSPEND: readonly Line[] = [
  'CreateProcess with CREATE_SUSPENDED: ok=1',
  'GetExitCodeThread: ok=1 code=259',
  'wait 50 ms on the suspended child: 258',
  'SuspendThread: 1',
  'ResumeThread: 2',
  'ResumeThread: 1',
  'ResumeThread on a running thread: 0',
  'wait for the child: 0',
  'GetExitCodeThread after exit: ok=1 code=5',
  'SuspendThread on an exited thread: -1 error=5',
  'ResumeThread on a process handle: -1 error=6',
  'GetExitCodeThread on a process handle: ok=0 error=6',
  'TerminateProcess on a suspended child: ok=1 exit code=42',
];

/** HandleListParent.exe + HandleListChild.exe: PROC_THREAD_ATTRIBUTE_HANDLE_LIST. */
export const HANDLE_LIST: readonly Line[] = [
  'InitializeProcThreadAttributeList(NULL, 2): ok=0 error=122 size=72',
  'InitializeProcThreadAttributeList(list, 2): ok=1',
  'handle list of 7 bytes: ok=0 error=24',
  'unknown attribute: ok=0 error=50',
  'handle list with the first read end: ok=1',
  'the same attribute again: ok=0 error=698',
  'child: ok=1 listed handle inherited=1 other handle absent=1',
  'a full list: ok=0 error=31',
  [
    'a handle that is not inheritable in the list: ok=0 error=87',
    'Wine 8: ok=1 error=0 (Wine accepts the handle). The simulator follows its decision K.18 after MSDOC UpdateProcThreadAttribute: the listed handles must be inheritable.',
  ],
];

/** EnvBlockProbe.exe: ExpandEnvironmentStrings and SetEnvironmentStrings. */
export const ENVIRONMENT_BLOCK: readonly Line[] = [
  'exact size: ret=16 error=1234 buf=[Long long value]',
  'size 0, NULL buffer: ret=16 error=122 buf=[-]',
  'buffer of 12: ret=16 error=122 buf=[Long long v]',
  'unknown variable: ret=12 error=1234 buf=[a%NotAVar%b]',
  'a value naming another: ret=17 error=1234 buf=[xFoo%EnvVar%Bary]',
  'lone percent: ret=10 error=1234 buf=[100% sure]',
  'double percent: ret=5 error=1234 buf=[a%%b]',
  'unfinished name: ret=9 error=1234 buf=[a%EnvVar]',
  'empty variable: ret=3 error=1234 buf=[[]]',
  'other case: ret=16 error=1234 buf=[Long long value]',
  'entry without =: ok=0 error=87',
  'entry starting with =: ok=0 error=87',
  '  EnvVar: ret=15 error=1234 value=[Long long value]',
  'two entries: ok=1 error=1234',
  '  one: ret=19 error=1234 value=[two=three four=five]',
  '  A: ret=1 error=1234 value=[1]',
  '  EnvVar: ret=0 error=203 value=[]',
  'GetEnvironmentStrings: 2 entries',
  'FreeEnvironmentStrings: 1',
  'empty block: ok=1 error=1234',
  '  one: ret=0 error=203 value=[]',
];

const CAPTURED =
  'wine-run.sh reads Wine through a pipe, so the C runtime buffered printf and stderr until exit (fact C.1) while WriteFile went out at once; on a console the order is this one';

/** StdHandleProbe.exe: Get/SetStdHandle, CloseHandle((HANDLE)STD_ERROR_HANDLE), directories. */
export const STD_HANDLES: readonly Line[] = [
  [
    'GetStdHandle(STD_OUTPUT_HANDLE) is a handle: 1',
    `Wine 8: the same text, printed after the next line. ${CAPTURED}.`,
  ],
  'WriteFile on it reaches the console',
  'WriteFile: ok=1 written=36',
  'GetStdHandle(-13): INVALID_HANDLE_VALUE=1 error=6',
  'SetStdHandle(-13): ok=0 error=6',
  'SetStdHandle(STD_ERROR_HANDLE, pipe): ok=1 same=1',
  'CloseHandle((HANDLE)STD_ERROR_HANDLE): ok=1 error=1234',
  'GetStdHandle(STD_ERROR_HANDLE) is NULL: 1',
  "the pipe's write end was closed: ok=0 error=6",
  'CloseHandle((HANDLE)STD_ERROR_HANDLE) again: ok=0 error=6',
  ['stderr still reaches the console', `Wine 8: the same text, printed last. ${CAPTURED}.`],
  'printf after SetStdHandle(STD_OUTPUT_HANDLE, pipe) still reaches the console',
  'lpCurrentDirectory C:\\: ok=1 error=0',
  'lpCurrentDirectory .: ok=1 error=0',
  'lpCurrentDirectory C:\\NoSuchDirectory: ok=0 error=267',
  'no such program in no such directory: ok=0 error=2',
];
