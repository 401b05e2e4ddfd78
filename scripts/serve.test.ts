import { describe, expect, it } from 'vitest';
import { pickEncoding } from './serve.mjs';

describe('the build server', () => {
  it('sends Brotli when the browser takes it, else gzip, else the file as it is', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('gzip, deflate')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
    expect(pickEncoding('identity')).toBeNull();
    expect(pickEncoding(undefined)).toBeNull();
  });
});
