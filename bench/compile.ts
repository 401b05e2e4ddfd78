/**
 * Front-end speed: the app recompiles on every edit, so compiling a textbook-sized program must
 * take a few milliseconds. Measures every scenario program, warm, in CPU time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../src/lang/index.ts';

const ROOT = 'src/scenarios/programs';

export function benchCompile(): { programs: number; meanMs: number; maxMs: number } {
  const files = readdirSync(ROOT).flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.c'))
      .map((f) => ({ name: f, text: readFileSync(join(ROOT, dir, f), 'utf8') })),
  );
  for (const f of files) compile([f]);
  const times = files.map((f) => {
    const t0 = process.cpuUsage();
    for (let i = 0; i < 5; i++) compile([f]);
    const d = process.cpuUsage(t0);
    return (d.user + d.system) / 1000 / 5;
  });
  return {
    programs: files.length,
    meanMs: times.reduce((a, b) => a + b, 0) / times.length,
    maxMs: Math.max(...times),
  };
}
