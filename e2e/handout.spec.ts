import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import lz from 'lz-string';
import type { Experiment } from '../src/store/experiment.ts';

test('the handout has one printable page per key step of the tutorial', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // the lab's key-step list names the anchor steps (a question is listed one step early)
  await page.goto('./?scenario=pipe-parent-child&step=0&lang=en');
  await page.getByTestId('key-steps').locator('summary').click();
  const link = page.getByTestId('handout-link');
  await expect(link).toHaveAttribute('href', /page=handout&scenario=pipe-parent-child/);
  const keyCount = await page.getByTestId('key-steps').getByRole('button').count();

  await page.goto('./?page=handout&scenario=pipe-parent-child&lang=en');
  const pages = page.getByTestId('handout-page');
  await expect(pages.first()).toBeVisible();
  const steps = await pages.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-step'))));
  expect(steps.length).toBeGreaterThan(1);
  expect(steps.length).toBeLessThanOrEqual(keyCount);
  expect([...steps].sort((a, b) => a - b)).toEqual(steps);
  expect(new Set(steps).size).toBe(steps.length);
  // every page: step number, a drawn diagram, narration and the API card
  for (let i = 0; i < steps.length; i++) {
    const p = pages.nth(i);
    await expect(p.locator('h2')).toContainText(`Step ${steps[i]} /`);
    await expect(p.locator('.handout-diagram .proc').first()).toBeVisible();
    await expect(p.locator('.handout-api')).not.toBeEmpty();
  }
  await expect(page.getByText('The last write end is closed')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/handout.png' });
  const withQuestion = pages.filter({ has: page.locator('.handout-question') }).first();
  await expect(withQuestion).toContainText('read 10 bytes: Hello');
  await withQuestion.screenshot({ path: 'test-results/screens/handout-question.png' });
  // the diagram is fitted whole in its box: every card inside it
  const outside = await pages.evaluateAll((els) =>
    els.flatMap((e) => {
      const box = e.querySelector('.handout-diagram')?.getBoundingClientRect();
      if (!box) return ['no diagram'];
      return [...e.querySelectorAll('.handout-diagram .proc, .handout-diagram .obj')]
        .map((c) => c.getBoundingClientRect())
        .filter(
          (r) =>
            r.left < box.left - 1 ||
            r.right > box.right + 1 ||
            r.top < box.top - 1 ||
            r.bottom > box.bottom + 1,
        )
        .map((r) => `${e.getAttribute('data-step')}: ${Math.round(r.left)},${Math.round(r.top)}`);
    }),
  );
  expect(outside).toEqual([]);
  // printed, every step fits one A4 landscape sheet (190 mm, about 718 px) and ends its page
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const heights = await pages.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
  expect(heights.filter((h) => h > 718)).toEqual([]);
  const breaks = await pages.evaluateAll((els) => els.map((e) => getComputedStyle(e).breakAfter));
  expect(breaks.slice(0, -1).every((b) => b === 'page')).toBe(true);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  expect(errors).toEqual([]);
});

test('with all=1 the handout has a page for every step', async ({ page }) => {
  await page.goto('./?page=handout&scenario=mailslot&all=1&lang=ko');
  const pages = page.getByTestId('handout-page');
  await expect(pages.first()).toBeVisible({ timeout: 30_000 });
  const count = await pages.count();
  const total = Number(/\/ (\d+)/.exec((await pages.first().locator('h2').textContent()) ?? '')?.[1]);
  expect(count).toBe(total + 1);
  await expect(page.locator('.handout-bar')).toContainText('인쇄');
  // The API cards were copied once the Korean facts had arrived: no cited fact is left in English.
  const cited = page.locator('.handout-api .facts li');
  expect(await cited.count()).toBeGreaterThan(0);
  const english = await cited.evaluateAll((els) =>
    els.map((e) => e.textContent ?? '').filter((text) => !/[가-힣]/.test(text)),
  );
  expect(english).toEqual([]);
});

test('the handout of an edited scenario prints the edited programs and their run', async ({
  page,
  context,
}) => {
  await page.goto('./?scenario=anonymous-pipe&step=0&lang=en&bench=1');
  await expect(page.getByTestId('step-counter')).toContainText(/\b0 \/ [1-9]/);
  await page.getByTestId('edit-open').click();
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(
    '#include <stdio.h>\nint main(void)\n{\n    int i;\n    for (i = 0; i < 3; i++)\n        printf("line %d\\n", i);\n    return 0;\n}\n',
  );
  await page.getByTestId('edit-run').click();
  await expect(page.getByTestId('edit-status')).toContainText(/Compiled/);
  const length = await page.evaluate(() =>
    (window as unknown as { __winipcBench: { length(): number } }).__winipcBench.length(),
  );
  const [handout] = await Promise.all([
    context.waitForEvent('page'),
    page.getByTestId('handout-link').click(),
  ]);
  await expect(handout.getByTestId('handout-edited')).toContainText('your edited programs');
  const pages = handout.getByTestId('handout-page');
  await expect(pages.first()).toBeVisible();
  await expect(pages.first().locator('h2')).toContainText(`/ ${length}`);
  await expect(handout.locator('.handout-api').first()).not.toContainText('CreatePipe');
  await expect(handout.getByText('CreatePipe', { exact: false })).toHaveCount(0);
  await handout.setViewportSize({ width: 1280, height: 720 });
  await handout.screenshot({ path: 'test-results/screens/handout-edited.png' });
});

test('a run too long to print gets at most 200 pages, and the handout says which it kept', async ({
  page,
}) => {
  const loop = `int main(void) { int i; for (i = 0; i < 5000; i++) { } return 0; }`;
  const x = lz.compressToEncodedURIComponent(
    JSON.stringify({
      v: 1,
      scenario: 'anonymous-pipe',
      step: 0,
      lang: 'en',
      programs: [{ name: 'Loop.c', text: loop }],
      launch: ['Loop.exe'],
      stdin: {},
    } satisfies Experiment),
  );
  await page.goto(`./?page=handout&scenario=anonymous-pipe&all=1&x=${x}`);
  await expect(page.getByTestId('handout-cut')).toContainText(/This run has \d{4,} steps, too many to print/);
  const count = Number(/\d+/.exec((await page.getByTestId('handout-count').textContent()) ?? '')?.[0]);
  expect(count).toBeGreaterThanOrEqual(2);
  expect(count).toBeLessThanOrEqual(200);
});
