/**
 * Interpreter speed: the PartAdder loop (sum 1..N in C) on our executor through the world
 * stepper, against the JSCPP interpreter running the equivalent C++ program, in the same process.
 * Per-iteration cost is the marginal cost between two loop lengths, so parsing and start-up cost
 * cancel out for both. Times are this process's CPU time (user + system), not wall time, so a
 * busy machine slows neither side's figure; each figure is the best of several runs.
 */

/** CPU milliseconds this process spent running `f`. */
function cpuMs(f: () => void): number {
  const t0 = process.cpuUsage();
  f();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}
import JSCPP from 'JSCPP';
import { boot } from '../src/sim/boot.ts';
import { createLangEngine } from '../src/sim/engine-lang.ts';
import { runToEnd } from '../src/sim/headless.ts';

export const PART_ADDER = `#include <windows.h>
#include <tchar.h>
int _tmain(int argc, TCHAR* argv[])
{
    DWORD start, end, total = 0, i;
    if (argc != 3)
        return -1;
    start = _ttoi(argv[1]);
    end = _ttoi(argv[2]);
    for (i = start; i <= end; i++)
        total += i;
    return total;
}
`;

function timeOurs(n: number): { ms: number; steps: number; exitCode: number } {
  const loaded = createLangEngine([{ name: 'PartAdder.c', text: PART_ADDER }]);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
  const booted = boot(loaded.engine, {
    images: ['PartAdder.exe'],
    launch: [`PartAdder.exe 1 ${n}`],
    stdin: {},
    maxSteps: 100_000_000,
    scriptedInputEnds: true,
  });
  if (!booted.ok) throw new Error(booted.error);
  let end = booted.world;
  const ms = cpuMs(() => {
    end = runToEnd(booted.world, loaded.engine);
  });
  const status = end.procs[end.order[0]!]?.status;
  return { ms, steps: end.step, exitCode: status?.kind === 'exited' ? status.code >>> 0 : -1 };
}

function timeJscpp(n: number): number {
  const code = `#include <iostream>
using namespace std;
int main() { unsigned long total = 0; for (unsigned long i = 1; i <= ${n}; i++) total += i; cout << total << endl; return 0; }`;
  let out = '';
  const ms = cpuMs(() => {
    JSCPP.run(code, '', { stdio: { write: (s: string) => (out += s) } });
  });
  if (out.trim() === '') throw new Error('JSCPP printed nothing');
  return ms;
}

export interface InterpreterFigures {
  readonly oursNsPerIteration: number;
  readonly jscppNsPerIteration: number;
  readonly speedup: number;
  readonly oursStepsPerIteration: number;
}

export function benchInterpreter(): InterpreterFigures {
  const small = 50_000;
  const large = 200_000;
  timeOurs(20_000); // warm up the JIT
  const oursSmall = Math.min(...[0, 1, 2, 3, 4].map(() => timeOurs(small * 10).ms));
  const oursLargeRun = timeOurs(large * 10);
  const oursLarge = Math.min(oursLargeRun.ms, ...[0, 1, 2, 3].map(() => timeOurs(large * 10).ms));
  const expected = ((large * 10 * (large * 10 + 1)) / 2) % 2 ** 32;
  if (oursLargeRun.exitCode !== expected)
    throw new Error(`PartAdder returned ${oursLargeRun.exitCode}, expected ${expected}`);
  const oursNs = ((oursLarge - oursSmall) * 1e6) / ((large - small) * 10);
  // JSCPP raises an overflow error once an unsigned long passes 2^32 (real C wraps), so its
  // loops stay below 65,536 iterations, where the sum still fits.
  timeJscpp(5_000);
  const jSmall = Math.min(timeJscpp(20_000), timeJscpp(20_000), timeJscpp(20_000));
  const jLarge = Math.min(timeJscpp(60_000), timeJscpp(60_000), timeJscpp(60_000));
  const jscppNs = ((jLarge - jSmall) * 1e6) / 40_000;
  return {
    oursNsPerIteration: oursNs,
    jscppNsPerIteration: jscppNs,
    speedup: jscppNs / oursNs,
    oursStepsPerIteration: oursLargeRun.steps / (large * 10),
  };
}
