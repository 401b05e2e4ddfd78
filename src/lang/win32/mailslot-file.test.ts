import { describe, expect, it } from 'vitest';
import { NATIVES } from '../natives.ts';
import { callNative, callValue, TestWorld } from '../runtime/test-support.ts';

const SLOT = '\\\\.\\mailslot\\mailbox';
const GENERIC_WRITE = 0x40000000;
const OPEN_EXISTING = 3;
const FOREVER = 0xffffffff;

function setup() {
  const world = new TestWorld(['MailReceiver.exe', 'MailSender.exe']);
  const receiver = world.launch('MailReceiver.exe');
  const sender = world.launch('MailSender.exe');
  const hSlot = callValue(receiver, 'CreateMailslotW', [receiver.mem.literal(SLOT, 2), 0, FOREVER, 0]);
  const hClient = callValue(sender, 'CreateFileW', [
    sender.mem.literal(SLOT, 2),
    GENERIC_WRITE,
    1,
    0,
    OPEN_EXISTING,
    0x80,
    0,
  ]);
  return { world, receiver, sender, hSlot, hClient };
}

describe('mailslot and file bindings', () => {
  it('CreateMailslotW marshals the wide name and records readable arguments', () => {
    const { receiver, hSlot } = setup();
    expect(hSlot).toBe(4);
    expect(receiver.calls[0]).toMatchObject({
      api: 'CreateMailslotW',
      args: [
        { name: 'lpName', display: JSON.stringify(SLOT) },
        { name: 'nMaxMessageSize', display: '0' },
        { name: 'lReadTimeout', display: 'MAILSLOT_WAIT_FOREVER' },
        { name: 'lpSecurityAttributes', display: 'NULL' },
      ],
      result: '0x4',
      lastError: 0,
    });
  });

  it('WriteFile sends the buffer bytes and ReadFile writes them and the count back', () => {
    const { sender, receiver, hSlot, hClient } = setup();
    const msg = sender.mem.string('message', 'Hello', 2, 100);
    const written = sender.mem.define('bytesWritten', 4);
    expect(callValue(sender, 'WriteFile', [hClient, msg, 10, written, 0])).toBe(1);
    expect(sender.mem.readU32(written)).toBe(10);
    const box = receiver.mem.define('messageBox', 100);
    const read = receiver.mem.define('bytesRead', 4);
    expect(callValue(receiver, 'ReadFile', [hSlot, box, 100, read, 0])).toBe(1);
    expect([receiver.mem.readU32(read), receiver.mem.str(box, 2)]).toEqual([10, 'Hello']);
    expect(receiver.calls.at(-1)?.args.map((a) => a.display)).toEqual([
      '0x4',
      'messageBox',
      '100',
      '&bytesRead',
      'NULL',
    ]);
  });

  it('ReadFile on an empty slot blocks, and resume writes the message when it arrives', () => {
    const { world, sender, receiver, hSlot, hClient } = setup();
    const box = receiver.mem.define('messageBox', 100);
    const read = receiver.mem.define('bytesRead', 4);
    const args = [hSlot, box, 100, read, 0];
    expect(callNative(receiver, 'ReadFile', args)).toMatchObject({ kind: 'block', on: 'kernel' });
    callValue(sender, 'WriteFile', [
      hClient,
      sender.mem.string('m', 'exit', 2),
      8,
      sender.mem.define('n', 4),
      0,
    ]);
    const [done] = world.poll();
    expect(done?.pid).toBe(receiver.pid);
    const r = NATIVES.ReadFile?.resume?.(receiver, args, done!.outcome as never);
    expect(r).toEqual({ kind: 'value', value: 1 });
    expect(receiver.mem.str(box, 2)).toBe('exit');
    expect(receiver.mem.readU32(read)).toBe(8);
  });

  it('ReadFile of a message larger than the buffer object is an access violation (spec 8.8)', () => {
    const { sender, receiver, hSlot, hClient } = setup();
    callValue(sender, 'WriteFile', [hClient, sender.mem.string('m', 'a long message', 2), 28, 0, 0]);
    const box = receiver.mem.define('messageBox', 10);
    const read = receiver.mem.define('bytesRead', 4);
    expect(() => callNative(receiver, 'ReadFile', [hSlot, box, 100, read, 0])).toThrow(
      "access violation: ReadFile wrote 28 bytes into 'messageBox' (10 bytes)",
    );
  });

  it('ReadFile that fails sets the count to 0 (spec 1.16)', () => {
    const { receiver } = setup();
    const read = receiver.mem.define('bytesRead', 4);
    receiver.mem.writeU32(read, 77);
    expect(callValue(receiver, 'ReadFile', [-1, receiver.mem.define('b', 4), 0, read, 0])).toBe(0);
    expect(receiver.mem.readU32(read)).toBe(0);
    expect(callValue(receiver, 'GetLastError', [])).toBe(6);
  });

  it('GetMailslotInfo fills the out pointers it is given and skips NULL ones', () => {
    const { receiver, sender, hSlot, hClient } = setup();
    callValue(sender, 'WriteFile', [hClient, sender.mem.string('m', 'ab', 1), 2, 0, 0]);
    const next = receiver.mem.define('nextSize', 4);
    const count = receiver.mem.define('count', 4);
    expect(callValue(receiver, 'GetMailslotInfo', [hSlot, 0, next, count, 0])).toBe(1);
    expect([receiver.mem.readU32(next), receiver.mem.readU32(count)]).toEqual([2, 1]);
  });

  it('CreateFileW on a missing mailslot gives INVALID_HANDLE_VALUE and ERROR_FILE_NOT_FOUND', () => {
    const { sender } = setup();
    const h = callValue(sender, 'CreateFileW', [
      sender.mem.literal('\\\\.\\mailslot\\none', 2),
      GENERIC_WRITE,
      1,
      0,
      OPEN_EXISTING,
      0,
      0,
    ]);
    expect(h).toBe(-1);
    expect(sender.calls.at(-1)).toMatchObject({ result: 'INVALID_HANDLE_VALUE', lastError: 2 });
  });

  it('disk files: write, seek, size, read back and delete', () => {
    const { sender: ctx } = setup();
    const name = ctx.mem.literal('data.bin', 1);
    const h = callValue(ctx, 'CreateFileA', [name, 0xc0000000, 0, 0, 2, 0x80, 0]);
    callValue(ctx, 'WriteFile', [h, ctx.mem.string('d', 'abcdef', 1), 6, 0, 0]);
    const high = ctx.mem.define('high', 4);
    expect(callValue(ctx, 'GetFileSize', [h, high])).toBe(6);
    expect(callValue(ctx, 'SetFilePointer', [h, 2, 0, 0])).toBe(2);
    const buf = ctx.mem.define('buf', 8);
    const n = ctx.mem.define('n', 4);
    callValue(ctx, 'ReadFile', [h, buf, 8, n, 0]);
    expect(ctx.mem.readU32(n)).toBe(4);
    expect(callValue(ctx, 'CloseHandle', [h])).toBe(1);
    expect(callValue(ctx, 'DeleteFileA', [name])).toBe(1);
    expect(callValue(ctx, 'DeleteFileA', [name])).toBe(0);
  });

  it('GetStdHandle gives a console handle that WriteFile writes to the console', () => {
    const { sender: ctx } = setup();
    const out = callValue(ctx, 'GetStdHandle', [-11]);
    const n = ctx.mem.define('n', 4);
    expect(callValue(ctx, 'WriteFile', [out, ctx.mem.string('t', 'hi\n', 1), 3, n, 0])).toBe(1);
    expect(ctx.output).toBe('hi\n');
    expect(ctx.mem.readU32(n)).toBe(3);
  });
});
