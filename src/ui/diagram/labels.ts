/**
 * How the diagram words an object: the simulator's label ("Mailslot \\.\mailslot\box (reader)")
 * split into what a handle row's first line says beside the kind tag (the role, "reader") and the
 * name its second line shows in full ("\\.\mailslot\box"), and names that may wrap after a
 * backslash. The kind word is dropped where the kind tag already says it.
 */
import { sayWordLabel } from '../../i18n/object-label.ts';
import type { ObjectKindName } from '../../sim/view.ts';

export interface LabelParts {
  /** The end or side a handle stands for (reader, writer, read, write, server, client), if any:
   *  "read end" is said "read" beside the tag. */
  readonly role: string | null;
  /** What names the object: its path, image and pid, or the label itself. */
  readonly name: string;
}

/** The kind word the simulator's labels start with, where the tag makes it redundant. */
const KIND_WORD: Partial<Record<ObjectKindName, string>> = {
  process: 'Process ',
  mailslot: 'Mailslot ',
  'named-pipe': 'Named pipe ',
  file: 'File ',
};

/** Kinds whose handle labels end with the role in parentheses. */
const HAS_ROLE: ReadonlySet<ObjectKindName> = new Set(['mailslot', 'pipe', 'named-pipe']);

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

/** Role words of handle rows, as the simulator's labels say them (after dropping "end"). */
const ROLES = new Set(['reader', 'writer', 'read', 'write', 'server', 'client']);

/**
 * The parts in the reader's language: a role word, and the names that are words rather than
 * names ("Anonymous pipe", "Thread 24 of Child.exe"); paths, images and pids stay as they are.
 * `t` gives `object.role.*`, `object.kind.pipe` and `object.threadOf` (i18n/object-label.ts).
 */
export function sayParts(
  parts: LabelParts,
  t: (key: string, args: Record<string, string>) => string,
): LabelParts {
  const role = parts.role !== null && ROLES.has(parts.role) ? t(`object.role.${parts.role}`, {}) : parts.role;
  return { role, name: sayWordLabel(parts.name, t) ?? parts.name };
}

/**
 * `text` cut after each backslash, so that a path may wrap there: "\\.\pipe\a" → ["\", "\",
 * ".\", "pipe\", "a"]; a "(pid 12)" is kept on one line.
 */
export function breakAfterBackslash(text: string): string[] {
  return text.replace(/\(pid (\d+)\)/g, '(pid\u00a0$1)').split(/(?<=\\)/);
}
