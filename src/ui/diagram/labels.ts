/** Names that may wrap after a backslash (how a label is worded: src/i18n/object-label.ts). */
/**
 * `text` cut after each backslash, so that a path may wrap there: "\\.\pipe\a" → ["\", "\",
 * ".\", "pipe\", "a"]; a "(pid 12)" is kept on one line.
 */
export function breakAfterBackslash(text: string): string[] {
  return text.replace(/\(pid (\d+)\)/g, '(pid\u00a0$1)').split(/(?<=\\)/);
}
