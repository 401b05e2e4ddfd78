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
