/**
 * Expected console output of the probe programs in ./programs, as the simulator prints it. Each
 * line the simulator and Wine 8 (mingw-w64 UNICODE build run with wine64) printed alike is a plain
 * string; where Wine printed otherwise, the pair says what Wine printed and why the simulator
 * follows the behaviour reference (the spec wins over Wine; Microsoft's documentation where the
 * spec is silent).
 */
import type { Line } from './line.ts';

/** MailslotProbe.exe: one process as mailslot server and two clients. */
export const MAILSLOT: readonly Line[] = [
  'bad name: invalid=1 error=123',
  'open missing: invalid=1 error=2',
  'create: invalid=0',
  'new slot: ok=1 max=4 next=4294967295 count=0 timeout=0',
  'info all NULL: ok=1',
  'info on INVALID_HANDLE_VALUE: ok=0',
  'second server: invalid=1 error=183',
  [
    'clients: first=1 second=1',
    'Wine 8: first=1 second=0. Spec 1.11: several clients may open the slot (Vista and later accept mismatched sharing); Wine keeps the pre-Vista share check',
  ],
  'read empty: ok=0 error=121 n=0',
  [
    'read 0 bytes of empty: ok=0 error=121 n=0',
    'Wine 8: ok=0 error=109 n=0. Spec 1.13 (todo_wine in mailslot.c, so Windows): a zero-byte read of an empty slot is ERROR_SEM_TIMEOUT',
  ],
  'write on server: ok=0 error=5 n=0',
  'read on client: ok=0 error=5 n=0',
  [
    'write over max size: ok=0 error=87 n=0',
    'Wine 8: ok=1 error=0 n=8. Spec 1.24 and decision 8.5: a message over nMaxMessageSize is refused with ERROR_INVALID_PARAMETER; Wine queues it',
  ],
  [
    'after refused write: ok=1 max=4 next=4294967295 count=0 timeout=0',
    'Wine 8: ok=1 max=4 next=4 count=1 timeout=0. Follows from the refused write (spec 8.5: nothing queued)',
  ],
  'write a: ok=1 n=1',
  ['write bc: ok=1 n=2', 'Wine 8: ok=0 n=0. Spec 1.11: the second client exists, so its write succeeds'],
  'write empty: ok=1 n=0',
  [
    'three queued: ok=1 max=4 next=1 count=3 timeout=0',
    'Wine 8: ok=1 max=4 next=4 count=1 timeout=0. Spec 1.21 and 1.22: NextSize is the head message (1), three messages counted; Wine does not keep message boundaries',
  ],
  [
    'read 0 bytes of 1-byte message: ok=0 error=122 n=0',
    'Wine 8: ok=0 error=109 n=0. Decision 8.4: a buffer smaller than the head message gives ERROR_INSUFFICIENT_BUFFER and keeps it',
  ],
  [
    'read: ok=1 n=1 first=a',
    'Wine 8: ok=1 n=8 first=1. Spec 1.19 and 1.20: one read returns exactly one message, in order (Wine returned the refused 8-byte write)',
  ],
  [
    'read 2-byte message into 1: ok=0 error=122 n=0',
    'Wine 8: ok=1 error=0 n=1. Decision 8.4: ERROR_INSUFFICIENT_BUFFER, the message stays queued; Wine truncates',
  ],
  [
    'after short read: ok=1 max=4 next=2 count=2 timeout=0',
    'Wine 8: ok=1 max=4 next=0 count=0 timeout=0. Decision 8.4: the 2-byte message is still at the head',
  ],
  [
    'read: ok=1 n=2',
    'Wine 8: ok=0 n=0. Spec 1.19 and 1.20: the 2-byte message "bc" is next; Wine had nothing left after its truncating reads',
  ],
  [
    'read empty message: ok=1 n=0',
    'Wine 8: ok=0 n=0. Spec 1.22 (todo_wine, so Windows): the zero-length message reads as TRUE with 0 bytes',
  ],
  'drained: ok=1 max=4 next=4294967295 count=0 timeout=0',
  'set timeout: ok=1',
  'timeout 30: ok=1 max=4 next=4294967295 count=0 timeout=30',
  'read with timeout: ok=0 error=121 n=0',
  'queued before close: ok=1',
  'close server: ok=1',
  [
    'write after server closed: ok=0 error=232 n=0',
    'Wine 8: ok=1 error=0 n=1. Spec 1.26 and decision 8.5: the slot is gone with its last server handle; Wine keeps it while clients remain',
  ],
  [
    'open after server closed: invalid=1 error=2',
    'Wine 8: invalid=1 error=32. Decision 8.3: the name is free again, so ERROR_FILE_NOT_FOUND; Wine still has the slot (and refuses on sharing)',
  ],
  [
    're-create: invalid=0',
    'Wine 8: invalid=1. Spec 1.7: the name can be created again once the only server handle is closed',
  ],
  [
    're-created: ok=1 max=0 next=4294967295 count=0 timeout=4294967295',
    'Wine 8: ok=0 max=7 next=7 count=7 timeout=7. Follows from the re-creation (spec 1.3: parameters as given)',
  ],
  [
    'old client writes to re-created slot: ok=0 error=232 n=0',
    'Wine 8: ok=1 error=0 n=1. Decision 8.5: a client handle of the deleted slot keeps failing with ERROR_NO_DATA',
  ],
  [
    're-created after old client write: ok=1 max=0 next=4294967295 count=0 timeout=4294967295',
    'Wine 8: ok=0 max=7 next=7 count=7 timeout=7. Follows: nothing reached the new slot',
  ],
];

/** SlotReceiver.exe (with SlotSender.exe): a read that waits for a sender, then times out. */
export const MAILSLOT_WAIT: readonly Line[] = [
  'first read, waiting for the sender: ok=1 n=5',
  'sender exit code: 58',
  'left in the slot: next=8 count=1',
  'second read: ok=1 n=8',
  'third read, nothing left: ok=0 error=121 n=0',
];
