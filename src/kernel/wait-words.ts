/**
 * What a blocked call waits for, in words: a phrase key with its arguments (names, numbers), so
 * that the visualizer can say it in the reader's language, and the English sentence made from it
 * for the command line and the logs. The English templates here are also the visualizer's English
 * strings (src/i18n/en.ts), so the two never drift apart.
 */

/** English templates; `{{name}}` marks an argument. */
export const WAIT_WORDS_EN = {
  waitOne: 'WaitForSingleObject on object {{id}}',
  /** WaitForMultipleObjects given one handle: all and any are the same. */
  waitMultipleOne: 'WaitForMultipleObjects on object {{id}}',
  waitAll: 'WaitForMultipleObjects for all of {{count}} objects',
  waitAny: 'WaitForMultipleObjects for any of {{count}} objects',
  sleep: 'Sleep({{ms}})',
  flush: 'FlushFileBuffers until the peer has read everything',
  transact: 'TransactNamedPipe on {{name}}: waiting for the reply',
  connect: 'ConnectNamedPipe on {{name}}',
  waitNamedPipe: 'WaitNamedPipe({{name}})',
  readNamedServer: 'ReadFile on {{name}} (server end) with nothing to read',
  readNamedClient: 'ReadFile on {{name}} (client end) with nothing to read',
  writeNamed: 'WriteFile of {{bytes}} bytes into the full pipe {{name}}',
  readPipe: 'ReadFile on an empty anonymous pipe',
  writePipe: 'WriteFile of {{bytes}} bytes into a full anonymous pipe',
  readMailslot: 'ReadFile on the empty mailslot {{name}}',
  suspended: 'its thread is suspended (suspend count {{count}}) until ResumeThread',
  console: 'waiting for console input',
  /** A wait without words of its own: the executor's sentence as it is (no such case today). */
  unknown: '{{what}}',
} as const;

export type WaitWordKey = keyof typeof WAIT_WORDS_EN;

/** A sentence as a phrase key and its arguments (names, numbers), to be said in any language. */
export interface Words<K extends string> {
  readonly key: K;
  readonly args: WordArgs;
}

export type WordArgs = Readonly<Record<string, string | number>>;

export type WaitWords = Words<WaitWordKey>;

/** `{ words }` to spread into a record beside its message, or nothing when it has none (an
 *  optional field stays absent rather than undefined). */
export function wordsOf<W>(x: { readonly words?: W | undefined }): { readonly words?: W } {
  return x.words ? { words: x.words } : {};
}

/** `template` with each `{{name}}` replaced by its argument (unknown names are left as they are). */
export function fillWords(template: string, args: WordArgs): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in args ? String(args[name]) : whole,
  );
}

/** A blocked call's words and their English sentence, ready to spread into a BlockCondition. */
export function said(
  key: WaitWordKey,
  args: WordArgs = {},
): { readonly words: WaitWords; readonly description: string } {
  return { words: { key, args }, description: fillWords(WAIT_WORDS_EN[key], args) };
}
