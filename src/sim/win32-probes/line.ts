/** One expected console line: the text, or the text with what Wine 8 printed there and why the
 *  simulator differs (see the expected-*.ts files). */
export type Line = string | readonly [line: string, wine: string];

/** The console text the lines make, each ended by a newline. */
export const consoleText = (lines: readonly Line[]): string =>
  lines.map((l) => (typeof l === 'string' ? l : l[0])).join('\n') + '\n';
