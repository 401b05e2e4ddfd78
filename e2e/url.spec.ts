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

test('a damaged link beside a scenario opens that scenario, keeps it in the URL and says so', async ({
  page,
}) => {
  const lab = new Lab(page);
  await page.goto('./?x=hello&scenario=named-pipe&lang=en');
  await expect(page.getByTestId('notice')).toContainText(/damaged or incomplete/);
  await expect(page.getByTestId('notice')).toContainText(
    'The scenario named in the address (“named-pipe”) is shown',
  );
  await expect(page.getByTestId('notice')).not.toContainText('start page');
  await expect(lab.stepCounter()).toContainText(/\b0 \/ \d+/);
  await expect(page.locator('.scenario select')).toHaveValue('named-pipe');
  await expect(page).toHaveURL(/\?scenario=named-pipe&lang=en&step=0$/);
  expect(lab.errors).toEqual([]);
});

test('a damaged link alone says the start page is shown, and shows it', async ({ page }) => {
  await page.goto('./?x=hello&step=4&lang=en');
  await expect(page.getByTestId('notice')).toContainText(/The start page is shown instead/);
  await expect(page.getByTestId('start-page')).toBeVisible();
  await expect(page).toHaveURL(/\/\?lang=en$/);
});

for (const bad of ['-5', 'abc', '0x10', '']) {
  test(`a step the URL cannot say (step=${bad}) is replaced by the step shown`, async ({ page }) => {
    const lab = new Lab(page);
    await page.goto(`./?scenario=mailslot&step=${bad}&lang=en`);
    await expect(lab.stepCounter()).toContainText(/\b0 \/ \d+/);
    await expect(page).toHaveURL(/\?scenario=mailslot&step=0&lang=en$/);
  });
}

test('a step past the end is written as the last step shown', async ({ page }) => {
  const lab = new Lab(page);
  await page.goto('./?scenario=anonymous-pipe&step=9999&bench=1');
  await expect(lab.stepCounter()).toContainText(/\b(\d+) \/ \1\b/);
  const last = await lab.length();
  await expect(page).toHaveURL(new RegExp(`\\?scenario=anonymous-pipe&step=${last}&bench=1$`));
});

test('an unknown page is dropped from the URL, on the start page and after picking a scenario', async ({
  page,
}) => {
  await page.goto('./?page=nope&step=-5&lang=en');
  await expect(page.getByTestId('start-page')).toBeVisible();
  await expect(page).toHaveURL(/\/\?lang=en$/);
  await page.locator('.scenario select').selectOption('pipe-redirect');
  await expect(page).toHaveURL(/\/\?lang=en&scenario=pipe-redirect&step=0$/);
  await expect(page.getByTestId('step-counter')).toContainText(/\b0 \/ \d+/);
});
