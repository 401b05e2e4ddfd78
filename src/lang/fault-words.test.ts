import { describe, expect, it } from 'vitest';
import { faultOf, wordsOf } from './fault-words.ts';
import { CFault } from './native-api.ts';

describe('fault words', () => {
  it('make a fault whose message is the English template filled with its arguments', () => {
    const f = faultOf(0xc0000005, 'fnWroteIntoAt', {
      fn: 'lstrcpyW',
      length: 12,
      name: 'buf',
      offset: 4,
      size: 8,
    });
    expect(f).toBeInstanceOf(CFault);
    expect(f.exitCode).toBe(0xc0000005);
    expect(f.message).toBe("access violation: lstrcpyW wrote 12 bytes into 'buf' at offset 4 (8 bytes)");
    expect(wordsOf(f)).toEqual({
      words: { key: 'fnWroteIntoAt', args: { fn: 'lstrcpyW', length: 12, name: 'buf', offset: 4, size: 8 } },
    });
  });

  it('leave a fault without words (an internal error) to be shown as its message', () => {
    expect(wordsOf(new CFault('internal simulator error: x', 0xc0000002))).toEqual({});
  });
});
