import { expect, test } from '@playwright/test';
import { Lab } from './fixtures/lab.ts';

test('an unknown scenario shows the placeholder in the picker and the library, and picking one opens it', async ({
  page,
}) => {
  const lab = new Lab(page);
  await page.goto('./?scenario=nope&lang=en');
  await expect(page.getByTestId('unknown-scenario')).toContainText('Unknown scenario “nope”');
  const picker = page.locator('.scenario select');
  await expect(picker).toHaveValue('');
  await expect(picker.locator('option:checked')).toHaveText('Pick a scenario to start.');
  // no empty code column or timeline beside the message: the library stands in for them
  await expect(page.locator('.left')).toBeHidden();
  await expect(page.getByTestId('timeline')).toBeHidden();
  await expect(page.getByTestId('start-page')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/unknown-scenario.png' });
  await picker.selectOption('mailslot');
  await expect(page).toHaveURL(/\?scenario=mailslot&lang=en&step=0$/);
  await expect(lab.stepCounter()).toContainText(/\b0 \/ \d+/);
  await expect(page.getByTestId('unknown-scenario')).toHaveCount(0);
  await expect(page.locator('.left')).toBeVisible();
  expect(lab.errors).toEqual([]);
});
