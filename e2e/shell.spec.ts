import { expect, test } from '@playwright/test';

test('the app loads in Chromium with its title and diagram area', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('./');
  await expect(page).toHaveTitle('WinIPC Lab');
  await expect(page.getByTestId('diagram')).toBeVisible();
  expect(errors).toEqual([]);
});
