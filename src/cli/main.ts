/**
 * The headless runner: `npm run --silent sim -- [--json] [--max-steps N] [--launch "CMDLINE"]…
 * [--stdin IMAGE=TEXT]… FILE.c…` (contract in DESIGN.md). Exit status 0 when the run was carried
 * out, 1 when a program does not compile, 2 for a usage error.
 */
import { readFileSync } from 'node:fs';
import { imageNameOf, parseArgs, USAGE } from './args.ts';
import { runCli } from './run.ts';

function main(argv: readonly string[]): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(parsed.error === 'help' ? `${USAGE}\n` : `sim: ${parsed.error}\n${USAGE}\n`);
    return parsed.error === 'help' ? 0 : 2;
  }
  const programs = [];
  for (const file of parsed.options.files) {
    try {
      programs.push({
        path: file,
        name: file.split(/[\\/]/).pop() ?? file,
        image: imageNameOf(file),
        text: readFileSync(file, 'utf8'),
      });
    } catch {
      process.stderr.write(`sim: cannot read ${file}\n${USAGE}\n`);
      return 2;
    }
  }
  return runCli(parsed.options, programs, {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  });
}

process.exitCode = main(process.argv.slice(2));
