/**
 * `npm run bench`: prints the performance figures the issues ask for. Not a test: numbers to
 * read and to put in notes. Each part can be run alone: `npm run bench -- interpreter`.
 */
import { benchInterpreter } from './interpreter.ts';
import { benchTimeTravel } from './time-travel.ts';
import { benchCompile } from './compile.ts';

const only = process.argv.slice(2);
const wants = (name: string) => only.length === 0 || only.includes(name);
const f = (n: number, digits = 1) => n.toFixed(digits);

if (wants('interpreter')) {
  const r = benchInterpreter();
  console.log('interpreter (PartAdder loop, marginal cost per iteration):');
  console.log(
    `  WinIPC Lab executor: ${f(r.oursNsPerIteration)} ns/iteration (${f(r.oursStepsPerIteration, 2)} steps/iteration)`,
  );
  console.log(`  JSCPP 2.0.9:         ${f(r.jscppNsPerIteration)} ns/iteration`);
  console.log(`  speed-up:            ${f(r.speedup)}x  (goal: at least 100x)`);
}
if (wants('compile')) {
  const r = benchCompile();
  console.log(
    `compile (${r.programs} scenario programs, warm, CPU time): mean ${f(r.meanMs, 2)} ms, max ${f(r.maxMs, 2)} ms`,
  );
}
if (wants('time-travel')) {
  const r = benchTimeTravel();
  console.log(`time travel (a ${r.steps}-step run, built in ${f(r.buildMs, 0)} ms):`);
  console.log(
    `  jump to a random step: p95 ${f(r.jumpP95Ms, 2)} ms, max ${f(r.jumpMaxMs, 2)} ms  (goal: under 16 ms)`,
  );
  console.log(
    `  step backward:         p95 ${f(r.backP95Ms, 2)} ms, max ${f(r.backMaxMs, 2)} ms  (goal: under 16 ms)`,
  );
}
if (wants('browser')) {
  const { execSync } = await import('node:child_process');
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
  const { benchBrowser } = await import('./browser.ts');
  const r = await benchBrowser();
  console.log('browser (production build, system Chromium, 1280x720):');
  console.log(`  initial JavaScript: ${f(r.initialJsKb)} KB gzipped  (goal: at most 200 KB)`);
  console.log(`  interactive after:  ${f(r.interactiveMs, 0)} ms  (goal: within 1000 ms)`);
  console.log(
    `  step render:        p95 ${f(r.stepP95Ms, 2)} ms; jump (Home/End) p95 ${f(r.jumpP95Ms, 2)} ms, 8 processes  (goal: under 16 ms)`,
  );
  for (const [preset, scores] of Object.entries(r.lighthouse)) {
    console.log(
      `  Lighthouse ${preset}: ${Object.entries(scores)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  }
}
