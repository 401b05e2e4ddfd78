import { describe, expect, it } from 'vitest';
import { fixtureRun } from '../ui/dev/fixture-run.ts';
import { en } from './en.ts';
import { hex, testHex } from './format.ts';
import { pickLanguage } from './index.ts';
import { ko } from './ko.ts';
import { narrate } from './narrate.ts';
import { tEn, tKo } from './testing.ts';

const run = fixtureRun();

function keysOf(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('narration', () => {
  it('says which handles CreateProcess copied and which stayed behind', () => {
    const [first] = narrate(run.view(4), tEn, 'en');
    expect(first).toBe(
      'CreateProcess copied the 2 inheritable handles into Child.exe (pid 8)’s table at the same values 0x8 and 0xC. The non-inheritable 0x4 stayed behind.',
    );
  });

  it('tells in Korean too', () => {
    expect(narrate(run.view(4), tKo, 'ko')[0]).toContain('0x8 및 0xC');
  });

  it('names the object a new handle points to and its usage count', () => {
    expect(narrate(run.view(1), tEn, 'en')).toEqual([
      'CreateMailslot created a mailslot named \\\\.\\mailslot\\box with usage count 1.',
    ]);
  });

  it('says which handle was closed when no usage change is reported', () => {
    expect(narrate(run.view(8), tEn, 'en')[0]).toBe('Child.exe (pid 8) closed handle 0x10.');
  });

  it('falls back to the line that ran when nothing happened in the kernel', () => {
    expect(narrate(run.view(2), tEn, 'en')).toEqual(['Parent.exe (pid 4) ran line 8.']);
  });

  it('names object kinds in lower case with their article inside a sentence', () => {
    const all = Array.from({ length: run.length + 1 }, (_, i) => narrate(run.view(i), tEn, 'en')).flat();
    const end = run.view(run.length);
    const destroyed = { ...end, events: [{ type: 'ObjectDestroyed', objectId: 5, kind: 'thread' }] };
    const text = [...all, ...narrate(destroyed as typeof end, tEn, 'en')].join(' ');
    expect(text).toContain('the kernel destroyed the thread object.');
    expect(text).not.toMatch(/(created an?|destroyed the) [A-Z]/);
  });

  it('says that an exited process object is now signaled', () => {
    expect(narrate(run.view(run.length), tEn, 'en')[0]).toContain('signaled');
  });
});

describe('strings', () => {
  it('has the same keys in Korean as in English', () => {
    expect(keysOf(ko).sort()).toEqual(keysOf(en).sort());
  });

  it('picks the language from the URL, then the saved choice, then the browser', () => {
    expect(pickLanguage('ko', 'en', ['en-US'])).toBe('ko');
    expect(pickLanguage(null, null, ['ko-KR', 'en'])).toBe('ko');
    expect(pickLanguage(null, null, ['fr-FR'])).toBe('en');
  });

  it('formats handle values for people and for test ids', () => {
    expect(hex(12)).toBe('0xC');
    expect(testHex(16)).toBe('0x10');
  });
});

describe('narration order', () => {
  it('tells the process creation before the objects CreateProcess made for it', () => {
    const base = run.view(4);
    const view = {
      ...base,
      events: [{ type: 'ObjectCreated', objectId: 4, kind: 'process', name: null }, ...base.events],
    };
    const sentences = narrate(view, tEn, 'en');
    expect(sentences[0]).toMatch(/^CreateProcess copied/);
    expect(sentences.join(' ')).not.toMatch(/created a process/);
  });
});

describe('the app instance', () => {
  it('gives the same text from a remembered t as i18next does, in the language it is fixed to', async () => {
    const { initI18n } = await import('./index.ts');
    const app = initI18n('en');
    const t = app.getFixedT('en');
    const ko = app.getFixedT('ko');
    for (let i = 0; i < 2; i++) {
      expect(t('controls.stepCounter', { step: 3, total: 9 })).toBe('Step 3 / 9');
      expect(t('controls.stepCounter', { step: 4, total: 9 })).toBe('Step 4 / 9');
      expect(ko('controls.stepCounter', { step: 3, total: 9 })).toBe('단계 3 / 9');
    }
    await app.changeLanguage('ko');
    expect(app.getFixedT('ko')('app.loading')).toBe(ko('app.loading'));
    await app.changeLanguage('en');
  });
});

describe('object labels in Korean', () => {
  it('says the kind words in Korean and keeps names, paths and pids', async () => {
    const { sayObjectLabel } = await import('./object-label.ts');
    expect(sayObjectLabel('Anonymous pipe', 'pipe', tKo, 'ko')).toBe('익명 파이프');
    expect(sayObjectLabel('Thread 16 of A.exe', 'thread', tKo, 'ko')).toBe('A.exe의 스레드 16');
    expect(sayObjectLabel('Mailslot \\\\.\\mailslot\\box', 'mailslot', tKo, 'ko')).toBe(
      '메일슬롯 \\\\.\\mailslot\\box',
    );
    expect(sayObjectLabel('Process A.exe (pid 4)', 'process', tKo, 'ko')).toBe('프로세스 A.exe (pid 4)');
    expect(sayObjectLabel('Anonymous pipe', 'pipe', tEn, 'en')).toBe('Anonymous pipe');
  });
});
