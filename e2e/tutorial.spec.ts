import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { Lab } from './fixtures/lab.ts';

const SCENARIO = 'pipe-parent-child';

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a predict question is asked the step before its anchor and revealed on it', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open(SCENARIO, 0, '&lang=en');
  const tutorial = page.getByTestId('tutorial');
  await expect(tutorial.getByTestId('tutorial-intro')).toContainText('anonymous pipe has no name');
  await tutorial.getByTestId('key-steps').locator('summary').click();
  await tutorial.getByTestId('key-step-question-chunk').click();
  const question = tutorial.getByTestId('predict-chunk');
  await expect(question).toBeVisible();
  await expect(question.getByRole('radio')).toHaveCount(3);
  const asked = await lab.step();
  await question.getByTestId('choice-chunk-hello').check();
  await expect(question).toContainText('Step forward');
  await lab.screenshot('tutorial-predict');
  await lab.forward();
  const reveal = tutorial.getByTestId('reveal-chunk');
  await expect(reveal).toHaveAttribute('data-verdict', 'right');
  await expect(reveal).toContainText('read 10 bytes: Hello');
  await expect(reveal).toContainText('never returns more than asked');
  // the answer comes from the run: the simulator printed exactly the chosen line at this step
  const view = await lab.truth();
  const child = view.processes.find((p) => p.pid === view.ranPid);
  expect(child?.console).toContain('read 10 bytes: Hello');
  expect(await lab.step()).toBe(asked + 1);
  await lab.screenshot('tutorial-reveal');
  expect(await seriousViolations(page)).toEqual([]);
  expect(lab.errors).toEqual([]);
});

test('stepping past a question without predicting just shows the answer', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open(SCENARIO, 0, '&lang=en');
  await page.getByTestId('key-steps').locator('summary').click();
  await page.getByTestId('key-step-question-eof').click();
  await expect(page.getByTestId('predict-eof')).toBeVisible();
  await lab.forward();
  const reveal = page.getByTestId('reveal-eof');
  await expect(reveal).toHaveAttribute('data-verdict', 'none');
  await expect(reveal).toContainText('109 ERROR_BROKEN_PIPE');
});

test('a narration step names its concept, which opens its explanation', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open(SCENARIO, 0, '&lang=en');
  await page.getByTestId('key-steps').locator('summary').click();
  await page.getByTestId('key-step-narration-close-write').click();
  const note = page.getByTestId('tutorial-narration-close-write');
  await expect(note).toContainText('The last write end is closed');
  await note.getByTestId('concept-pipe-eof').click();
  await expect(page.getByTestId('concept-box')).toContainText('ERROR_BROKEN_PIPE (109)');
  await lab.screenshot('tutorial-narration');
});

test('the key steps are reachable by keyboard', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open(SCENARIO, 0, '&lang=en');
  const summary = page.getByTestId('key-steps').locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const first = page.getByTestId('key-steps').getByRole('button').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('aria-current', 'step');
  expect(await lab.step()).toBeGreaterThan(0);
});

test('switching the language changes the tutorial text and keeps the step', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open(SCENARIO, 0, '&lang=en');
  await page.getByTestId('key-steps').locator('summary').click();
  await page.getByTestId('key-step-narration-close-write').click();
  const step = await lab.step();
  const note = page.getByTestId('tutorial-narration-close-write');
  await expect(note).toContainText('The last write end is closed');
  await page.locator('body').press('l');
  await expect(note).toContainText('마지막 쓰기 핸들이 닫혔습니다');
  await expect(page.getByTestId('tutorial')).toContainText('튜토리얼');
  expect(await lab.step()).toBe(step);
  await page.locator('body').press('l');
  await expect(note).toContainText('The last write end is closed');
});

test('the keep-write-end what-if deadlocks, shown in the diff, the banner and the URL', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open(SCENARIO, 0, '&lang=en');
  const whatIf = page.getByTestId('what-if');
  await whatIf.locator('summary').click();
  const toggle = page.getByTestId('whatif-keep-write-end');
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(page).toHaveURL(/whatif=keep-write-end/);
  const diff = page.getByTestId('whatif-diff');
  await expect(diff.getByTestId('whatif-diff-end')).toContainText('every process exited');
  await expect(diff.getByTestId('whatif-diff-end')).toContainText('deadlock');
  await expect(diff.getByTestId('whatif-diff-deadlock')).toBeVisible();
  await expect(diff).toContainText('ReadFile failed: error 109');
  // what the parent waits for, in words (not a phrase key)
  await expect(diff).toContainText('blocked: ReadFile on an empty anonymous pipe');
  await diff.getByTestId('whatif-to-end').click();
  await expect(page.getByTestId('deadlock-banner')).toBeVisible();
  expect((await lab.truth()).end?.reason).toBe('deadlock');
  // scroll the side column (only) so the toggles and the diff are in the picture
  await page.getByTestId('what-if').evaluate((e) => {
    const column = e.closest('.right');
    if (column) column.scrollTop += e.getBoundingClientRect().top - column.getBoundingClientRect().top;
  });
  await lab.screenshot('whatif-diff');
  expect(await seriousViolations(page)).toEqual([]);

  // a reload (or a shared link) keeps the toggle
  await page.reload();
  await expect(page.getByTestId('whatif-keep-write-end')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('whatif-diff')).toContainText('deadlock');

  // another scenario does not inherit the toggle
  await page.locator('.scenario select').selectOption('mailslot');
  await expect(page).toHaveURL(/scenario=mailslot/);
  await expect(page).not.toHaveURL(/whatif=/);
  await page.goBack();
  await expect(page.getByTestId('whatif-keep-write-end')).toHaveAttribute('aria-checked', 'true');

  // switching it off brings the original run back
  await page.getByTestId('whatif-keep-write-end').click();
  await expect(page).not.toHaveURL(/whatif=/);
  await expect(page.getByTestId('whatif-diff')).toHaveCount(0);
  await lab.goTo(await lab.length());
  expect((await lab.truth()).end?.reason).toBe('exited');
  expect(lab.errors).toEqual([]);
});
