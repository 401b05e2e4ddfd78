/**
 * A one-way pipe buffer: an ordered list of chunks, each the bytes of one WriteFile (so message
 * pipes keep their message boundaries; byte-mode reads simply join chunks). Pure; every
 * function returns a new buffer.
 *
 * A blocked write has already put all of its bytes in the buffer (they can be peeked and read,
 * spec 2.9); it completes once the bytes up to its end fit the capacity (spec 2.8).
 */

export interface Chunk {
  readonly bytes: Uint8Array;
  /** Which WriteFile put these bytes here; lets a blocked write find (and drop) its rest. */
  readonly writeSeq: number;
}

export interface PipeBuffer {
  /** Size in bytes the writer may fill without blocking. */
  readonly capacity: number;
  readonly chunks: readonly Chunk[];
}

export const emptyBuffer = (capacity: number): PipeBuffer => ({ capacity, chunks: [] });

export const bufferedBytes = (b: PipeBuffer): number => b.chunks.reduce((n, c) => n + c.bytes.length, 0);

export const appendChunk = (b: PipeBuffer, bytes: Uint8Array, writeSeq: number): PipeBuffer => ({
  ...b,
  chunks: [...b.chunks, { bytes: bytes.slice(), writeSeq }],
});

/** Bytes queued ahead of and inside the given write, or 0 once all of it has been read. */
export function bytesThroughWrite(b: PipeBuffer, writeSeq: number): number {
  const last = b.chunks.findLastIndex((c) => c.writeSeq === writeSeq);
  if (last < 0) return 0;
  return b.chunks.slice(0, last + 1).reduce((n, c) => n + c.bytes.length, 0);
}

/** The unread bytes of a write whose writer died are removed (spec 2.17). */
export const dropWrite = (b: PipeBuffer, writeSeq: number): PipeBuffer => ({
  ...b,
  chunks: b.chunks.filter((c) => c.writeSeq !== writeSeq),
});

export interface Taken {
  readonly bytes: Uint8Array;
  readonly buffer: PipeBuffer;
  /** Message mode only: the head message did not fit and its rest stays queued (spec 3.37). */
  readonly moreData: boolean;
}

/** Byte read mode: up to n bytes across chunk (message) boundaries (spec 3.34, 3.36). */
export function takeBytes(b: PipeBuffer, n: number): Taken {
  const out: number[] = [];
  const chunks = [...b.chunks];
  while (out.length < n && chunks.length > 0) {
    const head = chunks[0]!;
    const part = head.bytes.subarray(0, n - out.length);
    out.push(...part);
    if (part.length === head.bytes.length) chunks.shift();
    else chunks[0] = { ...head, bytes: head.bytes.slice(part.length) };
  }
  // Empty messages at the head are consumed by a byte-mode read too.
  while (chunks.length > 0 && chunks[0]!.bytes.length === 0 && out.length > 0) chunks.shift();
  return { bytes: Uint8Array.from(out), buffer: { ...b, chunks }, moreData: false };
}

/** Message read mode: the head message, or its first n bytes with moreData (spec 3.35, 3.37). */
export function takeMessage(b: PipeBuffer, n: number): Taken {
  const head = b.chunks[0];
  if (head === undefined) return { bytes: new Uint8Array(0), buffer: b, moreData: false };
  if (head.bytes.length <= n)
    return { bytes: head.bytes, buffer: { ...b, chunks: b.chunks.slice(1) }, moreData: false };
  const rest = { ...head, bytes: head.bytes.slice(n) };
  return {
    bytes: head.bytes.slice(0, n),
    buffer: { ...b, chunks: [rest, ...b.chunks.slice(1)] },
    moreData: true,
  };
}
