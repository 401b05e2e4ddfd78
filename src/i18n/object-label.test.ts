import { describe, expect, it } from 'vitest';
import { labelParts, sayObjectLabel, sayParts } from './object-label.ts';

describe('object labels', () => {
  it('takes the role of a handle out of its label, without "end", and drops the kind word the tag says', () => {
    expect(labelParts('Mailslot \\\\.\\mailslot\\inherit (writer)', 'mailslot')).toEqual({
      role: 'writer',
      name: '\\\\.\\mailslot\\inherit',
    });
    expect(labelParts('Named pipe \\\\.\\pipe\\simple_pipe (server end)', 'named-pipe')).toEqual({
      role: 'server',
      name: '\\\\.\\pipe\\simple_pipe',
    });
  });

  it('keeps a process label whole but for its kind word, pid included', () => {
    expect(labelParts('Process ChildSender.exe (pid 20)', 'process')).toEqual({
      role: null,
      name: 'ChildSender.exe (pid 20)',
    });
  });

  it('keeps labels that have no name of their own', () => {
    expect(labelParts('Anonymous pipe (read end)', 'pipe')).toEqual({
      role: 'read',
      name: 'Anonymous pipe',
    });
    expect(labelParts('Thread 24 of ChildSender.exe', 'thread')).toEqual({
      role: null,
      name: 'Thread 24 of ChildSender.exe',
    });
  });

  it('leaves a label it does not recognise as it is', () => {
    expect(labelParts('object #7', 'file')).toEqual({ role: null, name: 'object #7' });
    expect(labelParts('File a (1).txt', 'file')).toEqual({ role: null, name: 'a (1).txt' });
  });

  it("says roles and word-names in the reader's language, names and paths as they are", () => {
    const ko: Record<string, string> = {
      'translation:object.kind.pipe': '익명 파이프',
      'translation:object.kind.mailslot': '메일슬롯',
      'translation:object.role.read': '읽기',
      'translation:object.role.writer': '쓰는 쪽',
    };
    const t = (key: string, args: Record<string, string>) =>
      key === 'translation:object.threadOf'
        ? `${args['image'] ?? ''}의 스레드 ${args['tid'] ?? ''}`
        : (ko[key] ?? key);
    expect(sayParts(labelParts('Anonymous pipe (read end)', 'pipe'), 'pipe', t)).toEqual({
      role: '읽기',
      name: '익명 파이프',
    });
    expect(sayParts(labelParts('Thread 24 of Child.exe', 'thread'), 'thread', t).name).toBe(
      'Child.exe의 스레드 24',
    );
    expect(sayParts(labelParts('Mailslot \\\\.\\mailslot\\box (writer)', 'mailslot'), 'mailslot', t)).toEqual(
      {
        role: '쓰는 쪽',
        name: '\\\\.\\mailslot\\box',
      },
    );
    // whole labels, for sentences, titles and screen readers
    expect(sayObjectLabel('Anonymous pipe (read end)', 'pipe', t, 'ko')).toBe('익명 파이프 (읽기)');
    expect(sayObjectLabel('Mailslot \\\\.\\mailslot\\box (writer)', 'mailslot', t, 'ko')).toBe(
      '메일슬롯 \\\\.\\mailslot\\box (쓰는 쪽)',
    );
    expect(sayObjectLabel('Anonymous pipe (read end)', 'pipe', t, 'en')).toBe('Anonymous pipe (read end)');
  });

  it('says word-names only for the kinds that have them: a file may be named like a pipe', () => {
    const t = (key: string) => (key === 'translation:object.kind.pipe' ? '익명 파이프' : key);
    expect(sayParts(labelParts('File Anonymous pipe', 'file'), 'file', t).name).toBe('Anonymous pipe');
  });
});
