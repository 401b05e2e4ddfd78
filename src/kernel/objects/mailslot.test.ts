import { describe, expect, it } from 'vitest';
import { ACCESS, ERROR, MAILSLOT_NO_MESSAGE, MAILSLOT_WAIT_FOREVER } from '../constants.ts';
import { Run, expectFacts, returned, str, text } from '../test/harness.ts';
import { checkNoLeaks } from '../test/invariants.ts';
import { SLOT, mailslotArgs, openArgs, read, write } from '../test/setup.ts';

function slot(timeout = 0, max = 0) {
  const k = new Run();
  const a = k.launch('A.exe');
  const b = k.launch('B.exe');
  const server = k.value(a, 'CreateMailslot', mailslotArgs(timeout, max));
  const client = k.value(b, 'CreateFile', openArgs(SLOT));
  return { k, a, b, server, client };
}

describe('mailslot creation', () => {
  it('refuses a name outside \\\\.\\mailslot\\ with ERROR_INVALID_NAME', () => {
    const k = new Run();
    const o = returned(k.call(k.launch('A.exe'), 'CreateMailslot', mailslotArgs(0, 0, 'blah')));
    expect([o.value, o.lastError]).toEqual([-1, ERROR.INVALID_NAME]);
    expectFacts(o, ['1.1']);
  });

  it('refuses a NULL name with ERROR_PATH_NOT_FOUND', () => {
    const k = new Run();
    const o = returned(k.call(k.launch('A.exe'), 'CreateMailslot', mailslotArgs(0, 0, null)));
    expect([o.value, o.lastError]).toEqual([-1, ERROR.PATH_NOT_FOUND]);
    expectFacts(o, ['1.2']);
  });

  it('stores the size limit and timeout as given and reports no message', () => {
    const k = new Run();
    const a = k.launch('A.exe');
    const h = k.value(a, 'CreateMailslot', mailslotArgs(0xffffffff, 0xffffffff));
    const info = returned(k.call(a, 'GetMailslotInfo', { hMailslot: h }));
    expect(info.out).toEqual({
      lpMaxMessageSize: 0xffffffff,
      lpNextSize: MAILSLOT_NO_MESSAGE,
      lpMessageCount: 0,
      lpReadTimeout: 0xffffffff,
    });
    expectFacts(info, ['1.3', '1.4', '1.23']);
  });

  it('fails GetMailslotInfo on INVALID_HANDLE_VALUE', () => {
    const k = new Run();
    const o = returned(k.call(k.launch('A.exe'), 'GetMailslotInfo', { hMailslot: -1 }));
    expect(o.value).toBe(0);
    expectFacts(o, ['1.5']);
  });

  it('refuses a second server for the same name with ERROR_ALREADY_EXISTS, whatever the case', () => {
    const k = new Run();
    const a = k.launch('A.exe');
    k.value(a, 'CreateMailslot', mailslotArgs());
    const o = returned(k.call(a, 'CreateMailslot', mailslotArgs(0, 0, SLOT.toUpperCase())));
    expect([o.value, o.lastError]).toEqual([-1, ERROR.ALREADY_EXISTS]);
    expectFacts(o, ['1.6', '8.3']);
  });

  it('frees the name when the only server handle is closed', () => {
    const k = new Run();
    const a = k.launch('A.exe');
    const h = k.value(a, 'CreateMailslot', mailslotArgs());
    k.value(a, 'CloseHandle', { hObject: h });
    const again = returned(k.call(a, 'CreateMailslot', mailslotArgs()));
    expect(again.value).toBeGreaterThan(0);
    expectFacts(again, ['1.7']);
  });

  it('makes the server handle inheritable only when asked, and accepts pseudo-directories', () => {
    const k = new Run();
    const a = k.launch('A.exe');
    const h = k.value(a, 'CreateMailslot', {
      ...mailslotArgs(0, 0, '\\\\.\\mailslot\\abc\\def'),
      lpSecurityAttributes: { bInheritHandle: true },
    });
    const flags = returned(k.call(a, 'GetHandleInformation', { hObject: h }));
    expect(flags.out.lpdwFlags).toBe(1);
    expectFacts(returned(k.call(a, 'CreateMailslot', mailslotArgs(0, 0, '\\\\.\\mailslot\\x'))), ['1.27']);
  });
});

describe('mailslot clients', () => {
  it('fails to open a mailslot nobody created with ERROR_FILE_NOT_FOUND', () => {
    const k = new Run();
    const o = returned(k.call(k.launch('A.exe'), 'CreateFile', openArgs(SLOT)));
    expect([o.value, o.lastError]).toEqual([-1, ERROR.FILE_NOT_FOUND]);
    expectFacts(o, ['1.8', '8.3']);
  });

  it('opens with share mode 0, with read access asked, and for several writers at once', () => {
    const { k, b, a } = slot();
    const noShare = returned(k.call(b, 'CreateFile', { ...openArgs(SLOT), dwShareMode: 0 }));
    expect(noShare.value).toBeGreaterThan(0);
    expectFacts(noShare, ['1.9', '1.11']);
    const rw = returned(k.call(a, 'CreateFile', openArgs(SLOT, ACCESS.GENERIC_READ | ACCESS.GENERIC_WRITE)));
    expect(rw.value).toBeGreaterThan(0);
    expectFacts(rw, ['1.10']);
  });

  it('refuses writes through the server handle with ERROR_ACCESS_DENIED', () => {
    const { k, a, server } = slot();
    const o = returned(k.call(a, 'WriteFile', write(server, text('x'))));
    expect([o.value, o.lastError]).toEqual([0, ERROR.ACCESS_DENIED]);
    expectFacts(o, ['1.17']);
  });

  it('refuses reads through a client handle', () => {
    const { k, b, client } = slot();
    const o = returned(k.call(b, 'ReadFile', read(client, 16)));
    expect([o.value, o.lastError]).toEqual([0, ERROR.ACCESS_DENIED]);
    expectFacts(o, ['1.18']);
  });

  it('refuses a message larger than nMaxMessageSize with ERROR_INVALID_PARAMETER and queues nothing', () => {
    const { k, a, b, server, client } = slot(0, 4);
    const o = returned(k.call(b, 'WriteFile', write(client, text('12345'))));
    expect([o.value, o.lastError]).toEqual([0, ERROR.INVALID_PARAMETER]);
    expectFacts(o, ['8.5', '1.24']);
    expect(returned(k.call(a, 'GetMailslotInfo', { hMailslot: server })).out.lpMessageCount).toBe(0);
  });

  it('gives ERROR_NO_DATA to a client writing after the last server handle closed, and drops unread messages', () => {
    const { k, a, b, server, client } = slot();
    k.value(b, 'WriteFile', write(client, text('lost')));
    k.value(a, 'CloseHandle', { hObject: server });
    expect(k.eventsOf('BytesDiscarded').at(-1)?.count).toBe(4);
    const o = returned(k.call(b, 'WriteFile', write(client, text('x'))));
    expect([o.value, o.lastError]).toEqual([0, ERROR.NO_DATA]);
    expectFacts(o, ['8.5', '1.26']);
  });
});

describe('mailslot reads', () => {
  it('fails at once with ERROR_SEM_TIMEOUT on an empty slot created with timeout 0', () => {
    const { k, a, server } = slot(0);
    const o = returned(k.call(a, 'ReadFile', read(server, 16)));
    expect([o.value, o.lastError, o.out.lpNumberOfBytesRead]).toEqual([0, ERROR.SEM_TIMEOUT, 0]);
    expectFacts(o, ['1.12', '7.8']);
  });

  it('fails a zero-byte read of an empty slot the same way, with 0 bytes read', () => {
    const { k, a, server } = slot(0);
    const o = returned(k.call(a, 'ReadFile', read(server, 0)));
    expect([o.value, o.lastError, o.out.lpNumberOfBytesRead]).toEqual([0, ERROR.SEM_TIMEOUT, 0]);
    expectFacts(o, ['1.13']);
  });

  it('waits the read timeout on an empty slot, then fails with ERROR_SEM_TIMEOUT', () => {
    const { k, a, server } = slot(1000);
    const o = k.call(a, 'ReadFile', read(server, 16));
    expect(o.kind).toBe('blocked');
    expectFacts(o, ['1.14']);
    expect(k.advance(999)).toEqual([]);
    k.advance(1);
    const done = returned(k.completionOf(a));
    expect([done.value, done.lastError]).toEqual([0, ERROR.SEM_TIMEOUT]);
    expectFacts(done, ['1.14']);
  });

  it('waits forever with MAILSLOT_WAIT_FOREVER until a message arrives, and SetMailslotInfo changes the timeout', () => {
    const { k, a, b, server, client } = slot(MAILSLOT_WAIT_FOREVER);
    const o = k.call(a, 'ReadFile', read(server, 16));
    expectFacts(o, ['1.15']);
    expect(k.advance(1_000_000)).toEqual([]);
    k.value(b, 'WriteFile', write(client, text('hi')));
    k.poll();
    expect(str(returned(k.completionOf<'ReadFile'>(a)).out.lpBuffer)).toBe('hi');
    expectFacts(returned(k.call(a, 'SetMailslotInfo', { hMailslot: server, lReadTimeout: 0 })), ['1.15']);
    expect(returned(k.call(a, 'ReadFile', read(server, 16))).lastError).toBe(ERROR.SEM_TIMEOUT);
  });

  it('sets the byte count to 0 when reading an invalid handle', () => {
    const { k, a } = slot();
    const o = returned(k.call(a, 'ReadFile', read(-1, 0)));
    expect([o.value, o.lastError, o.out.lpNumberOfBytesRead]).toEqual([0, ERROR.INVALID_HANDLE, 0]);
    expectFacts(o, ['1.16']);
  });

  it('returns exactly one message per read even with a larger buffer', () => {
    const { k, a, b, server, client } = slot();
    k.value(b, 'WriteFile', write(client, text('12345678')));
    const o = returned(k.call(a, 'ReadFile', read(server, 16)));
    expect([o.value, o.out.lpNumberOfBytesRead]).toEqual([1, 8]);
    expectFacts(o, ['1.19']);
    expect(returned(k.call(a, 'ReadFile', read(server, 16))).lastError).toBe(ERROR.SEM_TIMEOUT);
  });

  it('delivers messages from different clients in FIFO order with their own sizes', () => {
    const { k, a, b, server, client } = slot();
    const c2 = k.value(a, 'CreateFile', openArgs(SLOT));
    const w = returned(k.call(b, 'WriteFile', write(client, text('a'))));
    expectFacts(w, ['1.11']);
    k.value(a, 'WriteFile', write(c2, text('bc')));
    const info = returned(k.call(a, 'GetMailslotInfo', { hMailslot: server }));
    expect([info.out.lpNextSize, info.out.lpMessageCount]).toEqual([1, 2]);
    expectFacts(info, ['1.21']);
    const first = returned(k.call(a, 'ReadFile', read(server, 16)));
    expect(str(first.out.lpBuffer)).toBe('a');
    expectFacts(first, ['1.20']);
    expect(str(returned(k.call(a, 'ReadFile', read(server, 16))).out.lpBuffer)).toBe('bc');
  });

  it('queues a zero-length message that reads back as TRUE with 0 bytes', () => {
    const { k, a, b, server, client } = slot();
    expectFacts(returned(k.call(b, 'WriteFile', write(client, new Uint8Array(0)))), ['1.22']);
    const info = returned(k.call(a, 'GetMailslotInfo', { hMailslot: server }));
    expect([info.out.lpNextSize, info.out.lpMessageCount]).toEqual([0, 1]);
    expectFacts(info, ['1.22']);
    const o = returned(k.call(a, 'ReadFile', read(server, 16)));
    expect([o.value, o.out.lpNumberOfBytesRead]).toEqual([1, 0]);
    expectFacts(o, ['1.22']);
    const after = returned(k.call(a, 'GetMailslotInfo', { hMailslot: server }));
    expect([after.out.lpNextSize, after.out.lpMessageCount]).toEqual([MAILSLOT_NO_MESSAGE, 0]);
    expectFacts(after, ['1.23']);
  });

  it('keeps the message when the buffer is too small', () => {
    const { k, a, b, server, client } = slot();
    k.value(b, 'WriteFile', write(client, text('123456')));
    const o = returned(k.call(a, 'ReadFile', read(server, 4)));
    expect([o.value, o.lastError, o.out.lpNumberOfBytesRead]).toEqual([0, ERROR.INSUFFICIENT_BUFFER, 0]);
    expectFacts(o, ['8.4', '1.25']);
    expect(str(returned(k.call(a, 'ReadFile', read(server, 6))).out.lpBuffer)).toBe('123456');
  });

  it('accepts any message size when nMaxMessageSize is 0', () => {
    const { k, b, client } = slot(0, 0);
    const o = returned(k.call(b, 'WriteFile', write(client, new Uint8Array(5000))));
    expect(o.out.lpNumberOfBytesWritten).toBe(5000);
  });

  it('destroys the mailslot object once the last client handle closes too', () => {
    const { k, a, b, server, client } = slot();
    k.value(a, 'CloseHandle', { hObject: server });
    k.value(b, 'CloseHandle', { hObject: client });
    expect(Object.values(k.state.objects).filter((o) => o.kind === 'mailslot')).toEqual([]);
    k.exit(a, 0);
    k.exit(b, 0);
    checkNoLeaks(k.state);
  });
});
