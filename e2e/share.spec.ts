import { expect, test, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { Lab } from './fixtures/lab.ts';

const ADDER = `#include <stdio.h>
int main(void)
{
    int a, b;
    scanf("%d %d", &a, &b);
    printf("sum %d\\n", a + b);
    return 0;
}
`;

/** Opens a link to a program that reads two numbers, runs it to its end and types `3 4` there. */
async function typeIntoAdder(page: Page): Promise<Lab> {
  const lab = new Lab(page);
  const x = LZString.compressToEncodedURIComponent(
    JSON.stringify({
      v: 1,
      scenario: 'mailslot',
      step: 0,
      lang: 'en',
      programs: [{ name: 'Add.c', text: ADDER }],
      launch: ['Add.exe'],
      stdin: {},
    }),
  );
  await page.goto(`./?x=${x}&bench=1`);
  await expect(lab.stepCounter()).toContainText(/\b0 \/ [1-9]/);
  await page.getByTestId('run-to-end').click();
  const [adder] = (await lab.truth()).processes;
  const box = page.locator(`#stdin-${adder?.pid}`);
  await box.fill('3 4');
  await box.press('Enter');
  await page.getByTestId('run-to-end').click();
  await expect(page.getByTestId(`console-${adder?.pid}`)).toContainText('sum 7');
  return lab;
}

test('a copied link opens the same experiment at the same step in a fresh browser', async ({
  page,
  browser,
}) => {
  const lab = new Lab(page);
  await lab.open('handle-inheritance');
  await page.getByTestId('edit-open').click();
  await page.getByTestId('edit-file-ParentSender.c').click();
  const line = page.locator('.cm-line', { hasText: 'sa.bInheritHandle = TRUE;' });
  await line.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('sa.bInheritHandle = FALSE;');
  await page.getByTestId('edit-run').click();
  await expect(page.getByTestId('edit-status')).toContainText(/Compiled/);
  await page.getByRole('button', { name: 'Close the editor' }).click();
  const total = await lab.length();
  await lab.goTo(total - 1);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toMatch(/\?x=[A-Za-z0-9+\-$]+/);
  const counter = await lab.stepCounter().textContent();
  const console = (await lab.truth()).processes.map((p) => p.console);

  const fresh = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const other = await fresh.newPage();
  const lab2 = new Lab(other);
  await other.goto(`${link}&bench=1`);
  await expect(lab2.stepCounter()).toHaveText(counter ?? '');
  expect((await lab2.truth()).processes.map((p) => p.console)).toEqual(console);
  expect(console.join('\n')).toContain('failed, error 6');
  expect(lab2.errors).toEqual([]);
  await fresh.close();
});

test('a link keeps its language', async ({ page, browser }) => {
  const lab = new Lab(page);
  await lab.open('mailslot', 3, '&lang=ko');
  await page.getByTestId('share-copy').click();
  const link = await page.getByTestId('share-link').inputValue();
  const fresh = await browser.newContext({ locale: 'en-US' });
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(other.getByTestId('step-counter')).toContainText(/\b3 \//);
  await fresh.close();
});

test('a corrupted or truncated link shows a clear message and falls back to the start page', async ({
  page,
}) => {
  const lab = new Lab(page);
  await page.goto('./?x=N4IgdghgtgpiBcIDKBLAXgbQLoBoQGMB7AOwGc5QAXAJwFcYBfIA');
  await expect(page.getByTestId('notice')).toContainText(/damaged or incomplete/);
  await expect(page.getByTestId('start-page')).toBeVisible();
  await expect(page).not.toHaveURL(/x=/);
  await page.goto('./?x=%%%garbage');
  await expect(page.getByTestId('notice')).toBeVisible();
  expect(lab.errors).toEqual([]);
});

test('editing after opening a link leaves the link and keeps the edit', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('mailslot', 2);
  await page.getByTestId('share-copy').click();
  const link = await page.getByTestId('share-link').inputValue();
  await page.goto(link);
  await expect(page).toHaveURL(/x=/);
  await page.getByTestId('edit-open').click();
  await page.locator('.cm-content').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n/* mine */');
  await page.getByTestId('edit-run').click();
  await expect(page.getByTestId('edit-status')).toContainText(/Compiled/);
  await expect(page).not.toHaveURL(/x=/);
  await page.reload();
  await page.getByTestId('edit-open').click();
  await expect(page.locator('.cm-line', { hasText: '/* mine */' })).toHaveCount(1);
});

test('console input typed into a run is given again after a reload, at the same step', async ({ page }) => {
  const lab = await typeIntoAdder(page);
  const counter = await lab.stepCounter().textContent();
  await expect(page).toHaveURL(/[?&]in=/);
  await page.reload();
  await expect(lab.stepCounter()).toHaveText(counter ?? '');
  expect((await lab.truth()).processes[0]?.console).toContain('sum 7');
  expect(lab.errors).toEqual([]);
});

test('a link carries the console input typed into the run, at the same step', async ({ page, browser }) => {
  const lab = await typeIntoAdder(page);
  const counter = await lab.stepCounter().textContent();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.getByTestId('share-link').inputValue();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const lab2 = new Lab(other);
  await other.goto(`${link}&bench=1`);
  await expect(lab2.stepCounter()).toHaveText(counter ?? '');
  expect((await lab2.truth()).processes[0]?.console).toContain('sum 7');
  expect(lab2.errors).toEqual([]);
  await fresh.close();
});
