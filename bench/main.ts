/**
 * `npm run bench`: prints the performance figures the issues ask for. Not a test: numbers to
 * read and to put in notes. Each part can be run alone: `npm run bench -- interpreter`.
 */
import { benchInterpreter } from './interpreter.ts';
import { benchTimeTravel } from './time-travel.ts';

const only = process.argv.slice(2);
const wants = (name: string) => only.length === 0 || only.includes(name);
const f = (n: number, digits = 1) => n.toFixed(digits);

if (wants('interpreter')) {
  const r = benchInterpreter();
  console.log('interpreter (PartAdder loop, marginal cost per iteration):');
  console.log(`  WinIPC Lab executor: ${f(r.oursNsPerIteration)} ns/iteration (${f(r.oursStepsPerIteration, 2)} steps/iteration)`);
  console.log(`  JSCPP 2.0.9:         ${f(r.jscppNsPerIteration)} ns/iteration`);
  console.log(`  speed-up:            ${f(r.speedup)}x  (goal: at least 100x)`);
}
if (wants('time-travel')) {
  const r = benchTimeTravel();
  console.log(`time travel (a ${r.steps}-step run, built in ${f(r.buildMs, 0)} ms):`);
  console.log(`  jump to a random step: p95 ${f(r.jumpP95Ms, 2)} ms, max ${f(r.jumpMaxMs, 2)} ms  (goal: under 16 ms)`);
  console.log(`  step backward:         p95 ${f(r.backP95Ms, 2)} ms, max ${f(r.backMaxMs, 2)} ms  (goal: under 16 ms)`);
}
