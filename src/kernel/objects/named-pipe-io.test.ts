import { describe, expect, it } from 'vitest';
import { ERROR, PIPE } from '../constants.ts';
import { expectFacts, returned, str, text } from '../test/harness.ts';
import { MESSAGE, connected, server } from '../test/named-pipe-fixtures.ts';
import { read, write } from '../test/setup.ts';

describe('named-pipe reads and writes', () => {
  it('fails I/O on a server that never had a client with ERROR_PIPE_LISTENING', () => {
    const { k, s, hs } = server();
    const r = returned(k.call(s, 'ReadFile', read(hs, 4)));
    expect([r.value, r.lastError]).toEqual([0, ERROR.PIPE_LISTENING]);
    expectFacts(r, ['3.33', '3.69']);
    expect(returned(k.call(s, 'WriteFile', write(hs, text('x')))).lastError).toBe(ERROR.PIPE_LISTENING);
  });

  it('joins writes in byte mode', () => {
    const { k, s, c, hs, hc } = connected();
    k.value(c, 'WriteFile', write(hc, text('hello world')));
    const w = returned(k.call(c, 'WriteFile', write(hc, text('0123456789'))));
    expectFacts(w, ['3.34']);
    const o = returned(k.call(s, 'ReadFile', read(hs, 32)));
    expect(o.out.lpNumberOfBytesRead).toBe(21);
    expectFacts(o, ['3.34']);
  });

  it('gives one message per read to a message-mode reader', () => {
    const { k, s, c, hs, hc } = connected(MESSAGE);
    k.value(c, 'WriteFile', write(hc, text('hello world')));
    k.value(c, 'WriteFile', write(hc, text('0123456789')));
    const o = returned(k.call(s, 'ReadFile', read(hs, 32)));
    expect(str(o.out.lpBuffer)).toBe('hello world');
    expectFacts(o, ['3.35']);
  });

  it('splits a long message with ERROR_MORE_DATA and leaves the rest for the next read', () => {
    const { k, s, c, hs, hc } = connected(MESSAGE);
    k.value(c, 'WriteFile', write(hc, text('0123456789')));
    const first = returned(k.call(s, 'ReadFile', read(hs, 4)));
    expect([first.value, first.lastError, str(first.out.lpBuffer)]).toEqual([0, ERROR.MORE_DATA, '0123']);
    expectFacts(first, ['3.37', '3.38', '7.7']);
    expect(returned(k.call(s, 'ReadFile', read(hs, 4))).lastError).toBe(ERROR.MORE_DATA);
    const last = returned(k.call(s, 'ReadFile', read(hs, 4)));
    expect([last.value, str(last.out.lpBuffer)]).toEqual([1, '89']);
  });

  it('queues an empty message on a message pipe but nothing on a byte pipe', () => {
    const m = connected(MESSAGE);
    expect(m.k.call(m.s, 'ReadFile', read(m.hs, 8)).kind).toBe('blocked');
    expectFacts(returned(m.k.call(m.c, 'WriteFile', write(m.hc, new Uint8Array(0)))), ['3.40']);
    m.k.poll();
    const o = returned(m.k.completionOf<'ReadFile'>(m.s));
    expect([o.value, o.out.lpNumberOfBytesRead]).toEqual([1, 0]);
    expectFacts(o, ['3.40']);
    const b = connected();
    expect(b.k.call(b.s, 'ReadFile', read(b.hs, 8)).kind).toBe('blocked');
    b.k.value(b.c, 'WriteFile', write(b.hc, new Uint8Array(0)));
    expect(b.k.poll()).toEqual([]);
  });

  it('blocks a write while the peer-bound buffer is full, never a zero-byte write', () => {
    const { k, s, c, hs, hc } = connected({ nInBufferSize: 4 });
    const o = k.call(c, 'WriteFile', write(hc, text('123456')));
    expectFacts(o, ['3.41']);
    k.value(s, 'ReadFile', read(hs, 2));
    k.poll();
    expectFacts(k.completionOf(c), ['3.41']);
  });

  it('refuses message read mode on a byte pipe with ERROR_INVALID_PARAMETER, on both ends', () => {
    const { k, s, c, hs, hc } = connected();
    const args = (h: number) => ({
      hNamedPipe: h,
      lpMode: PIPE.READMODE_MESSAGE,
      lpMaxCollectionCount: null,
      lpCollectDataTimeout: null,
    });
    const o = returned(k.call(c, 'SetNamedPipeHandleState', args(hc)));
    expect([o.value, o.lastError]).toEqual([0, ERROR.INVALID_PARAMETER]);
    expectFacts(o, ['3.42']);
    expect(returned(k.call(s, 'SetNamedPipeHandleState', args(hs))).lastError).toBe(ERROR.INVALID_PARAMETER);
  });

  it('switches a message pipe end between byte and message read mode', () => {
    const { k, c, hc } = connected(MESSAGE);
    const set = (mode: number) =>
      returned(
        k.call(c, 'SetNamedPipeHandleState', {
          hNamedPipe: hc,
          lpMode: mode,
          lpMaxCollectionCount: null,
          lpCollectDataTimeout: null,
        }),
      );
    expectFacts(set(PIPE.READMODE_MESSAGE), ['3.43']);
    expect(set(PIPE.READMODE_BYTE).value).toBe(1);
  });

  it('reports state and instance count, and refuses collection info on a local pipe', () => {
    const { k, s, hs } = server();
    const base = {
      hNamedPipe: hs,
      lpMaxCollectionCount: false,
      lpCollectDataTimeout: false,
      lpUserName: false,
    };
    const o = returned(k.call(s, 'GetNamedPipeHandleState', base));
    expect(o.out).toEqual({ lpState: 0, lpCurInstances: 1 });
    expectFacts(o, ['3.44']);
    const bad = returned(k.call(s, 'GetNamedPipeHandleState', { ...base, lpMaxCollectionCount: true }));
    expect([bad.value, bad.lastError]).toEqual([0, ERROR.INVALID_PARAMETER]);
  });

  it('fails a PIPE_NOWAIT read of an empty pipe with ERROR_NO_DATA', () => {
    const { k, s, hs } = connected({ dwPipeMode: PIPE.NOWAIT });
    const o = returned(k.call(s, 'ReadFile', read(hs, 4)));
    expect([o.value, o.lastError]).toEqual([0, ERROR.NO_DATA]);
    expectFacts(o, ['3.45']);
  });

  it('writes all or nothing from a PIPE_NOWAIT writer, returning TRUE either way', () => {
    const { k, s, hs } = connected({ dwPipeMode: PIPE.NOWAIT, nOutBufferSize: 512 });
    const o = returned(k.call(s, 'WriteFile', write(hs, new Uint8Array(513))));
    expect([o.value, o.out.lpNumberOfBytesWritten]).toEqual([1, 0]);
    expectFacts(o, ['3.46']);
    expect(returned(k.call(s, 'WriteFile', write(hs, new Uint8Array(512)))).out.lpNumberOfBytesWritten).toBe(
      512,
    );
  });

  it('lets a PIPE_NOWAIT write larger than the buffer through to a read already waiting for it', () => {
    const { k, s, c, hs, hc } = connected({ dwPipeMode: PIPE.NOWAIT, nOutBufferSize: 512 });
    expect(k.call(c, 'ReadFile', read(hc, 1000)).kind).toBe('blocked');
    const o = returned(k.call(s, 'WriteFile', write(hs, new Uint8Array(513))));
    expect([o.value, o.out.lpNumberOfBytesWritten]).toEqual([1, 513]);
    expectFacts(o, ['3.46']);
    k.poll();
    expect(returned(k.completionOf<'ReadFile'>(c)).out.lpNumberOfBytesRead).toBe(513);
  });
});

describe('PeekNamedPipe and TransactNamedPipe', () => {
  it('fails Peek on a listening server with ERROR_BAD_PIPE', () => {
    const { k, s, hs } = server();
    const o = returned(k.call(s, 'PeekNamedPipe', { hNamedPipe: hs, nBufferSize: 0 }));
    expect([o.value, o.lastError]).toEqual([0, ERROR.BAD_PIPE]);
    expectFacts(o, ['3.47']);
  });

  it('reports avail and left-this-message by pipe type, whatever the read mode', () => {
    const b = connected();
    b.k.value(b.s, 'WriteFile', write(b.hs, text('hello world')));
    const pb = returned(b.k.call(b.c, 'PeekNamedPipe', { hNamedPipe: b.hc, nBufferSize: 0 }));
    expect([pb.out.lpTotalBytesAvail, pb.out.lpBytesLeftThisMessage]).toEqual([11, 0]);
    expectFacts(pb, ['3.48']);
    const m = connected(MESSAGE);
    m.k.value(m.s, 'WriteFile', write(m.hs, text('hello world')));
    const pm = returned(m.k.call(m.c, 'PeekNamedPipe', { hNamedPipe: m.hc, nBufferSize: 0 }));
    expect([pm.out.lpTotalBytesAvail, pm.out.lpBytesLeftThisMessage]).toEqual([11, 11]);
  });

  it('reports 7 left of a message after peeking 4, and 0 minus 4 wrapped on a byte pipe', () => {
    const m = connected(MESSAGE);
    m.k.value(m.s, 'WriteFile', write(m.hs, text('hello world')));
    const pm = returned(m.k.call(m.c, 'PeekNamedPipe', { hNamedPipe: m.hc, nBufferSize: 4 }));
    expect([pm.out.lpBytesRead, pm.out.lpTotalBytesAvail, pm.out.lpBytesLeftThisMessage]).toEqual([4, 11, 7]);
    expectFacts(pm, ['3.49']);
    const b = connected();
    b.k.value(b.s, 'WriteFile', write(b.hs, text('hello world')));
    const pb = returned(b.k.call(b.c, 'PeekNamedPipe', { hNamedPipe: b.hc, nBufferSize: 4 }));
    expect(pb.out.lpBytesLeftThisMessage).toBe(0xfffffffc);
  });

  it('peeks only the head message even through a byte-mode handle', () => {
    const m = connected(MESSAGE);
    m.k.value(m.s, 'WriteFile', write(m.hs, text('hello world')));
    m.k.value(m.s, 'WriteFile', write(m.hs, text('0123456789')));
    const o = returned(m.k.call(m.c, 'PeekNamedPipe', { hNamedPipe: m.hc, nBufferSize: 32 }));
    expect([o.out.lpBytesRead, o.out.lpTotalBytesAvail, o.out.lpBytesLeftThisMessage]).toEqual([11, 21, 0]);
    expectFacts(o, ['3.50']);
  });

  it('still peeks leftover data after the peer closed, then fails with ERROR_BROKEN_PIPE', () => {
    const { k, s, c, hs, hc } = connected();
    k.value(s, 'WriteFile', write(hs, text('left')));
    k.value(s, 'CloseHandle', { hObject: hs });
    const o = returned(k.call(c, 'PeekNamedPipe', { hNamedPipe: hc, nBufferSize: 0 }));
    expect(o.out.lpTotalBytesAvail).toBe(4);
    expectFacts(o, ['3.51']);
    k.value(c, 'ReadFile', read(hc, 4));
    const gone = returned(k.call(c, 'PeekNamedPipe', { hNamedPipe: hc, nBufferSize: 0 }));
    expect([gone.value, gone.lastError, gone.out]).toEqual([0, ERROR.BROKEN_PIPE, {}]);
  });

  it('fails Peek after a disconnect: ERROR_PIPE_NOT_CONNECTED on the client, ERROR_BAD_PIPE on the server', () => {
    const { k, s, c, hs, hc } = connected();
    k.value(s, 'DisconnectNamedPipe', { hNamedPipe: hs });
    const oc = returned(k.call(c, 'PeekNamedPipe', { hNamedPipe: hc, nBufferSize: 0 }));
    expect(oc.lastError).toBe(ERROR.PIPE_NOT_CONNECTED);
    expectFacts(oc, ['3.52']);
    expect(returned(k.call(s, 'PeekNamedPipe', { hNamedPipe: hs, nBufferSize: 0 })).lastError).toBe(
      ERROR.BAD_PIPE,
    );
  });

  it('refuses TransactNamedPipe on a byte pipe or a byte-mode handle with ERROR_BAD_PIPE', () => {
    const { k, c, hc } = connected(MESSAGE);
    const o = returned(
      k.call(c, 'TransactNamedPipe', {
        hNamedPipe: hc,
        lpInBuffer: text('q'),
        nInBufferSize: 1,
        nOutBufferSize: 8,
      }),
    );
    expect([o.value, o.lastError]).toEqual([0, ERROR.BAD_PIPE]);
    expectFacts(o, ['3.53']);
  });

  it('refuses TransactNamedPipe while unread data waits for the caller with ERROR_PIPE_BUSY', () => {
    const { k, s, c, hs, hc } = connected(MESSAGE);
    k.value(c, 'SetNamedPipeHandleState', {
      hNamedPipe: hc,
      lpMode: PIPE.READMODE_MESSAGE,
      lpMaxCollectionCount: null,
      lpCollectDataTimeout: null,
    });
    k.value(s, 'WriteFile', write(hs, text('early')));
    const o = returned(
      k.call(c, 'TransactNamedPipe', {
        hNamedPipe: hc,
        lpInBuffer: text('q'),
        nInBufferSize: 1,
        nOutBufferSize: 8,
      }),
    );
    expect([o.value, o.lastError]).toEqual([0, ERROR.PIPE_BUSY]);
    expectFacts(o, ['3.54']);
  });

  it('writes one message and reads one reply, ERROR_MORE_DATA when the reply is longer than the buffer', () => {
    const { k, s, c, hs, hc } = connected(MESSAGE);
    k.value(c, 'SetNamedPipeHandleState', {
      hNamedPipe: hc,
      lpMode: PIPE.READMODE_MESSAGE,
      lpMaxCollectionCount: null,
      lpCollectDataTimeout: null,
    });
    expect(
      k.call(c, 'TransactNamedPipe', {
        hNamedPipe: hc,
        lpInBuffer: text('question'),
        nInBufferSize: 8,
        nOutBufferSize: 4,
      }).kind,
    ).toBe('blocked');
    expect(str(returned(k.call(s, 'ReadFile', read(hs, 64))).out.lpBuffer)).toBe('question');
    k.value(s, 'WriteFile', write(hs, text('answer')));
    k.poll();
    const o = returned(k.completionOf<'TransactNamedPipe'>(c));
    expect([o.value, o.lastError, str(o.out.lpOutBuffer)]).toEqual([0, ERROR.MORE_DATA, 'answ']);
    expectFacts(o, ['3.55']);
    expect(str(returned(k.call(c, 'ReadFile', read(hc, 8))).out.lpBuffer)).toBe('er');
  });
});
