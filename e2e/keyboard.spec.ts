import { expect, test } from '@playwright/test';
import { Lab } from './fixtures/lab.ts';

test('a keyboard-only walk through a scenario: arrows, Home, End, help', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('mailslot');
  await page.locator('body').press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(lab.stepCounter()).toContainText(/\b2 \//);
  await page.keyboard.press('ArrowLeft');
  await expect(lab.stepCounter()).toContainText(/\b1 \//);
  await page.keyboard.press('End');
  const length = await lab.length();
  await expect(lab.stepCounter()).toContainText(new RegExp(`\\b${length} /`));
  await page.keyboard.press('Home');
  await expect(lab.stepCounter()).toContainText(/\b0 \//);
  await page.keyboard.press('Shift+Slash');
  await expect(page.getByTestId('help')).toBeVisible();
  await expect(page.getByTestId('help').getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help')).toBeHidden();
  expect(lab.errors).toEqual([]);
});

test('Tab reaches the step button and Enter steps', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('mailslot');
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.getByTestId('step-forward').evaluate((el) => el === document.activeElement)) break;
  }
  await expect(page.getByTestId('step-forward')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(lab.stepCounter()).toContainText(/\b1 \//);
});

test('Space plays and pauses; playing advances the step', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('mailslot');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'true');
  await expect(lab.stepCounter()).not.toContainText(/\b0 \//, { timeout: 3000 });
  await page.keyboard.press('Space');
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
});

test("a presenter's clicker (PageDown / PageUp) steps in presenter mode", async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('mailslot');
  await page.keyboard.press('p');
  await expect(page.locator('.app.present')).toBeVisible();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(lab.stepCounter()).toContainText(/\b2 \//);
  await page.keyboard.press('PageUp');
  await expect(lab.stepCounter()).toContainText(/\b1 \//);
  expect(lab.errors).toEqual([]);
});

test('the code panel keeps the line about to run in view, stepping forward and jumping back', async ({
  page,
}) => {
  const lab = new Lab(page);
  await lab.open('named-pipe');
  const code = page.locator('.tabpanel:not([hidden]) .code');
  const lineInView = () =>
    code.evaluate((box) => {
      const line = box.querySelector('[data-testid="current-line"]');
      if (!line) return 'no current line';
      const b = box.getBoundingClientRect();
      const r = line.getBoundingClientRect();
      return r.top >= b.top && r.bottom <= b.bottom ? 'in view' : `at ${r.top - b.top} of ${b.height}`;
    });
  const length = await lab.length();
  for (const step of [Math.floor(length / 3), Math.floor((2 * length) / 3), length - 1, 2]) {
    await lab.goTo(step);
    await expect.poll(lineInView).toBe('in view');
  }
  const scrolled = await code.evaluate((box) => box.scrollHeight > box.clientHeight);
  expect(scrolled, 'the program is longer than its box').toBe(true);

  // A tab the reader chose stays in front while the others run; each shows its line when opened.
  await lab.goTo(1);
  const tabs = page.getByRole('tab');
  await tabs.first().click();
  await lab.goTo(length - 1);
  const count = await tabs.count();
  for (let i = 1; i < count; i++) {
    if (!(await tabs.nth(i).isVisible())) continue;
    await tabs.nth(i).click();
    await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
    await expect.poll(lineInView).toMatch(/in view|no current line/);
  }
  expect(lab.errors).toEqual([]);
});

test('a transport button that a move makes unavailable keeps the keyboard focus and says it is unavailable', async ({
  page,
}) => {
  const lab = new Lab(page);
  await lab.open('mailslot', 3);
  await page.getByTestId('step-forward').focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('step-forward')).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByTestId('step-forward')).toBeFocused();
  // Its action does nothing there; the shortcuts still work from it.
  await page.keyboard.press('Enter');
  const length = await lab.length();
  await expect(lab.stepCounter()).toContainText(new RegExp(`\\b${length} /`));
  await page.keyboard.press('Home');
  await expect(lab.stepCounter()).toContainText(/\b0 \//);
  await expect(page.getByTestId('step-forward')).not.toHaveAttribute('aria-disabled');
  await expect(page.getByTestId('step-back')).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByTestId('step-forward')).toBeFocused();
  expect(lab.errors).toEqual([]);
});

test('on the focused timeline the step keys mean what the help overlay says', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('named-pipe');
  const timeline = page.getByTestId('timeline');
  const box = await timeline.boundingBox();
  if (!box) throw new Error('no timeline');
  await page.mouse.click(box.x + box.width * 0.3, box.y + box.height / 2);
  await expect(timeline).toBeFocused();
  const at = await lab.step();
  expect(at).toBeGreaterThan(2);
  const expectStep = (n: number) => expect(lab.stepCounter()).toContainText(new RegExp(`\\b${n} /`));
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expectStep(at + 2);
  await page.keyboard.press('PageUp');
  await expectStep(at + 1);
  await page.keyboard.press('ArrowRight');
  await expectStep(at + 2);
  await page.keyboard.press('ArrowLeft');
  await expectStep(at + 1);
  // Up and down are the slider's own keys, in the same direction as the app's arrows.
  await page.keyboard.press('ArrowUp');
  await expectStep(at + 2);
  await page.keyboard.press('ArrowDown');
  await expectStep(at + 1);
  await page.keyboard.press('End');
  await expectStep(await lab.length());
  await page.keyboard.press('Home');
  await expectStep(0);
  await page.keyboard.press('n');
  await expect(lab.stepCounter()).not.toContainText(/\b0 \//);
  await expect(timeline).toHaveValue(String(await lab.step()));
  await expect(timeline).toBeFocused();
  expect(lab.errors).toEqual([]);
});

test('closing the export menu with Escape gives the focus back to the Export button', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('mailslot');
  await page.getByTestId('export-open').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('export-svg')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-menu')).toHaveCount(0);
  await expect(page.getByTestId('export-open')).toBeFocused();
  expect(lab.errors).toEqual([]);
});

test('the editor closes by its × or by Escape and gives the focus back to the Edit button', async ({
  page,
}) => {
  const lab = new Lab(page);
  await lab.open('handle-inheritance');
  const edit = page.getByTestId('edit-open');
  const editor = page.getByTestId('editor');
  const close = page.getByRole('button', { name: 'Close the editor' });

  await edit.click();
  await close.focus();
  await page.keyboard.press('Enter');
  await expect(editor).toHaveCount(0);
  await expect(edit).toBeFocused();

  // Escape in the code: what was typed is kept, and it is there on reopening.
  await page.keyboard.press('Enter');
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('// kept');
  // A selection first: Escape is CodeMirror's (back to a cursor), the editor stays.
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Escape');
  await expect(editor).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(edit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.cm-content')).toContainText('// kept');

  // The new program's name field keeps a name not added yet; empty, Escape closes from it too.
  const name = page.getByPlaceholder('Helper.c');
  await name.fill('Half');
  await page.keyboard.press('Escape');
  await expect(editor).toBeVisible();
  await name.fill('');
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(edit).toBeFocused();
  expect(lab.errors).toEqual([]);
});

test('a focused code tab that a jump hides hands the focus to the tab now shown', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('pipe-parent-child', 20);
  const tabs = page.getByRole('tab');
  const child = tabs.nth(1);
  await expect(child).toBeVisible();
  // The reader picks the child's tab by the keyboard (the arrows go round the tabs).
  await page.locator('[role="tab"][aria-selected="true"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(child).toBeFocused();
  await expect(child).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(child).toBeHidden();
  await expect(lab.stepCounter()).toContainText(/\b0 \//);
  await expect(page.locator('[role="tab"][aria-selected="true"]')).toBeFocused();
  await expect(page.locator('[role="tab"][aria-selected="true"]')).toBeVisible();
  expect(lab.errors).toEqual([]);
});
