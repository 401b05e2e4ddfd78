import { expect, test } from '@playwright/test';
import lz from 'lz-string';
import type { Experiment } from '../src/store/experiment.ts';
import { Lab } from './fixtures/lab.ts';

const LEAK = `#include <windows.h>
int main(void) {
  HANDLE r, w;
  for (;;) { CreatePipe(&r, &w, NULL, 0); }
  return 0;
}`;

const link = (step: number) =>
  './?bench=1&x=' +
  // As the app encodes a link (store/experiment.ts encodeExperiment; lz-string is CommonJS here).
  lz.compressToEncodedURIComponent(
    JSON.stringify({
      v: 1,
      scenario: 'anonymous-pipe',
      step,
      lang: 'en',
      programs: [{ name: 'Leak.c', text: LEAK }],
      launch: ['Leak.exe'],
      stdin: {},
    } satisfies Experiment),
  );

test('a program that opens handles without end stops at the simulator limit and says so, and the page stays usable', async ({
  page,
}) => {
  const lab = new Lab(page);
  await page.goto(link(1_000_000));
  // The run ends a few thousand steps in, not at the step limit: the counter reaches its end.
  await expect(page.getByTestId('step-counter')).toContainText(/(\d+) \/ \1\b/, { timeout: 30_000 });
  const steps = await lab.length();
  expect(steps).toBeLessThan(10_000);
  await expect(page.getByTestId('narration')).toContainText(
    'Leak.exe (pid 4) holds more than 1024 handles, the most the simulator keeps for one process',
  );
  await expect(page.getByTestId('play')).toHaveAttribute('aria-disabled', 'true');
  // Still steppable, both ways.
  await page.getByTestId('step-back').click();
  await expect(page.getByTestId('step-counter')).toContainText(`${steps - 1} / ${steps}`);
  expect(lab.errors).toEqual([]);
});
