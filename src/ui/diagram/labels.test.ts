import { describe, expect, it } from 'vitest';
import { breakAfterBackslash } from './labels.ts';

describe('object names in the diagram', () => {
  it('lets a path wrap after each backslash and loses no character', () => {
    const parts = breakAfterBackslash('\\\\.\\mailslot\\inherit');
    expect(parts.join('')).toBe('\\\\.\\mailslot\\inherit');
    expect(parts).toEqual(['\\', '\\', '.\\', 'mailslot\\', 'inherit']);
  });

  it('never parts a pid from its number', () => {
    expect(breakAfterBackslash('PipeServer.exe (pid 4)')).toEqual(['PipeServer.exe (pid\u00a04)']);
  });
});
