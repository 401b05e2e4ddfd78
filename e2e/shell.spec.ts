import { expect, test } from '@playwright/test';

test('the app loads in Chromium with its title and diagram area', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('./');
  await expect(page).toHaveTitle('WinIPC Lab');
  await expect(page.getByTestId('diagram')).toBeVisible();
  expect(errors).toEqual([]);
});

test('without a scenario in the URL the start page lists every scenario with its summary', async ({
  page,
}) => {
  await page.goto('./?lang=en');
  const start = page.getByTestId('start-page');
  await expect(start).toBeVisible();
  await expect(start.getByRole('link')).toHaveCount(13);
  await expect(page.getByTestId('start-pipe-redirect')).toContainText('STARTF_USESTDHANDLES');
  await expect(page.getByTestId('start-suspended')).toContainText('CREATE_SUSPENDED');
  await expect(page.getByTestId('start-pipe-parent-child')).toContainText('ERROR_BROKEN_PIPE');
  await page.getByTestId('start-mailslot').click();
  await expect(page).toHaveURL(/scenario=mailslot&step=0/);
  await expect(page.getByTestId('step-counter')).toContainText(/\b0 \//);
});

test('the start page speaks Korean for a Korean reader', async ({ page }) => {
  await page.goto('./?lang=ko');
  await expect(page.getByTestId('start-page')).toContainText('시나리오');
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
