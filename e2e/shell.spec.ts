import { expect, test } from '@playwright/test';

test('the app loads in Chromium with its title and diagram area', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('./');
  await expect(page).toHaveTitle('WinIPC Lab');
  await expect(page.getByTestId('diagram')).toBeVisible();
  expect(errors).toEqual([]);
});

test('without a scenario in the URL the first scenario opens and the URL records it', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveURL(/scenario=mailslot&step=0/);
});

test('an unknown scenario says so instead of failing', async ({ page }) => {
  await page.goto('./?scenario=nope');
  await expect(page.getByTestId('diagram')).toContainText('nope');
});

test('picking another scenario adds a history entry; Back returns to the first one', async ({ page }) => {
  await page.goto('./?scenario=mailslot&step=4');
  await expect(page.getByTestId('step-counter')).toContainText(/\b4 \//);
  await page.getByRole('combobox', { name: /scenario/i }).selectOption('duplicate-handle');
  await expect(page).toHaveURL(/scenario=duplicate-handle&step=0/);
  await page.goBack();
  await expect(page).toHaveURL(/scenario=mailslot&step=4/);
  await expect(page.getByTestId('step-counter')).toContainText(/\b4 \//);
});
