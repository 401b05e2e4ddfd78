import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { Lab } from './fixtures/lab.ts';

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violations in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    const lab = new Lab(page);
    await lab.open('duplicate-handle', 6);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await lab.screenshot(`theme-${theme}`);
    expect(lab.errors).toEqual([]);
  });
}

async function serious(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const theme of ['light', 'dark', 'contrast'] as const) {
  test(`axe finds no serious or critical violations on the start page in the ${theme} theme`, async ({
    page,
  }) => {
    await page.goto(`./?theme=${theme}`);
    await expect(page.getByRole('link', { name: /Mailslot/ }).first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    expect(await serious(page)).toEqual([]);
  });

  test(`axe finds no serious or critical violations in presenter mode in the ${theme} theme`, async ({
    page,
  }) => {
    const lab = new Lab(page);
    await lab.open('named-pipe', 21, `&present=1&theme=${theme}`);
    await expect(page.locator('.app')).toHaveClass(/present/);
    expect(await serious(page)).toEqual([]);
    expect(lab.errors).toEqual([]);
  });
}

for (const theme of ['light', 'dark', 'contrast'] as const) {
  test(`axe accepts an exited process and its closed rows in the ${theme} theme`, async ({ page }) => {
    const lab = new Lab(page);
    // pipe-redirect, step 26: the child has exited (its card greyed) and its row is struck through
    await lab.open('pipe-redirect', 26, `&theme=${theme}`);
    await expect(page.locator('.proc.st-exited')).toHaveCount(1);
    await expect(page.locator('.handle.ghost')).toHaveCount(1);
    // The line through is for the eye; a screen reader hears the word.
    await expect(page.locator('.handle.ghost .sr-only')).toHaveText(/\(closed\)$/);
    expect(await serious(page)).toEqual([]);
    expect(lab.errors).toEqual([]);
  });
}

test('the accuracy page lists the kernel’s facts', async ({ page }) => {
  await page.goto('./?page=accuracy');
  await expect(page.locator('.facts-table tbody tr').first()).toBeVisible();
  // The simulator's own decisions include the limits a run stops at.
  await expect(page.getByText(/more than 1,024 handles/)).toBeVisible();
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('in Korean the facts are said in Korean, the accuracy page keeping the English under each', async ({
  page,
}) => {
  const lab = new Lab(page);
  // mailslot, step 2: the sender's CreateFileW, whose API card cites facts
  await lab.open('mailslot', 2, '&lang=ko');
  await expect(page.locator('.legend [data-kind=fault]')).toHaveCount(0);
  const cited = page.getByTestId('api-card').locator('.facts li').first();
  await expect(cited).toContainText(/[가-힣]/);
  await page.goto('./?page=accuracy&lang=ko');
  const row = page.locator('#fact-1\\.2');
  await expect(row).toContainText('CreateMailslot(NULL)은 ERROR_PATH_NOT_FOUND (3) 오류로 실패한다.');
  await expect(row.locator('.original')).toHaveText(
    /CreateMailslot\(NULL\) fails with ERROR_PATH_NOT_FOUND \(3\)\./,
  );
  await expect(page.locator('#fact-1\\.1 .original')).toHaveAttribute('lang', 'en');
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  expect(lab.errors).toEqual([]);
});
