import { describe, expect, it } from 'vitest';
import {
  appendChunk,
  bufferedBytes,
  bytesThroughWrite,
  dropWrite,
  emptyBuffer,
  takeBytes,
  takeMessage,
} from './pipe-buffer.ts';

const b = (s: string) => new TextEncoder().encode(s);
const s = (u: Uint8Array) => new TextDecoder().decode(u);

describe('pipe buffers', () => {
  const two = appendChunk(appendChunk(emptyBuffer(8), b('hello'), 1), b('world'), 2);

  it('counts the bytes of every chunk', () => {
    expect(bufferedBytes(two)).toBe(10);
  });

  it('reads across chunks in byte mode and keeps the rest', () => {
    const t = takeBytes(two, 7);
    expect(s(t.bytes)).toBe('hellowo');
    expect(s(takeBytes(t.buffer, 10).bytes)).toBe('rld');
  });

  it('reads one message in message mode and flags a message that did not fit', () => {
    expect(s(takeMessage(two, 10).bytes)).toBe('hello');
    const part = takeMessage(two, 3);
    expect([s(part.bytes), part.moreData]).toEqual(['hel', true]);
    expect(s(takeMessage(part.buffer, 10).bytes)).toBe('lo');
  });

  it('measures the bytes up to the end of a write, 0 once it has been read', () => {
    expect(bytesThroughWrite(two, 2)).toBe(10);
    expect(bytesThroughWrite(takeBytes(two, 10).buffer, 2)).toBe(0);
  });

  it('drops what is left of one write', () => {
    expect(s(takeBytes(dropWrite(two, 1), 10).bytes)).toBe('world');
  });

  it('never changes the buffer it reads from', () => {
    takeBytes(two, 10);
    expect(bufferedBytes(two)).toBe(10);
  });
});
