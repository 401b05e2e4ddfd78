/**
 * Splits a command line into argv the way the Microsoft C runtime (UCRT `parse_command_line`)
 * does for `main`/`wmain`. Pure.
 *
 * - argv[0], the program name: up to the first space or tab outside double quotes; quotes
 *   toggle quoting and are dropped; backslashes are taken literally.
 * - Every other argument: spaces and tabs separate arguments outside quotes. 2n backslashes
 *   followed by `"` give n backslashes and the quote toggles quoting; 2n+1 backslashes followed by
 *   `"` give n backslashes and a literal `"`; backslashes not followed by `"` are literal.
 *   Inside quotes, `""` gives a literal `"` and quoting goes on.
 */
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

export function commandLineToArgv(line: string): string[] {
  const argv: string[] = [];
  const { name, next } = programName(line);
  argv.push(name);
  let p = next;
  for (;;) {
    while (isBlank(line[p])) p++;
    if (p >= line.length) break;
    const { arg, next: after } = argument(line, p);
    argv.push(arg);
    p = after;
  }
  return argv;
}

function programName(line: string): { name: string; next: number } {
  let name = '';
  let quoted = false;
  let p = 0;
  while (p < line.length) {
    const c = line[p] as string;
    if (c === '"') quoted = !quoted;
    else if (!quoted && isBlank(c)) break;
    else name += c;
    p++;
  }
  return { name, next: p };
}

function argument(line: string, start: number): { arg: string; next: number } {
  let arg = '';
  let quoted = false;
  let p = start;
  for (;;) {
    let slashes = 0;
    while (line[p] === '\\') {
      p++;
      slashes++;
    }
    let copy = true;
    if (line[p] === '"') {
      if (slashes % 2 === 0) {
        if (quoted && line[p + 1] === '"') p++;
        else {
          copy = false;
          quoted = !quoted;
        }
      }
      slashes = Math.floor(slashes / 2);
    }
    arg += '\\'.repeat(slashes);
    const c = line[p];
    if (c === undefined || (!quoted && isBlank(c))) break;
    if (copy) arg += c;
    p++;
  }
  return { arg, next: p };
}
