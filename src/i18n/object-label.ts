/**
 * How an object is worded. The simulator labels objects in English ("Mailslot \\.\mailslot\box",
 * "Anonymous pipe (read end)", "Thread 16 of A.exe", "Process A.exe (pid 4)"); a handle row
 * shows the parts of that label (its role beside the kind tag, its name on the second line), and
 * in Korean the words (kinds, roles, "Anonymous pipe", "Thread … of …") are said in Korean while
 * names, paths and pids stay as they are.
 */
import type { ObjectKindName } from '../sim/view.ts';

export interface LabelParts {
  /** The end or side a handle stands for (reader, writer, read, write, server, client), if any:
   *  "read end" is said "read" beside the tag. */
  readonly role: string | null;
  /** What names the object: its path, image and pid, or the label itself. */
  readonly name: string;
}

/** The kind word the simulator's labels start with, where a kind tag makes it redundant. */
const KIND_WORD: Partial<Record<ObjectKindName, string>> = {
  process: 'Process ',
  mailslot: 'Mailslot ',
  'named-pipe': 'Named pipe ',
  file: 'File ',
};

/** Kinds whose handle labels end with the role in parentheses. */
const HAS_ROLE: ReadonlySet<ObjectKindName> = new Set(['mailslot', 'pipe', 'named-pipe']);

/** Role words of handle rows, as the simulator's labels say them (after dropping "end"). */
const ROLES = new Set(['reader', 'writer', 'read', 'write', 'server', 'client']);

export function labelParts(label: string, kind: ObjectKindName): LabelParts {
  let name = label;
  let role: string | null = null;
  const m = HAS_ROLE.has(kind) ? /^(.+) \(([^()]+)\)$/.exec(label) : null;
  if (m) {
    name = m[1] ?? name;
    role = m[2]?.replace(/ end$/, '') ?? null;
  }
  const word = KIND_WORD[kind];
  if (word && name.startsWith(word) && name.length > word.length) name = name.slice(word.length);
  return { role, name };
}

type Say = (key: string, args: Record<string, string>) => string;

/**
 * The parts in `t`'s language: the role word, and the names that are words rather than names
 * (an anonymous pipe's, a thread's); paths, images and pids stay as they are.
 */
export function sayParts(parts: LabelParts, kind: ObjectKindName, t: Say): LabelParts {
  const role =
    parts.role !== null && ROLES.has(parts.role)
      ? t(`translation:object.role.${parts.role}`, {})
      : parts.role;
  if (kind === 'pipe' && parts.name === 'Anonymous pipe')
    return { role, name: t('translation:object.kind.pipe', {}) };
  const thread = kind === 'thread' ? /^Thread (\d+) of (.+)$/.exec(parts.name) : null;
  if (thread)
    return { role, name: t('translation:object.threadOf', { tid: thread[1] ?? '', image: thread[2] ?? '' }) };
  return { role, name: parts.name };
}

/**
 * A whole label in the reader's language, for sentences, titles and screen readers: the English
 * label as it is, or in Korean its kind word, name and role said in Korean ("익명 파이프 (읽기)",
 * "메일슬롯 \\.\mailslot\box (읽는 쪽)").
 */
export function sayObjectLabel(label: string, kind: ObjectKindName, t: Say, lang: string): string {
  if (lang !== 'ko') return label;
  const parts = labelParts(label, kind);
  const { role, name } = sayParts(parts, kind, t);
  const word = KIND_WORD[kind];
  const kindWord = word && label.startsWith(word) ? `${t(`translation:object.kind.${kind}`, {})} ` : '';
  return `${kindWord}${name}${role !== null ? ` (${role})` : ''}`;
}
