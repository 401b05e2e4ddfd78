/**
 * The scenario library, end to end: every scenario's tutorial key steps show the kernel exactly
 * as the simulator says (handle rows, arrows, usage counts, signaled states), with narration in
 * English and Korean, and every scenario runs to its intended end with each console showing
 * what its process printed.
 */
import { expect, test, type Page } from '@playwright/test';
import { Lab } from './fixtures/lab.ts';

/** Every built-in scenario and how its run ends. */
const LIBRARY = [
  ['mailslot', 'exited'],
  ['mailslot-one-way', 'exited'],
  ['kernel-object-state', 'exited'],
  ['environment', 'exited'],
  ['handle-inheritance', 'exited'],
  ['duplicate-handle', 'exited'],
  ['anonymous-pipe', 'exited'],
  ['pipe-parent-child', 'exited'],
  ['pipe-redirect', 'exited'],
  ['named-pipe', 'exited'],
  ['named-pipe-file', 'exited'],
  ['usage-count', 'exited'],
  ['suspended', 'exited'],
] as const;

const HANGUL = /[\uac00-\ud7a3]/;

async function keyStepIds(page: Page): Promise<string[]> {
  const list = page.getByTestId('key-steps');
  await list.locator('summary').click();
  const ids = await list
    .locator('[data-testid^="key-step-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
  return ids.filter((id) => id !== '');
}

/** The tutorial text shown for a key step: its narration note, or its predict question. */
function keyStepText(page: Page, testId: string) {
  const narration = /^key-step-narration-(.+)$/.exec(testId);
  return narration
    ? page.getByTestId(`tutorial-narration-${narration[1]}`)
    : page.getByTestId(`predict-${testId.replace(/^key-step-question-/, '')}`);
}

/** A string key shown as such (a missing translation): "object.aNoun.x", "narration.created". */
const KEY =
  /\b(?:app|panels|process|object|narration|wait|deadlock|std|controls|modes|markers|arrows|whatIf|handout|tutorial|predict)\.[a-z][a-zA-Z]{2,}\b/;

async function expectNoKeys(page: Page) {
  expect(KEY.exec(await page.locator('body').innerText())?.[0] ?? null).toBeNull();
}

async function expectSpeaks(page: Page, testId: string, korean: boolean) {
  const narration = page.getByTestId('narration');
  const note = keyStepText(page, testId);
  await expect(note).toBeVisible();
  if (korean) {
    await expect(narration).toContainText(HANGUL);
    await expect(note).toContainText(HANGUL);
  } else {
    await expect(narration).not.toContainText(HANGUL);
    await expect(note).not.toContainText(HANGUL);
    await expect(note).toContainText(/[A-Za-z]{3}/);
  }
  await expectNoKeys(page);
}

for (const [scenario, end] of LIBRARY) {
  test(`${scenario}: every key step of the tutorial draws the simulator's kernel, narrated in English and Korean`, async ({
    page,
  }) => {
    const lab = new Lab(page);
    await lab.open(scenario, 0, '&lang=en');
    const ids = await keyStepIds(page);
    expect(ids.length, 'a tutorial has key steps').toBeGreaterThanOrEqual(3);
    expect(ids.filter((id) => id.startsWith('key-step-question-')).length).toBeGreaterThanOrEqual(2);
    for (const id of ids) {
      await page.getByTestId(id).click();
      await expect(page.getByTestId(id)).toHaveAttribute('aria-current', 'step');
      await lab.expectDiagramMatchesTruth();
      await expectSpeaks(page, id, false);
      await lab.screenshot(`library-${scenario}-${id.replace(/^key-step-/, '')}`);
      const step = await lab.step();
      await page.locator('body').press('l');
      await expectSpeaks(page, id, true);
      expect(await lab.step()).toBe(step);
      await page.locator('body').press('l');
      await expectSpeaks(page, id, false);
    }
    expect(lab.errors).toEqual([]);
  });

  test(`${scenario}: runs to its intended end and every console shows what its process printed`, async ({
    page,
  }) => {
    const lab = new Lab(page);
    await lab.open(scenario, 0, '&lang=en');
    await lab.goTo(await lab.length());
    const view = await lab.truth();
    expect(view.end?.reason ?? null).toBe(end);
    await lab.expectDiagramMatchesTruth();
    for (const p of view.processes) {
      await page.locator(`#tab-${p.pid}`).click();
      const shown = (await page.getByTestId(`console-${p.pid}`).locator('pre').innerText()).trim();
      expect(shown).toBe(p.console.trim() === '' ? shown : p.console.trim());
      if (p.console.trim() === '') expect(shown).not.toContain('\n');
      if (end === 'exited') await expect(lab.process(p.pid)).toHaveAttribute('aria-label', /exited/);
    }
    await expect(page.getByTestId('deadlock-banner')).toHaveCount(end === 'exited' ? 0 : 1);
    await lab.screenshot(`library-${scenario}-end`);
    expect(lab.errors).toEqual([]);
  });
}

test('the variables panel shows each declaration as the student wrote it', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('pipe-parent-child', 20, '&lang=en');
  const view = await lab.truth();
  const child = view.processes.find((p) => p.image === 'PipeChild.exe');
  if (!child) throw new Error('no child');
  const card = lab.process(child.pid);
  await expect(card).toContainText('HANDLE hRead');
  await expect(card).toContainText('TCHAR buf[6]');
  await expect(card).toContainText('TCHAR *argv[]');
  await expect(card).not.toContainText('unsigned short');
});
