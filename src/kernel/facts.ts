/**
 * The behaviour facts the kernel implements, numbered like the behaviour reference (sections
 * 0–8); K.* and F.* are the kernel's own (timing, last error, files); C.* are the C runtime's
 * (stdio over the standard handles), cited by the runtime's records of the calls it makes.
 * Every outcome and event cites fact ids from here; tests check that each cited id exists and
 * each fact is exercised.
 */
import { DECISION_SOURCE as DECISION } from './fact-source.ts';

export interface Fact {
  readonly id: string;
  /** One line, in our words. */
  readonly statement: string;
  /** Where it comes from: a Wine/ReactOS test (file and function), a Microsoft page, or
   *  "simulator decision". */
  readonly source: string;
}

const W_PIPE = 'wine dlls/kernel32/tests/pipe.c';
const W_MSLOT = 'wine dlls/kernel32/tests/mailslot.c mailslot_test';
const W_PROC = 'wine dlls/kernel32/tests/process.c';
const W_ENV = 'wine dlls/kernel32/tests/environ.c';
const W_SYNC = 'wine dlls/kernel32/tests/sync.c';
const W_NTPIPE = 'wine dlls/ntdll/tests/pipe.c';

const f = (id: string, statement: string, source: string): Fact => ({ id, statement, source });

export const FACTS: readonly Fact[] = [
  f(
    '0.3',
    'A process that is already terminating refuses the request with ERROR_ACCESS_DENIED (5).',
    'wine dlls/ntdll/tests/error.c run_error_tests; CPython Lib/subprocess.py Popen.terminate (ERROR_ACCESS_DENIED once the process died)',
  ),
  // 1. Mailslots
  f(
    '1.1',
    'CreateMailslot with a name outside \\\\.\\mailslot\\ fails with ERROR_INVALID_NAME (123).',
    W_MSLOT,
  ),
  f('1.2', 'CreateMailslot(NULL) fails with ERROR_PATH_NOT_FOUND (3).', W_MSLOT),
  f(
    '1.3',
    'CreateMailslot keeps nMaxMessageSize and lReadTimeout exactly as given; a new slot reports no message.',
    W_MSLOT,
  ),
  f('1.4', 'GetMailslotInfo accepts NULL for every out pointer.', W_MSLOT),
  f('1.5', 'GetMailslotInfo on a handle that is not a mailslot server fails.', W_MSLOT),
  f('1.6', 'A second CreateMailslot for a name whose server handle is open fails.', W_MSLOT),
  f('1.7', 'Once the only server handle is closed the name can be created again.', W_MSLOT),
  f('1.8', 'CreateFile on a mailslot name nobody created fails.', W_MSLOT),
  f('1.9', 'A mailslot client may open with dwShareMode 0 (Vista and later).', W_MSLOT),
  f(
    '1.10',
    'A mailslot client may ask for GENERIC_READ|GENERIC_WRITE even though it can only write.',
    W_MSLOT,
  ),
  f('1.11', 'Several clients may write to one mailslot at the same time.', W_MSLOT),
  f(
    '1.12',
    'Reading an empty slot whose timeout is 0 fails at once with ERROR_SEM_TIMEOUT (121), not success with 0 bytes.',
    W_MSLOT,
  ),
  f(
    '1.13',
    'A zero-byte read of an empty slot also fails with ERROR_SEM_TIMEOUT and reports 0 bytes read.',
    W_MSLOT,
  ),
  f(
    '1.14',
    'With a finite read timeout, a read of an empty slot waits that long and then fails with ERROR_SEM_TIMEOUT.',
    W_MSLOT,
  ),
  f(
    '1.15',
    'MAILSLOT_WAIT_FOREVER makes a read wait until a message comes; SetMailslotInfo changes the timeout.',
    'MSDOC CreateMailslot, SetMailslotInfo',
  ),
  f(
    '1.16',
    'ReadFile on an invalid handle fails with ERROR_INVALID_HANDLE (6) and sets the byte count to 0.',
    W_MSLOT,
  ),
  f('1.17', 'WriteFile on the mailslot server handle fails with ERROR_ACCESS_DENIED (5).', W_MSLOT),
  f('1.18', 'ReadFile on a mailslot client handle fails (ERROR_ACCESS_DENIED here).', W_MSLOT),
  f('1.19', 'One ReadFile returns exactly one whole message, however large the buffer.', W_MSLOT),
  f('1.20', 'Messages come out in the order they were written, each with its own size.', W_MSLOT),
  f('1.21', 'GetMailslotInfo reports the size of the head message and the number of messages.', W_MSLOT),
  f(
    '1.22',
    'A zero-length write queues an empty message: NextSize 0, and reading it gives TRUE with 0 bytes.',
    W_MSLOT,
  ),
  f('1.23', 'With no message left NextSize is MAILSLOT_NO_MESSAGE and the count is 0.', W_MSLOT),
  f(
    '1.24',
    'nMaxMessageSize 0 means any size; a bigger message than a non-zero limit is refused.',
    'MSDOC CreateMailslot',
  ),
  f('1.25', 'A read buffer smaller than the head message does not consume it.', DECISION),
  f(
    '1.26',
    'Closing the last server handle deletes the mailslot with its unread messages.',
    'MSDOC Reading from a Mailslot',
  ),
  f(
    '1.27',
    'bInheritHandle of lpSecurityAttributes decides whether the mailslot handle is inheritable.',
    'MSDOC CreateMailslotW',
  ),
  // 2. Anonymous pipes
  f(
    '2.1',
    'CreatePipe with nSize 0 gives 4096-byte buffers; the read end is the server end.',
    `${W_PIPE} test_CreatePipe`,
  ),
  f('2.2', 'CreatePipe uses nSize exactly as the buffer size.', `${W_PIPE} test_CreatePipe`),
  f('2.3', 'The read end can only read and the write end can only write.', `${W_PIPE} test_CreatePipe`),
  f('2.4', 'Bytes written to a pipe are read back in order.', `${W_PIPE} test_CreatePipe`),
  f(
    '2.5',
    'After the writer closes, the reader gets what is left and then ERROR_BROKEN_PIPE (109).',
    `${W_PIPE} test_CreatePipe, test_CloseHandle`,
  ),
  f(
    '2.6',
    'A write that fits the buffer completes even with no reader running.',
    `${W_PIPE} test_CreatePipe`,
  ),
  f(
    '2.7',
    'A read of an empty pipe waits; it returns as soon as some bytes are there, possibly fewer than asked.',
    `${W_PIPE} test_blocking_rw`,
  ),
  f(
    '2.8',
    'A write bigger than the free space waits (no partial write) until its unread rest fits.',
    `${W_PIPE} test_blocking_rw`,
  ),
  f(
    '2.9',
    'The bytes of a waiting write are already visible to Peek and can already be read.',
    `${W_PIPE} test_blocking_rw`,
  ),
  f(
    '2.10',
    'Writing after every read handle is closed fails with ERROR_NO_DATA (232).',
    `${W_PIPE} test_CloseHandle`,
  ),
  f(
    '2.11',
    'A write already waiting when the reader goes away fails with ERROR_BROKEN_PIPE; later writes get ERROR_NO_DATA.',
    `${W_PIPE} test_overlapped_transport`,
  ),
  f('2.13', 'PeekNamedPipe works on the read end and never waits.', 'MSDOC PeekNamedPipe'),
  f(
    '2.14',
    'A zero-byte read of an empty pipe waits for data and then returns 0 bytes, leaving the data.',
    `${W_PIPE} test_blocking_rw; reactos NpfsReadWrite.c`,
  ),
  f(
    '2.15',
    'CreatePipe without attributes makes non-inheritable handles; SetHandleInformation can change that.',
    `${W_PROC} test_Console`,
  ),
  f(
    '2.16',
    'A pipe lives until every handle to both ends is closed; process exit closes its handles.',
    'MSDOC Anonymous Pipe Operations',
  ),
  f(
    '2.17',
    'When a process dies in the middle of a waiting write, the unread rest of that write is dropped.',
    `${W_PIPE} test_overlapped_transport`,
  ),
  // 3. Named pipes
  f(
    '3.1',
    'CreateNamedPipe with a name outside \\\\.\\pipe\\ fails with ERROR_INVALID_NAME (123).',
    `${W_PIPE} test_CreateNamedPipe`,
  ),
  f('3.2', 'CreateNamedPipe(NULL) fails with ERROR_PATH_NOT_FOUND (3).', `${W_PIPE} test_CreateNamedPipe`),
  f(
    '3.3',
    'A byte-type pipe with message read mode is refused with ERROR_INVALID_PARAMETER (87).',
    `${W_PIPE} test_CreateNamedPipe`,
  ),
  f(
    '3.4',
    'Pipe names are case-insensitive, the prefix included.',
    `${W_PIPE} test_CreateNamedPipe; MSDOC CreateNamedPipeW`,
  ),
  f('3.5', 'nMaxInstances must be 1..255, else ERROR_INVALID_PARAMETER.', 'MSDOC CreateNamedPipeW'),
  f(
    '3.6',
    'NMPWAIT_USE_DEFAULT_WAIT uses the pipe default timeout, 50 ms when that is 0.',
    'MSDOC CreateNamedPipeW',
  ),
  f(
    '3.7',
    'One instance too many fails with ERROR_PIPE_BUSY (231).',
    `${W_PIPE} test_CreateNamedPipe_instances_must_match`,
  ),
  f(
    '3.8',
    'A further instance with another access mode fails with ERROR_ACCESS_DENIED (5).',
    `${W_PIPE} test_CreateNamedPipe_instances_must_match`,
  ),
  f(
    '3.9',
    'Other differences between instances (type, sizes, timeout, max) are accepted; the first settings rule.',
    `${W_PIPE} test_CreateNamedPipe_instances_must_match`,
  ),
  f(
    '3.10',
    'FILE_FLAG_FIRST_PIPE_INSTANCE when the name exists fails with ERROR_ACCESS_DENIED.',
    'MSDOC CreateNamedPipeW',
  ),
  f(
    '3.11',
    'The server handle reads for INBOUND, writes for OUTBOUND, both for DUPLEX.',
    `${W_PIPE} test_CreateNamedPipe`,
  ),
  f(
    '3.12',
    'A server handle is signaled except while a ConnectNamedPipe is pending on it.',
    `${W_PIPE} test_CreateNamedPipe`,
  ),
  f(
    '3.13',
    'GetNamedPipeInfo reports end and type flags, the buffer sizes as given and the max instances.',
    `${W_PIPE} test_GetNamedPipeInfo`,
  ),
  f(
    '3.14',
    'CreateFile on a pipe name nobody created fails with ERROR_FILE_NOT_FOUND (2).',
    `${W_PIPE} test_CreateNamedPipe`,
  ),
  f(
    '3.15',
    'A new instance accepts a client at once, before any ConnectNamedPipe.',
    `${W_PIPE} test_CreateNamedPipe`,
  ),
  f(
    '3.16',
    'A client finds no free instance while the only one is connected, closing or disconnected: ERROR_PIPE_BUSY.',
    `${W_PIPE} test_CreateNamedPipe`,
  ),
  f('3.17', 'A client gets the instance that started listening first.', `${W_PIPE} test_multiple_instances`),
  f(
    '3.18',
    'A client may open with no access at all; it then only has SYNCHRONIZE|FILE_READ_ATTRIBUTES.',
    `${W_PIPE} test_CreateNamedPipe`,
  ),
  f(
    '3.19',
    'A client asking to write an outbound-only pipe (or read an inbound-only one) is refused.',
    `${W_NTPIPE} test_create`,
  ),
  f(
    '3.20',
    'A client handle starts in byte read mode even on a message pipe.',
    `${W_PIPE} test_CreateNamedPipe`,
  ),
  f(
    '3.21',
    'WaitNamedPipe on a name with no instance fails at once with ERROR_FILE_NOT_FOUND.',
    `${W_PIPE} test_wait_pipe`,
  ),
  f('3.22', 'WaitNamedPipe returns TRUE at once when an instance is listening.', `${W_PIPE} test_wait_pipe`),
  f(
    '3.23',
    'WaitNamedPipe with every instance busy fails after the timeout with ERROR_SEM_TIMEOUT (121).',
    `${W_PIPE} test_CreateNamedPipe`,
  ),
  f(
    '3.24',
    'A waiting WaitNamedPipe returns when an instance starts listening (new or reconnected).',
    `${W_PIPE} test_wait_pipe`,
  ),
  f(
    '3.25',
    'WaitNamedPipe reserves nothing; NMPWAIT_WAIT_FOREVER waits without limit.',
    'MSDOC WaitNamedPipe',
  ),
  f(
    '3.26',
    'ConnectNamedPipe after a client already came fails with ERROR_PIPE_CONNECTED (535), a good connection.',
    `${W_PIPE} test_CreateNamedPipe`,
  ),
  f(
    '3.27',
    'ConnectNamedPipe or DisconnectNamedPipe on a client handle fails with ERROR_INVALID_FUNCTION (1).',
    `${W_PIPE} test_CreateNamedPipe`,
  ),
  f(
    '3.28',
    'ConnectNamedPipe with no client waits until one opens the pipe, then TRUE.',
    `${W_PIPE} serverThreadMain2`,
  ),
  f(
    '3.29',
    'ConnectNamedPipe when the client already left (closing) fails with ERROR_NO_DATA (232).',
    `${W_PIPE} test_nowait`,
  ),
  f(
    '3.32',
    'A PIPE_NOWAIT server: ConnectNamedPipe with no client fails with ERROR_PIPE_LISTENING (536).',
    `${W_PIPE} test_nowait`,
  ),
  f(
    '3.33',
    'Reading or writing a server that never had a client fails with ERROR_PIPE_LISTENING.',
    `${W_PIPE} test_DisconnectNamedPipe`,
  ),
  f(
    '3.34',
    'In byte mode write boundaries are not kept: two writes can come out in one read.',
    `${W_PIPE} test_CreateNamedPipe`,
  ),
  f('3.35', 'A message-mode reader gets one message per read.', `${W_PIPE} test_CreateNamedPipe`),
  f(
    '3.36',
    'A byte-mode reader of a message pipe gets the messages joined.',
    `${W_PIPE} test_CreateNamedPipe`,
  ),
  f(
    '3.37',
    'A message longer than the buffer: FALSE with ERROR_MORE_DATA (234), the buffer filled; the rest comes next.',
    `${W_PIPE} test_ReadFile`,
  ),
  f(
    '3.38',
    'The unread rest of a message stays in the pipe for whoever reads next.',
    `${W_PIPE} test_CreateNamedPipe`,
  ),
  f(
    '3.40',
    'A zero-byte write is an empty message on a message pipe and nothing at all on a byte pipe.',
    `${W_PIPE} test_blocking_rw`,
  ),
  f(
    '3.41',
    'Writes wait while the peer-bound buffer is full; a zero-byte write never waits.',
    `${W_PIPE} test_blocking_rw`,
  ),
  f(
    '3.42',
    'Asking for message read mode on a byte pipe fails with ERROR_INVALID_PARAMETER.',
    `${W_PIPE} test_NamedPipeHandleState`,
  ),
  f(
    '3.43',
    'On a message pipe either end may switch between byte and message read mode.',
    `${W_PIPE} test_NamedPipeHandleState`,
  ),
  f(
    '3.44',
    'GetNamedPipeHandleState gives state and instance count; collection info on a local pipe is ERROR_INVALID_PARAMETER.',
    `${W_PIPE} test_NamedPipeHandleState`,
  ),
  f(
    '3.45',
    'A PIPE_NOWAIT reader of an empty pipe fails at once with ERROR_NO_DATA.',
    `${W_PIPE} test_nowait`,
  ),
  f(
    '3.46',
    'A PIPE_NOWAIT write that does not fit writes nothing and still returns TRUE.',
    `${W_PIPE} test_nowait`,
  ),
  f(
    '3.47',
    'PeekNamedPipe on a listening server fails with ERROR_BAD_PIPE (230).',
    `${W_PIPE} test_CreateNamedPipe`,
  ),
  f(
    '3.48',
    'Peek with no buffer reports all bytes available; left-this-message is 0 on byte pipes, the message size on message pipes.',
    `${W_PIPE} test_CreateNamedPipe`,
  ),
  f(
    '3.49',
    'Peek with a small buffer: left is the rest of the message, or 0 minus the bytes read (wrapped) on byte pipes.',
    `${W_PIPE} test_CreateNamedPipe`,
  ),
  f(
    '3.50',
    'Peek on a message pipe copies only the head message, whatever the read mode of the handle.',
    `${W_PIPE} test_CreateNamedPipe`,
  ),
  f(
    '3.51',
    'After the peer closed Peek still shows the leftover data, then fails with ERROR_BROKEN_PIPE.',
    `${W_PIPE} test_CloseHandle`,
  ),
  f(
    '3.52',
    'After a disconnect Peek fails: ERROR_PIPE_NOT_CONNECTED for the client, ERROR_BAD_PIPE for the server.',
    `${W_PIPE} test_DisconnectNamedPipe`,
  ),
  f(
    '3.53',
    'TransactNamedPipe needs a message pipe read in message mode, else ERROR_BAD_PIPE.',
    `${W_PIPE} test_TransactNamedPipe`,
  ),
  f(
    '3.54',
    'TransactNamedPipe while unread data waits for the caller fails with ERROR_PIPE_BUSY.',
    `${W_PIPE} test_transact`,
  ),
  f(
    '3.55',
    'TransactNamedPipe writes one message and reads one reply; a long reply gives ERROR_MORE_DATA.',
    `${W_PIPE} test_transact`,
  ),
  f(
    '3.56',
    'DisconnectNamedPipe throws unread data away; I/O on either end then fails with ERROR_PIPE_NOT_CONNECTED (233).',
    `${W_PIPE} test_DisconnectNamedPipe`,
  ),
  f(
    '3.57',
    'A second DisconnectNamedPipe fails with ERROR_PIPE_NOT_CONNECTED.',
    `${W_PIPE} test_DisconnectNamedPipe`,
  ),
  f('3.58', 'After a disconnect the client handle is not signaled.', `${W_PIPE} test_DisconnectNamedPipe`),
  f(
    '3.59',
    'A disconnect makes waiting reads, writes and flushes on either end fail with ERROR_PIPE_NOT_CONNECTED.',
    `${W_PIPE} test_overlapped_transport`,
  ),
  f(
    '3.60',
    'When one end closes, the other reads what is left, then ERROR_BROKEN_PIPE; its writes get ERROR_NO_DATA.',
    `${W_PIPE} test_CloseHandle`,
  ),
  f(
    '3.61',
    'A zero-byte byte-mode read with data queued succeeds with 0 bytes.',
    `${W_PIPE} test_CloseHandle`,
  ),
  f(
    '3.62',
    'When the peer closes, waiting reads, writes and flushes fail with ERROR_BROKEN_PIPE.',
    `${W_PIPE} test_overlapped_transport`,
  ),
  f('3.63', 'Get/SetNamedPipeHandleState still work after the peer closed.', `${W_PIPE} test_CloseHandle`),
  f(
    '3.64',
    'FlushFileBuffers waits until the peer read everything written; at once when nothing is unread or not connected.',
    `${W_PIPE} test_blocking_rw; ${W_NTPIPE} test_pipe_state`,
  ),
  f(
    '3.65',
    'Connect, talk, flush, disconnect, connect again works on one instance over and over.',
    `${W_PIPE} serverThreadMain1`,
  ),
  f(
    '3.66',
    'Disconnect-then-close leaves the other end disconnected, not broken.',
    `${W_NTPIPE} pipe_for_each_state`,
  ),
  f(
    '3.67',
    'Closing the server handle ends the instance at once: it no longer counts, so a new one may be created.',
    `${W_NTPIPE} test_pipe_local_info`,
  ),
  f(
    '3.68',
    'After the client closes, the server instance stays CLOSING until DisconnectNamedPipe.',
    `${W_NTPIPE} pipe_for_each_state`,
  ),
  f('3.69', 'A new instance is LISTENING.', `${W_PIPE}; reactos NpfsConnect.c`),
  f('3.70', 'A client opening a listening instance makes it CONNECTED.', `${W_PIPE}; reactos NpfsConnect.c`),
  f(
    '3.71',
    'One end closing makes a connected instance CLOSING for the other end.',
    `${W_PIPE}; reactos NpfsConnect.c`,
  ),
  f('3.72', 'DisconnectNamedPipe makes the instance DISCONNECTED.', `${W_PIPE}; reactos NpfsConnect.c`),
  f('3.73', 'ConnectNamedPipe on a disconnected instance makes it LISTENING again.', 'reactos NpfsConnect.c'),
  // 4. Objects and handles
  f(
    '4.1',
    'The low two bits of a handle value are ignored.',
    `${W_SYNC} test_WaitForSingleObject; Raymond Chen 2005-01-21`,
  ),
  f(
    '4.2',
    'Waiting on a bad handle gives WAIT_FAILED with ERROR_INVALID_HANDLE; a successful wait keeps the last error.',
    `${W_SYNC} test_WaitForSingleObject`,
  ),
  f(
    '4.3',
    'CloseHandle of NULL, a closed or a made-up handle fails with ERROR_INVALID_HANDLE.',
    'firehazard close_handle.rs',
  ),
  f(
    '4.4',
    'CloseHandle(INVALID_HANDLE_VALUE) succeeds: -1 is the current-process pseudo handle.',
    'firehazard close_handle.rs; MSDOC GetCurrentProcess',
  ),
  f(
    '4.5',
    'Pseudo handles have full access, are never inherited and need no closing.',
    'MSDOC GetCurrentProcess, GetCurrentThread',
  ),
  f(
    '4.6',
    'A process call on a handle that is not a process handle fails with ERROR_INVALID_HANDLE.',
    `${W_PROC} test_Handles`,
  ),
  f(
    '4.7',
    'Waiting on the own-process pseudo handle times out; in WaitForMultipleObjects it is invalid.',
    `${W_SYNC} test_WaitForSingleObject, test_WaitForMultipleObjects`,
  ),
  f(
    '4.8',
    'Duplicating the current-process pseudo handle gives a real handle with the requested inherit flag.',
    `${W_PROC} test_DuplicateHandle`,
  ),
  f(
    '4.9',
    'Duplicate-and-close-source within a process returns the same handle value.',
    `${W_PROC} test_DuplicateHandle`,
  ),
  f('4.10', 'That holds even when a lower slot was freed just before.', `${W_PROC} test_DuplicateHandle`),
  f(
    '4.11',
    'A protected source is not closed by DUPLICATE_CLOSE_SOURCE; the copy gets a new value.',
    `${W_PROC} test_DuplicateHandle`,
  ),
  f(
    '4.12',
    'DuplicateHandle needs PROCESS_DUP_HANDLE on both processes; CLOSE_SOURCE closes the source even on failure.',
    'MSDOC DuplicateHandle',
  ),
  f(
    '4.13',
    'A process can pull a handle out of another process with DuplicateHandle.',
    `${W_PIPE} child_process_exit_process_async`,
  ),
  f(
    '4.14',
    'A handle duplicated into another process is only meaningful there.',
    `${W_PROC} test_TerminateProcess`,
  ),
  f(
    '4.15',
    'Handle flags are INHERIT (1) and PROTECT_FROM_CLOSE (2); SetHandleInformation changes only the masked bits.',
    'firehazard set_handle_information.rs',
  ),
  f(
    '4.16',
    'CloseHandle on a protected handle fails with ERROR_INVALID_HANDLE and leaves it open.',
    'MSDOC ZwClose; wine error.c',
  ),
  f(
    '4.17',
    'An object is destroyed when its last reference goes; its name is then free.',
    `${W_SYNC} test_temporary_objects`,
  ),
  f(
    '4.18',
    'OpenProcess works while any handle keeps the process object; after that ERROR_INVALID_PARAMETER (87).',
    `${W_PROC} test_Toolhelp`,
  ),
  f(
    '4.19',
    'Closing a handle does not disturb a wait another process has on the same object.',
    `${W_SYNC} test_mutex`,
  ),
  f(
    '4.21',
    'Waiting needs SYNCHRONIZE access, else WAIT_FAILED with ERROR_ACCESS_DENIED.',
    `${W_SYNC} test_mutex`,
  ),
  f(
    '4.22',
    'CloseHandle((HANDLE)STD_ERROR_HANDLE) closes the current standard-error handle; GetStdHandle then returns NULL.',
    `${W_PROC} test_Handles`,
  ),
  // 5. Processes and waits
  f(
    '5.1',
    'WaitForSingleObject gives WAIT_OBJECT_0 when signaled and WAIT_TIMEOUT (258) on timeout.',
    `${W_SYNC} test_WaitForSingleObject`,
  ),
  f(
    '5.4',
    'WaitForMultipleObjects (any) returns WAIT_OBJECT_0 plus the lowest signaled index.',
    `${W_SYNC} test_WaitForMultipleObjects`,
  ),
  f('5.5', 'A failed CreateProcess leaves PROCESS_INFORMATION zeroed.', `${W_PROC} test_CommandLine`),
  f(
    '5.6',
    'CreateProcess of a missing image fails with ERROR_FILE_NOT_FOUND (2); an empty name with ERROR_PATH_NOT_FOUND (3); a bad current directory with ERROR_DIRECTORY (267).',
    `${W_PROC} test_CommandLine, test_Directory`,
  ),
  f(
    '5.7',
    'After the child exits its process handle is signaled and GetExitCodeProcess gives its exit code.',
    `${W_PROC} test_ExitCode`,
  ),
  f('5.8', 'GetExitCodeProcess on a running process gives STILL_ACTIVE (259).', 'MSDOC GetExitCodeProcess'),
  f('5.9', 'TerminateProcess sets the given exit code.', `${W_PROC} test_TerminateProcess`),
  f(
    '5.10',
    'A CREATE_SUSPENDED child does not run: GetExitCodeThread gives STILL_ACTIVE, and ResumeThread returns the previous suspend count, 1, and lets it run.',
    `${W_PROC} test_SuspendFlag`,
  ),
  f(
    '5.11',
    'Without inheritance a parent handle value means nothing in the child: ERROR_INVALID_HANDLE.',
    `${W_PROC} test_parent_process_attribute`,
  ),
  f(
    '5.12',
    'With bInheritHandles every inheritable handle appears in the child at the same value with the same access.',
    `${W_PROC} test_parent_process_attribute`,
  ),
  f(
    '5.13',
    'PROC_THREAD_ATTRIBUTE_HANDLE_LIST limits inheritance to the listed handles, at the same values; other inheritable handles stay behind.',
    `${W_PROC} test_handle_list_attribute`,
  ),
  f(
    '5.14',
    "STARTF_USESTDHANDLES gives the child hStdInput/hStdOutput/hStdError, or NULL ones when bInheritHandles is FALSE; without it a console child gets its parent's standard handles.",
    `${W_PROC} test_StdHandleInheritance, test_Console`,
  ),
  f(
    '5.15',
    'lpEnvironment NULL copies the parent block of that moment; an explicit block is used as given.',
    `${W_PROC} test_Environment`,
  ),
  f(
    '5.16',
    'Exit closes all the process handles, sets the exit code and signals the process object.',
    'MSDOC Terminating a Process',
  ),
  f(
    '5.17',
    'An exited process can still be queried through a handle that is still open.',
    `${W_PROC} test_dead_process`,
  ),
  f(
    '5.19',
    'CreateProcess returns new process and thread handles and ids that are multiples of 4.',
    'MSDOC CreateProcess; Raymond Chen',
  ),
  // 6. Environment
  f('6.1', 'SetEnvironmentVariable(name, value) succeeds.', W_ENV),
  f(
    '6.2',
    'GetEnvironmentVariable with too small a buffer returns the size needed, terminator included.',
    W_ENV,
  ),
  f('6.3', 'A buffer one character short is left untouched.', W_ENV),
  f('6.4', 'With room enough it returns the length without the terminator and fills the buffer.', W_ENV),
  f('6.5', 'Variable names are case-insensitive.', W_ENV),
  f(
    '6.6',
    'Setting NULL deletes the variable; reading it then gives 0 with ERROR_ENVVAR_NOT_FOUND (203).',
    W_ENV,
  ),
  f(
    '6.7',
    'An empty value exists: reading gives 0 with the last error unchanged (or 1 when asking the size).',
    W_ENV,
  ),
  f('6.8', 'So 0 means empty or missing; only GetLastError tells which.', W_ENV),
  f('6.9', 'A NULL or empty name gives 0 with ERROR_ENVVAR_NOT_FOUND.', W_ENV),
  f('6.10', 'GetEnvironmentStrings returns a fresh copy each time.', `${W_ENV} test_GetEnvironmentStringsW`),
  f(
    '6.11',
    'SetEnvironmentStrings replaces the whole block; an entry without "=" or starting with "=" fails with ERROR_INVALID_PARAMETER; a value may contain "=".',
    `${W_ENV} test_SetEnvironmentStrings`,
  ),
  f(
    '6.12',
    'ExpandEnvironmentStrings returns the size needed in characters, terminator included; an unknown %VAR% stays as it is and values put in are not expanded again.',
    `${W_ENV} test_ExpandEnvironmentStringsA`,
  ),
  f(
    '6.13',
    'A child has its own copy; later changes in the parent do not reach it.',
    'MSDOC SetEnvironmentVariable',
  ),
  f('6.14', 'A variable name cannot contain "=".', 'MSDOC Environment Variables'),
  // 7. Pitfalls (cited where the simulator shows them)
  f(
    '7.1',
    'A pipe reader never sees EOF while some copy of the write end is open.',
    'MSDOC Creating a Child Process with Redirected Input and Output',
  ),
  f(
    '7.2',
    'A handle that was not inherited is invalid in the child.',
    `${W_PROC} test_parent_process_attribute`,
  ),
  f('7.3', 'ERROR_PIPE_CONNECTED from ConnectNamedPipe is a success.', 'MSDOC ConnectNamedPipe'),
  f('7.4', 'Reusing an instance without DisconnectNamedPipe fails.', 'MSDOC ConnectNamedPipe'),
  f('7.5', 'WaitNamedPipe on a missing name fails at once.', 'MSDOC WaitNamedPipe'),
  f(
    '7.6',
    'Disconnecting without a flush can throw away a reply the client has not read.',
    'MSDOC DisconnectNamedPipe',
  ),
  f(
    '7.7',
    'ERROR_MORE_DATA is not fatal; a client reads in byte mode until it asks for message mode.',
    'MSDOC Named Pipe Type, Read, and Wait Modes',
  ),
  f(
    '7.8',
    'A mailslot reader must size its buffer from NextSize; timeout 0 on an empty slot is ERROR_SEM_TIMEOUT.',
    W_MSLOT,
  ),
  f('7.9', 'A GetEnvironmentVariable result larger than the buffer is the size needed, not a length.', W_ENV),
  f(
    '7.10',
    '-1 is both INVALID_HANDLE_VALUE and the current-process pseudo handle; OpenProcess fails with NULL.',
    'MSDOC GetCurrentProcess',
  ),
  // 8. Simulator decisions
  f('8.1', 'Handle values are multiples of 4 from 4; a freed slot is reused last-freed-first.', DECISION),
  f('8.2', 'GetCurrentProcess() is -1 and GetCurrentThread() is -2.', DECISION),
  f(
    '8.3',
    'CreateMailslot of a taken name gives ERROR_ALREADY_EXISTS; opening a missing mailslot or pipe gives ERROR_FILE_NOT_FOUND.',
    DECISION,
  ),
  f(
    '8.4',
    'A mailslot read with a too-small buffer fails with ERROR_INSUFFICIENT_BUFFER (122), reads 0 and keeps the message.',
    DECISION,
  ),
  f(
    '8.5',
    'A mailslot message over the size limit gives ERROR_INVALID_PARAMETER; writing after the slot is gone gives ERROR_NO_DATA.',
    DECISION,
  ),
  f('8.6', 'Reading a pipe write end or writing a read end fails with ERROR_ACCESS_DENIED.', DECISION),
  f(
    '8.7',
    'A usage count is the handles plus other references: a running process or thread holds one on itself, a waiting call on what it waits for.',
    DECISION,
  ),
  // Kernel-wide and file-system facts not numbered in the reference
  f(
    'K.1',
    'Sleep and GetTickCount use the virtual clock; Sleep(0) returns at once.',
    'MSDOC Sleep, GetTickCount; simulator decision',
  ),
  f(
    'K.2',
    'The last error is kept per thread; calls that succeed may leave it unchanged.',
    'MSDOC GetLastError',
  ),
  f(
    'K.3',
    'Pipe-only calls on a file or mailslot handle fail with ERROR_INVALID_FUNCTION (1); on a process or thread handle with ERROR_INVALID_HANDLE.',
    'MSDOC DeviceIoControl; simulator decision',
  ),
  f(
    'K.4',
    'PeekNamedPipe needs read access and TransactNamedPipe read and write access; a handle without it gets ERROR_ACCESS_DENIED before any pipe check.',
    'Windows SDK winioctl.h: FSCTL_PIPE_PEEK needs FILE_READ_DATA, FSCTL_PIPE_TRANSCEIVE FILE_READ_DATA|FILE_WRITE_DATA; checked under Wine 8',
  ),
  f(
    'K.5',
    'FlushFileBuffers needs write access: a read-only handle gets ERROR_ACCESS_DENIED, a process or thread handle ERROR_INVALID_HANDLE.',
    'MSDOC FlushFileBuffers ("must have the GENERIC_WRITE access right"); dotnet/runtime RandomAccess FlushToDisk test FlushFileOpenedForReading',
  ),
  f(
    'K.6',
    'SetNamedPipeHandleState needs FILE_WRITE_ATTRIBUTES: a client opened with GENERIC_READ only gets ERROR_ACCESS_DENIED.',
    'MSDOC SetNamedPipeHandleState (hNamedPipe: GENERIC_WRITE, or GENERIC_READ and FILE_WRITE_ATTRIBUTES)',
  ),
  f(
    'K.7',
    'A client handle cut off by DisconnectNamedPipe is detached: GetNamedPipeInfo, Get/SetNamedPipeHandleState and TransactNamedPipe fail with ERROR_PIPE_NOT_CONNECTED.',
    `${W_NTPIPE} test_pipe_local_info, test_pipe_state`,
  ),
  f(
    'K.8',
    'TransactNamedPipe on an instance that is not connected (listening, closing, or a disconnected server end) fails with ERROR_BAD_PIPE (230).',
    `${W_NTPIPE} test_pipe_state`,
  ),
  f(
    'K.9',
    'A further CreateNamedPipe when nMaxInstances instances exist fails with ERROR_PIPE_BUSY, before FILE_FLAG_FIRST_PIPE_INSTANCE and the access mode are checked.',
    'reactos drivers/filesystems/npfs/create.c NpCreateExistingNamedPipe; checked under Wine 8',
  ),
  f(
    'K.10',
    'GetHandleInformation on a pseudo handle gives flags 0; SetHandleInformation on one fails with ERROR_ACCESS_DENIED.',
    'checked under Wine 8; reactos NtQueryObject, NtSetInformationObject',
  ),
  f(
    'K.11',
    'A DuplicateHandle that fails writes NULL to *lpTargetHandle.',
    'checked under Wine 8; reactos NtDuplicateObject',
  ),
  f(
    'K.12',
    'An anonymous pipe end takes PIPE_NOWAIT from SetNamedPipeHandleState and then reads and writes like a PIPE_NOWAIT named-pipe end.',
    'MSDOC Anonymous Pipe Operations (anonymous pipes are named pipes); checked under Wine 8',
  ),
  f(
    'K.13',
    'A CreateFile that opens a pipe or mailslot sets the last error as any CreateFile success does: 0, or ERROR_ALREADY_EXISTS for CREATE_ALWAYS / OPEN_ALWAYS.',
    'MSDOC CreateFileW (dwCreationDisposition); checked under Wine 8',
  ),
  f(
    'K.14',
    'A console process holds three console pseudo handles, 0x100003 (input), 0x100007 (output) and 0x10000B (error): no handle-table rows; CloseHandle closes one once, then ERROR_INVALID_HANDLE.',
    'simulator decision: Windows 7 console handles had both low bits set (3, 7, 0xB); here they sit above every table slot so that the tag-bit rule (4.1) never maps a real handle such as 4|3 onto them',
  ),
  f(
    'K.15',
    'ResumeThread on a thread that is not suspended returns 0; SuspendThread returns the previous count, fails with ERROR_ACCESS_DENIED on an exited thread and ERROR_SIGNAL_REFUSED past 127; a handle that is no thread handle gives ERROR_INVALID_HANDLE and (DWORD)-1.',
    'checked under Wine 8 (wine server suspend_thread, resume_thread); MSDOC SuspendThread (MAXIMUM_SUSPEND_COUNT)',
  ),
  f(
    'K.16',
    'GetStdHandle and SetStdHandle with an nStdHandle other than STD_INPUT/OUTPUT/ERROR_HANDLE fail with ERROR_INVALID_HANDLE (GetStdHandle returns INVALID_HANDLE_VALUE); SetStdHandle stores any value unchecked.',
    'checked under Wine 8; MSDOC GetStdHandle, SetStdHandle',
  ),
  f(
    'K.17',
    'A thread-attribute list takes 24 + 24 bytes per attribute on x64; sizing with a NULL or small buffer gives ERROR_INSUFFICIENT_BUFFER and the size; an unknown attribute gives ERROR_NOT_SUPPORTED, a handle list whose size is no multiple of 8 ERROR_BAD_LENGTH, one given twice ERROR_OBJECT_NAME_EXISTS, a full list ERROR_GEN_FAILURE.',
    `${W_PROC} test_ProcThreadAttributeList; full list and reserved flags (ERROR_INVALID_PARAMETER, MSDOC) checked under Wine 8`,
  ),
  f(
    'K.18',
    'A handle list may hold only inheritable handles of the caller: anything else makes CreateProcess fail with ERROR_INVALID_PARAMETER; with bInheritHandles FALSE the list is ignored and nothing is inherited.',
    'MSDOC UpdateProcThreadAttribute ("must be created as inheritable handles"); Raymond Chen, The Old New Thing 2011-12-16 and 2026-05-11; simulator decision',
  ),
  f(
    'K.19',
    'lpCurrentDirectory must name an existing directory: the simulated disk has one, C:\\ (also "." and "\\"); another gives ERROR_DIRECTORY, checked after the image is found.',
    `${W_PROC} test_Directory; order checked under Wine 8; simulator decision (one directory)`,
  ),
  f(
    'K.20',
    'ExpandEnvironmentStrings with too small a buffer copies what fits, ends it with a NUL, returns the size needed and sets ERROR_INSUFFICIENT_BUFFER.',
    'checked under Wine 8; reactos ExpandEnvironmentStringsW (BaseSetLastNTError(STATUS_BUFFER_TOO_SMALL))',
  ),
  f(
    'K.21',
    "Without STARTF_USESTDHANDLES a DETACHED_PROCESS child has no console and NULL standard handles; a CREATE_NEW_CONSOLE child gets its new console's handles.",
    `${W_PROC} test_StdHandleInheritance (detached_cui); MSDOC Creation of a Console`,
  ),
  // The C runtime (stdio over the standard handles), cited by the C-runtime bindings
  f(
    'C.1',
    'A redirected stdout or stderr (a pipe or a file, not the console) is buffered by the C runtime: the bytes reach the handle with WriteFile only when 4096 have gathered, on fflush, or when the process ends by returning from main, exit or ExitProcess; TerminateProcess or a crash loses them.',
    'MSDOC Stream I/O ("stdout and stderr are flushed whenever they are full or, if you are writing to a character device, after each library call"); UCRT sources (_INTERNAL_BUFSIZ 4096; __acrt_uninitialize calls _flushall when the process terminates); mingw-w64 build under Wine 8: both pipes stay empty until the child exits',
  ),
  f(
    'C.2',
    'stdin, stdout and stderr are text streams: "\\n" reaches the pipe as "\\r\\n", and "\\r\\n" read from a redirected stdin becomes "\\n".',
    'MSDOC Text and Binary Mode File I/O; checked under Wine 8',
  ),
  f(
    'C.3',
    'The C runtime writes to the standard handles the process started with (SetStdHandle later does not move printf); with a NULL handle, as when nothing was inherited, the output is lost and printf returns -1.',
    'MSDOC GetStdHandle remarks; UCRT lowio initialization (_NO_CONSOLE_FILENO); simulator decision (the return value)',
  ),
  f(
    'C.4',
    "A redirected stdin is read with ReadFile in blocks of up to 4096 bytes into the C runtime's buffer; scanf and fgets work from that buffer and wait for more only when it runs out; a pipe whose writers are gone reads as end of file.",
    'UCRT _filbuf; MSDOC Creating a Child Process with Redirected Input and Output',
  ),
  f(
    'F.1',
    'A file name that is NULL or empty gives ERROR_PATH_NOT_FOUND; one with <>"|?* gives ERROR_INVALID_NAME.',
    'MSDOC Naming Files',
  ),
  f(
    'F.2',
    'CreateFile dispositions: CREATE_NEW fails on an existing file (ERROR_FILE_EXISTS (80)); CREATE_ALWAYS and OPEN_ALWAYS succeed with ERROR_ALREADY_EXISTS when it existed; OPEN_EXISTING and TRUNCATE_EXISTING need it.',
    'MSDOC CreateFileW',
  ),
  f(
    'F.3',
    'File reads and writes start at the file position and move it; reading at the end gives TRUE with 0 bytes.',
    'MSDOC ReadFile, WriteFile',
  ),
  f(
    'F.4',
    'DeleteFile of a missing file gives ERROR_FILE_NOT_FOUND; of an open one ERROR_SHARING_VIOLATION here.',
    'MSDOC DeleteFileW; simulator decision',
  ),
  f(
    'F.5',
    'GetFileSize reports the file’s size; SetFilePointer moves the position and returns the new one; a move before the start is ERROR_NEGATIVE_SEEK (131).',
    'MSDOC SetFilePointer',
  ),
];

const byId = new Map(FACTS.map((fact) => [fact.id, fact]));

/** The fact with this id, or undefined. */
export const factById = (id: string): Fact | undefined => byId.get(id);
