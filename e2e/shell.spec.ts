import { expect, test, type Page } from '@playwright/test';

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
  // the library has the page's width: no empty code, narration or timeline panels beside it
  await expect(page.locator('.left')).toBeHidden();
  await expect(page.locator('.right')).toBeHidden();
  await expect(page.getByTestId('timeline')).toBeHidden();
  // the whole library can be reached with the mouse wheel at 1280×720
  // (wheeled again if the app's first render replaced the prerendered page and its scroll)
  await page.mouse.move(640, 400);
  const last = page.getByTestId('start-suspended');
  await expect
    .poll(async () => {
      await page.mouse.wheel(0, 3000);
      return last.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight);
    })
    .toBe(true);
  await page.getByTestId('start-mailslot').click();
  await expect(page).toHaveURL(/scenario=mailslot&step=0/);
  await expect(page.getByTestId('step-counter')).toContainText(/\b0 \//);
  await expect(page.locator('.left')).toBeVisible();
  await expect(page.getByTestId('timeline')).toBeVisible();
});

test('on a phone the start page lists the scenarios across the screen', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto('./?lang=en');
  const first = page.getByTestId('start-mailslot');
  await expect(first).toBeVisible();
  // polled: the prerendered page's card may be replaced by the app's between two reads
  const box = async () => (await first.boundingBox()) ?? { x: 0, width: 0 };
  await expect.poll(async () => (await box()).width).toBeGreaterThan(300);
  await expect.poll(async () => (await box()).x + (await box()).width).toBeLessThanOrEqual(390);
  await page.close();
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

/** Where the page's landmarks are drawn, to the pixel. */
async function boxes(page: Page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [
        '.toolbar h1',
        '.toolbar select',
        '[data-testid=step-counter]',
        '[data-testid=tutorial-intro]',
        '#diagram',
      ].map((sel) => {
        const r = document.querySelector(sel)?.getBoundingClientRect();
        return [sel, r ? [r.x, r.y, r.width, r.height].map(Math.round) : null];
      }),
    ),
  );
}

test('the page is drawn before any script has arrived: the app bar and the scenario tutorial', async ({
  page,
}) => {
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.goto('./?scenario=mailslot&lang=en');
  await expect(page.locator('#root[data-shell="en:mailslot"]')).toBeAttached();
  await expect(page.getByTestId('tutorial-intro')).toContainText('Two independent programs');
  await expect(page.getByRole('combobox', { name: /scenario/i })).toHaveValue('mailslot');
  await expect(page.getByTestId('diagram')).toContainText('Loading the simulator');
});

for (const [name, viewport] of [
  ['a wide screen', { width: 1280, height: 720 }],
  ['a phone', { width: 412, height: 823 }],
] as const)
  test(`on ${name} the app takes the prerendered page over where it stands, and nothing shifts while the run arrives`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number; __gone: boolean };
      w.__shift = 0;
      w.__gone = false;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!e.hadRecentInput) w.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
      // Once drawn, the tutorial never leaves the page, not even for one frame.
      let seen = false;
      new MutationObserver(() => {
        const there = document.querySelector('[data-testid=tutorial-intro]') !== null;
        if (seen && !there) w.__gone = true;
        seen ||= there;
      }).observe(document, { subtree: true, childList: true });
    });
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await page.goto('./?scenario=mailslot&lang=en');
    await expect(page.getByTestId('tutorial-intro')).toBeVisible();
    const prerendered = await boxes(page);
    await page.unroute(/\/assets\/.*\.js$/);
    await page.reload();
    await expect(page.getByTestId('step-counter')).toContainText(/0 \/ [1-9]/);
    await expect(page.getByTestId('process-4')).toBeVisible();
    expect(await boxes(page)).toEqual(prerendered);
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __gone: boolean }).__gone)).toBe(false);
  });

test('the prerendered page follows the saved language and theme', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('winipc.lang', 'ko');
    localStorage.setItem('winipc.theme', 'dark');
  });
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.goto('./?scenario=named-pipe');
  await expect(page.locator('#root')).toHaveAttribute('data-shell', 'ko:named-pipe');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByTestId('theme')).toHaveValue('dark');
});
