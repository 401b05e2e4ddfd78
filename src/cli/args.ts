/**
 * Parses the `sim` command line (contract in DESIGN.md, "The headless runner contract"):
 *   sim [--json] [--max-steps N] [--launch "CMDLINE"]… [--stdin IMAGE=TEXT]… FILE.c…
 * Returns a usage error instead of throwing, so the CLI can exit with status 2.
 */

export interface CliOptions {
  readonly json: boolean;
  readonly maxSteps: number;
  readonly launch: readonly string[];
  readonly stdin: Readonly<Record<string, string>>;
  readonly files: readonly string[];
}

export type ParseResult =
  { readonly ok: true; readonly options: CliOptions } | { readonly ok: false; readonly error: string };

export const DEFAULT_MAX_STEPS = 1_000_000;

export const USAGE =
  'usage: npm run --silent sim -- [--json] [--max-steps N] [--launch "CMDLINE"]... [--stdin IMAGE=TEXT]... FILE.c...';

/** `\n`, `\t`, `\r`, `\\` in a --stdin TEXT stand for the characters they name. */
export function unescapeStdin(text: string): string {
  return text.replace(/\\([ntr\\])/g, (_, c: string) => ({ n: '\n', t: '\t', r: '\r', '\\': '\\' })[c] ?? c);
}

export function parseArgs(argv: readonly string[]): ParseResult {
  let json = false;
  let maxSteps = DEFAULT_MAX_STEPS;
  const launch: string[] = [];
  const stdin: Record<string, string> = {};
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = (): string | undefined => argv[++i];
    if (arg === '--json') json = true;
    else if (arg === '--max-steps') {
      const v = value();
      if (v === undefined || !/^\d+$/.test(v) || Number(v) < 1)
        return { ok: false, error: '--max-steps needs a positive integer' };
      maxSteps = Number(v);
    } else if (arg === '--launch') {
      const v = value();
      if (v === undefined || v.trim() === '') return { ok: false, error: '--launch needs a command line' };
      launch.push(v);
    } else if (arg === '--stdin') {
      const v = value();
      const eq = v?.indexOf('=') ?? -1;
      if (v === undefined || eq <= 0) return { ok: false, error: '--stdin needs IMAGE=TEXT' };
      stdin[v.slice(0, eq)] = unescapeStdin(v.slice(eq + 1));
    } else if (arg === '--help' || arg === '-h') return { ok: false, error: 'help' };
    else if (arg.startsWith('--')) return { ok: false, error: `unknown option ${arg}` };
    else files.push(arg);
  }
  if (files.length === 0) return { ok: false, error: 'no C source files given' };
  const notC = files.find((f) => !/\.c$/i.test(f));
  if (notC) return { ok: false, error: `${notC} is not a .c file` };
  return { ok: true, options: { json, maxSteps, launch, stdin, files } };
}

/** "dir/MailSender.c" → "MailSender.exe" */
export { imageOf as imageNameOf } from '../sim/image-name.ts';
