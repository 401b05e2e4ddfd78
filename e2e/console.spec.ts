/**
 * The console panel: it keeps the latest output in view (unless the reader scrolled up), it can be
 * scrolled from the keyboard, and what the user types is echoed in the transcript, as the
 * simulator records it.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import lz from 'lz-string';
import type { Experiment } from '../src/store/experiment.ts';
import { Lab } from './fixtures/lab.ts';

const SUM = `#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, LPTSTR argv[])
{
    int i, a, b;
    for (i = 0; i < 300; i++)
        _tprintf(_T("line %d\\n"), i);
    _tprintf(_T("two numbers: "));
    _tscanf(_T("%d %d"), &a, &b);
    _tprintf(_T("sum=%d\\n"), a + b);
    return 0;
}
`;

/** Opens the program above as a shared experiment; returns its pid. */
async function openSum(page: Page, lab: Lab, lang: 'en' | 'ko' = 'en'): Promise<number> {
  const experiment: Experiment = {
    v: 1,
    scenario: 'mailslot',
    step: 0,
    lang,
    programs: [{ name: 'Sum.c', text: SUM }],
    launch: ['Sum.exe'],
    stdin: {},
  };
  // As encodeExperiment writes it (its named import of lz-string does not load in Node).
  const x = lz.compressToEncodedURIComponent(JSON.stringify(experiment));
  await page.goto(`./?x=${x}&bench=1`);
  await expect(lab.stepCounter()).toContainText(/\b0 \/ [1-9]/);
  const pid = (await lab.truth()).processes[0]?.pid;
  if (pid === undefined) throw new Error('no process');
  return pid;
}

/** How far the output box is from showing its last line (0: the end is in view). */
const fromEnd = (page: Page, pid: number) =>
  page
    .getByTestId(`console-${pid}`)
    .locator('pre')
    .evaluate((el) => Math.max(0, Math.round(el.scrollHeight - el.clientHeight - el.scrollTop)));

test('the console keeps its latest output in view, unless the reader scrolled up', async ({ page }) => {
  const lab = new Lab(page);
  const pid = await openSum(page, lab);
  await page.keyboard.press('End');
  const out = page.getByTestId(`console-${pid}`).locator('pre');
  await expect(out).toContainText('line 299');
  await expect.poll(() => fromEnd(page, pid)).toBe(0);
  await expect(out).toContainText('two numbers:');

  // Back in time, then forward: the end follows the output as it grows.
  const length = await lab.length();
  await lab.goTo(Math.floor(length / 2));
  await expect.poll(() => fromEnd(page, pid)).toBe(0);
  await lab.goTo(Math.floor(length / 2) + 20);
  await expect.poll(() => fromEnd(page, pid)).toBe(0);

  // The reader scrolls up to read: the next steps leave them where they are.
  await out.evaluate(
    (el) =>
      new Promise((done) => {
        el.scrollTop = 0;
        requestAnimationFrame(done);
      }),
  );
  await lab.goTo(Math.floor(length / 2) + 40);
  await page.waitForTimeout(100);
  expect(await out.evaluate((el) => el.scrollTop)).toBe(0);
  expect(lab.errors).toEqual([]);
});

test('the console output can be focused and scrolled from the keyboard, and is named', async ({ page }) => {
  const lab = new Lab(page);
  const pid = await openSum(page, lab);
  await page.keyboard.press('End');
  const out = page.getByRole('log', { name: `Console of pid ${pid}` });
  await expect(out).toHaveAttribute('tabindex', '0');
  await expect.poll(() => fromEnd(page, pid)).toBe(0);
  await out.focus();
  const at = await lab.step();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('PageUp');
  await expect.poll(() => fromEnd(page, pid)).toBeGreaterThan(0);
  // The scrolling keys scroll the focused log; they do not move the run under the reader.
  await page.keyboard.press('Home');
  await page.keyboard.press('PageDown');
  expect(await lab.step()).toBe(at);
  const results = await new AxeBuilder({ page }).include(`[data-testid="console-${pid}"]`).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  expect(lab.errors).toEqual([]);
});

test('what the user types at the console is echoed in its transcript', async ({ page }) => {
  const lab = new Lab(page);
  const pid = await openSum(page, lab);
  await page.keyboard.press('End');
  const input = page.getByRole('textbox', { name: `Input for pid ${pid}` });
  await input.fill('3 4');
  await input.press('Enter');
  await page.getByTestId('run-to-end').click();
  const out = page.getByTestId(`console-${pid}`).locator('pre');
  await expect(out).toContainText('two numbers: 3 4\nsum=7', { useInnerText: true });
  expect((await lab.truth()).processes.find((p) => p.pid === pid)?.console).toMatch(
    /two numbers: 3 4\nsum=7\n$/,
  );
  expect(lab.errors).toEqual([]);
});

test('the console input is labelled in Korean too', async ({ page }) => {
  const lab = new Lab(page);
  const pid = await openSum(page, lab, 'ko');
  await page.keyboard.press('End');
  await expect(page.getByRole('textbox', { name: `pid ${pid}에 입력` })).toBeVisible();
  await expect(page.getByRole('log', { name: `pid ${pid}의 콘솔` })).toBeVisible();
  expect(lab.errors).toEqual([]);
});
