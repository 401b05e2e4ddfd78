import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('embed mode inside an iframe: titled, minimal, and keys act only with focus inside', async ({
  page,
  baseURL,
}) => {
  await page.goto('./');
  const src = `${baseURL}?scenario=mailslot&step=3&embed=1&from=3&to=6`;
  await page.setContent(
    `<!doctype html><html lang="en"><head><title>Course page</title></head><body>
      <h1>Week 3: mailslots</h1>
      <input id="host-input" aria-label="notes">
      <iframe id="lab" title="WinIPC Lab: mailslot" src="${src}" width="1200" height="600"></iframe>
    </body></html>`,
  );
  const frame = page.frameLocator('#lab');
  await expect(frame.getByTestId('embed')).toBeVisible();
  await expect(frame.getByTestId('diagram')).toBeVisible();
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('WinIPC Lab');
  await expect(frame.getByTestId('step-counter')).toContainText(/\b3 \//);
  // no full toolbar, timeline or side panel
  await expect(frame.locator('.toolbar')).toHaveCount(0);
  await expect(frame.getByTestId('narration')).toHaveCount(0);
  const title = await page.locator('#lab').evaluate((f) => (f as HTMLIFrameElement).contentDocument?.title);
  expect(title).toMatch(/^WinIPC Lab: /);

  // keys typed in the host page stay in the host page
  await page.locator('#host-input').click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('abc');
  await expect(page.locator('#host-input')).toHaveValue('abc');
  await expect(frame.getByTestId('step-counter')).toContainText(/\b3 \//);

  // with focus inside the app, the arrow keys step, within the range
  await frame.getByTestId('step-forward').focus();
  await page.keyboard.press('ArrowRight');
  await expect(frame.getByTestId('step-counter')).toContainText(/\b4 \//);
  await page.keyboard.press('End');
  await expect(frame.getByTestId('step-counter')).toContainText(/\b6 \//);
  await page.keyboard.press('ArrowRight');
  await expect(frame.getByTestId('step-counter')).toContainText(/\b6 \//);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/screens/embed-iframe.png' });
});

test('playing in embed mode loops over the step range', async ({ page }) => {
  await page.goto('./?scenario=mailslot&embed=1&from=2&to=4');
  await expect(page.getByTestId('step-counter')).toContainText(/\b2 \//);
  await page.getByTestId('play').click();
  await expect(page.getByTestId('step-counter')).toContainText(/\b4 \//);
  await expect(page.getByTestId('step-counter')).toContainText(/\b2 \//);
  await page.getByTestId('play').click();
  await page.screenshot({ path: 'test-results/screens/embed-1280.png' });
});

test('axe finds no serious or critical violations in embed mode', async ({ page }) => {
  await page.goto('./?scenario=mailslot&step=3&embed=1');
  await expect(page.getByTestId('step-counter')).toContainText(/\b3 \//);
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
