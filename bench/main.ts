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
  type PressFigures = Awaited<ReturnType<typeof benchBrowser>>['step'];
  const r = await benchBrowser();
  const press = (p: PressFigures) =>
    `p95 ${f(p.mainP95Ms, 2)} ms over ${p.presses} (median ${f(p.mainMedianMs, 2)}; CPU p95 ${f(p.cpuP95Ms, 2)})\n` +
    `      under the detailed trace: p95 ${f(p.tracedP95Ms, 2)} ms, of which style/layout/paint p95 ${f(p.renderP95Ms, 2)}; raster off the main thread p95 ${f(p.rasterP95Ms, 2)}`;
  console.log('browser (production build, system Chromium, 1280x720):');
  console.log(`  initial JavaScript: ${f(r.initialJsKb)} KB gzipped  (goal: at most 200 KB)`);
  console.log(
    `  interactive after:  ${f(r.interactiveMs, 0)} ms, first run drawn and steppable  (goal: within 1000 ms)`,
  );
  console.log(
    '  main-thread work per key press until the new picture is painted (Chrome trace; script, React, style, layout, paint, commit; not the wait for vsync), 8 processes / 126 handles  (goal: under 16 ms):',
  );
  console.log(`    step (ArrowRight, 120 a run): ${press(r.step)}`);
  console.log(`    jump (End/Home by turns, 30 a run): ${press(r.jump)}`);
  for (const [preset, lh] of Object.entries(r.lighthouse)) {
    const scores = Object.entries(lh.scores)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    const metrics = Object.entries(lh.metrics)
      .map(([k, v]) => `${k} ${v} ms`)
      .join(', ');
    console.log(`  Lighthouse ${preset}: ${scores}  [${metrics}]`);
    if (lh.failing.length > 0) console.log(`    not passed: ${lh.failing.join('; ')}`);
  }
}
