import { describe, expect, it } from 'vitest';
import { formatUrl, parseStep, parseUrl } from './url.ts';

describe('parseStep', () => {
  it('reads decimal digits as the step', () => {
    expect(parseStep('0')).toBe(0);
    expect(parseStep('42')).toBe(42);
  });

  it('refuses a negative, hexadecimal, empty, partly numeric or missing step', () => {
    for (const raw of ['-5', 'abc', '0x10', '', '5abc', '1e3', ' 3', null]) expect(parseStep(raw)).toBeNull();
  });

  it('gives the URL state step 0 for a step it refuses', () => {
    expect(parseUrl('?scenario=a&step=0x10').step).toBe(0);
  });
});

describe('formatUrl', () => {
  it('replaces a step the URL could not say with the step shown', () => {
    for (const bad of ['-5', 'abc', '0x10', ''])
      expect(formatUrl(`?scenario=mailslot&step=${bad}`, 'mailslot', 0)).toBe('?scenario=mailslot&step=0');
  });

  it('adds the step a link left out', () => {
    expect(formatUrl('?scenario=mailslot', 'mailslot', 0)).toBe('?scenario=mailslot&step=0');
  });

  it('drops a page the app does not know, and keeps the others in their order', () => {
    expect(formatUrl('?page=nope&lang=ko', 'pipe-redirect', 0)).toBe(
      '?lang=ko&scenario=pipe-redirect&step=0',
    );
    expect(formatUrl('?page=main', 'a', 1)).toBe('?scenario=a&step=1');
  });

  it('says nothing of a scenario or step on the start page', () => {
    expect(formatUrl('?step=-5&lang=en', null, 0)).toBe('?lang=en');
    expect(formatUrl('?step=3&page=nope', null, 0)).toBe('');
  });
});
