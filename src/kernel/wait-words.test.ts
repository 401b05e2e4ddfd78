import { describe, expect, it } from 'vitest';
import { fillWords, said } from './wait-words.ts';

describe('wait words', () => {
  it('give the English sentence and the phrase key with its arguments', () => {
    expect(said('readMailslot', { name: '\\\\.\\mailslot\\box' })).toEqual({
      words: { key: 'readMailslot', args: { name: '\\\\.\\mailslot\\box' } },
      description: 'ReadFile on the empty mailslot \\\\.\\mailslot\\box',
    });
    expect(said('waitAll', { count: 2 }).description).toBe('WaitForMultipleObjects for all of 2 objects');
  });

  it('leave a placeholder without an argument as it is', () => {
    expect(fillWords('Sleep({{ms}}) {{other}}', { ms: 5 })).toBe('Sleep(5) {{other}}');
  });
});
