/**
 * Expected console output of the probe programs in ./programs, as the simulator prints it. Each
 * line the simulator and Wine 8 (mingw-w64 UNICODE build run with wine64) printed alike is a plain
 * string; where Wine printed otherwise, the pair says what Wine printed and why the simulator
 * follows the behaviour reference (the spec wins over Wine; Microsoft's documentation where the
 * spec is silent).
 */
import type { Line } from './line.ts';

/** HandleProbe.exe: CloseHandle, DuplicateHandle, handle flags, waits, OpenProcess. */
export const HANDLES: readonly Line[] = [
  'CloseHandle(NULL): ok=0 error=6',
  'CloseHandle(0x12345678): ok=0 error=6',
  'CloseHandle(GetCurrentProcess()): ok=1 error=1234',
  'CloseHandle(GetCurrentThread()): ok=1 error=1234',
  'CloseHandle(INVALID_HANDLE_VALUE): ok=1 error=1234',
  'close pipe write end: ok=1 error=1234',
  'close it again: ok=0 error=6',
  'flags of closed handle: ok=0 error=6 flags=7',
  'flags of fresh read end: ok=1 error=0 flags=0',
  'flags of GetCurrentProcess(): ok=1 error=0 flags=0',
  'SetHandleInformation inherit: ok=1 error=0',
  'after set inherit: ok=1 error=0 flags=1',
  'SetHandleInformation protect only: ok=1 error=0',
  'after set protect: ok=1 error=0 flags=3',
  'CloseHandle(protected): ok=0 error=6',
  'protected handle still open: ok=1 error=0 flags=3',
  'duplicate protected with CLOSE_SOURCE: ok=1 same value=0',
  'protected source after CLOSE_SOURCE: ok=1 error=0 flags=3',
  'copy of protected handle: ok=1 error=0 flags=0',
  'close unprotected source: ok=1 error=0',
  'duplicate with CLOSE_SOURCE: ok=1 same value=1',
  'flags of moved handle (bInheritHandle TRUE): ok=1 error=0 flags=1',
  'duplicate invalid source: ok=0 error=6 out=NULL',
  'duplicate from invalid process handle: ok=0 error=6',
  'duplicate into invalid process with CLOSE_SOURCE: ok=0 error=6',
  'source after failed CLOSE_SOURCE: ok=0 error=6 flags=7',
  'duplicate into invalid process: ok=0 error=6 out=NULL',
  'duplicate out of invalid process: ok=0 error=6 out=NULL',
  [
    'CLOSE_SOURCE with NULL target process: ok=1 error=1234 out=untouched',
    'Wine 8: ok=0 error=6 out=NULL. Spec 4.12 (MSDOC DuplicateHandle): hTargetProcessHandle may be NULL with DUPLICATE_CLOSE_SOURCE, which then just closes the source',
  ],
  'source closed by it: ok=0 error=6 flags=7',
  'duplicate GetCurrentProcess(): ok=1 pseudo=0',
  'flags of real process handle: ok=1 error=0 flags=0',
  'wait on own process, 0 ms: result=258 error=1234',
  'wait on GetCurrentProcess(), 10 ms: result=258 error=1234',
  'wait on GetCurrentThread(), 0 ms: result=258 error=1234',
  'wait on made-up handle: result=4294967295 error=6',
  'wait on NULL: result=4294967295 error=6',
  [
    'WaitForMultipleObjects with a pseudo handle: result=4294967295 error=6',
    'Wine 8: result=258 error=0. Spec 4.7 (todo_wine in sync.c, so Windows): a pseudo handle in WaitForMultipleObjects is WAIT_FAILED, ERROR_INVALID_HANDLE',
  ],
  'WaitForMultipleObjects(0 handles): result=4294967295 error=87',
  'WaitForMultipleObjects(own process, 0 ms): result=258 error=1234',
  'GetExitCodeProcess(self): ok=1 code=259',
  'GetExitCodeProcess(pipe handle): ok=0 error=6 code=7',
  'TerminateProcess(pipe handle): ok=0 error=6',
  'OpenProcess(pid 0): null=1 error=87',
  'OpenProcess(no such pid): null=1 error=87',
  'OpenProcess(self): null=0',
  'GetExitCodeProcess through it: ok=1 code=259',
  'TerminateProcess without PROCESS_TERMINATE: ok=0 error=5',
  'wait without SYNCHRONIZE: result=4294967295 error=5',
  'GetExitCodeProcess without query access: ok=0 error=5',
  'DuplicateHandle without PROCESS_DUP_HANDLE: ok=0 error=5',
];

/** ProcParent.exe (with ProcChild.exe): CreateProcess, exit codes, inheritance. */
export const PROCESSES: readonly Line[] = [
  [
    'CreateProcess of a missing image: ok=0 error=2 zeroed=1',
    'Wine 8: ok=0 error=2 zeroed=0. Spec 5.5 (process.c test_CommandLine): a failed CreateProcess zeroes PROCESS_INFORMATION; Wine leaves it',
  ],
  'CreateProcess inheriting the read end: ok=1 error=0 zeroed=0',
  'GetExitCodeProcess while running: ok=1 code=259',
  'wait 0 ms on running child: 258',
  'wait 0 ms on its thread: 258',
  'TerminateProcess on the thread handle: ok=0 error=6',
  'wait for child: 0',
  'exit code: ok=1 code=509',
  'thread signaled: 0',
  [
    'TerminateProcess on an exited child: ok=0 error=5',
    'Wine 8: ok=1 error=0. Spec 0.3: a process that has already exited refuses with ERROR_ACCESS_DENIED (CPython subprocess relies on it); Wine succeeds',
  ],
  'OpenProcess of exited child while a handle is open: null=0',
  'exit code through it: ok=1 code=509',
  [
    'OpenProcess after the last handle closed: null=1 error=87',
    'Wine 8: null=0 error=0. Spec 4.18 (process.c test_Toolhelp): once the last handle is closed the pid is gone, ERROR_INVALID_PARAMETER',
  ],
  'CreateProcess without inheritance: ok=1 error=0 zeroed=0',
  'child without inheritance exit code: 6',
  'child calling ExitProcess: ok=1 error=0 zeroed=0',
  'ExitProcess code: 42',
];

/** DupParent.exe (with DupChild.exe): a child pulls a handle out of its parent. */
export const DUPLICATE_PULL: readonly Line[] = [
  'child started: 1',
  'child: pulled 1, flags 1, read 5 bytes, end error 9',
  "parent's read end after the pull: ok=0 error=6",
];

/** LastErrorProbe.exe: what successful calls do to the last error (1234 before each). */
export const LAST_ERROR: readonly Line[] = [
  'CreateMailslot: error=1234',
  'CreateFile(mailslot): error=0',
  'WriteFile(mailslot): error=1234',
  'GetMailslotInfo: error=1234',
  'ReadFile(mailslot): error=1234',
  'SetMailslotInfo: error=1234',
  'CreatePipe: error=1234',
  'WriteFile(pipe): error=1234',
  'PeekNamedPipe: error=1234',
  'ReadFile(pipe): error=1234',
  [
    'CreateNamedPipe: error=1234',
    'Wine 8: error=0. Fact K.2 (unconfirmed either way): a successful call may leave the last error; reactos CreateNamedPipeW does not set it, Wine sets 0',
  ],
  'WaitNamedPipe: error=1234',
  'CreateFile(pipe): error=0',
  'SetNamedPipeHandleState: error=1234',
  'GetNamedPipeHandleState: error=1234',
  'GetNamedPipeInfo: error=1234',
  'WriteFile(named pipe): error=1234',
  'ReadFile(named pipe): error=1234',
  'FlushFileBuffers: error=1234',
  'DisconnectNamedPipe: error=1234',
  'CloseHandle: error=1234',
  'GetHandleInformation: error=1234',
  'SetHandleInformation: error=1234',
  'DuplicateHandle: error=1234',
  'OpenProcess: error=1234',
  'GetExitCodeProcess: error=1234',
  'WaitForSingleObject(timeout): error=1234',
  'SetEnvironmentVariable: error=1234',
  'GetEnvironmentVariable: error=1234',
  'Sleep: error=1234',
  'CreateFile(new file, CREATE_ALWAYS): error=0',
  'CreateFile(existing file, OPEN_EXISTING): error=0',
  'CreateFile(existing file, OPEN_ALWAYS): error=183',
  'DeleteFile: error=1234',
];
