/**
 * Presenter mode for a classroom projector at 1280×720: large type and thick arrows, secondary
 * panels folded, the diagram following what each step changed, a high-contrast theme, keyboard
 * (clicker) control, and rows that slide in from their source — except under reduced motion.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { Lab } from './fixtures/lab.ts';

async function present(page: Page) {
  await page.keyboard.press('p');
  await expect(page.locator('.app.present')).toBeVisible();
  // The diagram is laid out anew for the larger type; let its first view settle.
  await expect
    .poll(() => page.locator('.stage').evaluate((el) => el.style.getPropertyValue('--u')))
    .toBe('1.6px');
  await page.waitForTimeout(100);
}

/** The stage's current zoom factor (d3-zoom writes `translate(…) scale(k)`). */
async function zoomOf(page: Page): Promise<number> {
  const transform = await page.locator('.stage').evaluate((el) => (el as HTMLElement).style.transform);
  return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? NaN);
}

/** Whether `inner` lies entirely inside the diagram's viewport, once the pan has settled. */
async function expectInView(page: Page, inner: Locator) {
  await expect
    .poll(async () => {
      const v = await page.locator('.viewport').boundingBox();
      const b = await inner.boundingBox();
      if (!v || !b) return false;
      return (
        b.x >= v.x - 1 &&
        b.y >= v.y - 1 &&
        b.x + b.width <= v.x + v.width + 1 &&
        b.y + b.height <= v.y + v.height + 1
      );
    })
    .toBe(true);
}

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    // AAA contrast (7:1) as well as the default AA checks.
    .options({ rules: { 'color-contrast-enhanced': { enabled: true } } })
    .analyze();
  // The AAA rule really ran (it is off by default) and checked text.
  expect(result.passes.map((r) => r.id)).toContain('color-contrast-enhanced');
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('presenter mode draws diagram text at 20 px or more and handle arrows 3 px wide', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('handle-inheritance', 20);
  await present(page);
  const sizes = await page.evaluate(() => {
    const px = (sel: string) =>
      [...document.querySelectorAll(`.stage ${sel}`)].map((el) => parseFloat(getComputedStyle(el).fontSize));
    const all = [...document.querySelectorAll('.stage *')]
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()))
      .filter((el) => !el.closest('.sr-only'))
      .map((el) => parseFloat(getComputedStyle(el).fontSize));
    return {
      main: [
        '.proc-name',
        '.proc-state',
        '.handles td',
        '.obj-label',
        '.usage',
        '.mode-label',
        '.arrow-label',
      ].map((sel) => [sel, Math.min(...px(sel))] as const),
      smallest: Math.min(...all),
    };
  });
  for (const [sel, size] of sizes.main) expect(size, sel).toBeGreaterThanOrEqual(20);
  expect(sizes.smallest).toBeGreaterThanOrEqual(15);
  const widths = await page
    .locator('.arrow.a-handle:not(.changed) path')
    .evaluateAll((paths) => [...new Set(paths.map((p) => getComputedStyle(p).strokeWidth))]);
  expect(widths).toEqual(['3px']);
  // Where what changed fits, it is shown at full size: 20 px text is 20 px on the projector.
  await expect.poll(() => zoomOf(page)).toBeCloseTo(1, 2);
  // The code column and the namespace fold away; the narration and the API card stay.
  await expect(page.locator('.left')).toBeHidden();
  await expect(page.locator('.namespace')).toBeHidden();
  await expect(page.getByTestId('narration')).toBeVisible();
  await expect(page.locator('.api-card')).toBeVisible();
  expect(lab.errors).toEqual([]);
});

test("a presenter's clicker steps: PageDown forward, PageUp back", async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('named-pipe', 6);
  await present(page);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(lab.stepCounter()).toContainText(/\b8 \//);
  await page.keyboard.press('PageUp');
  await expect(lab.stepCounter()).toContainText(/\b7 \//);
  expect(lab.errors).toEqual([]);
});

test('the diagram follows the change: a step that touches an off-screen part brings it into view', async ({
  page,
}) => {
  const lab = new Lab(page);
  // Step 24: the second client (pid 20) blocks in WaitNamedPipe; step 25: the server (pid 4) reads.
  await lab.open('named-pipe', 24);
  await present(page);
  for (let i = 0; i < 4; i++) await page.keyboard.press('+');
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(2);
  const server = lab.process(4);
  const v = await page.locator('.viewport').boundingBox();
  const before = await server.boundingBox();
  expect(v && before && (before.x + before.width > v.x + v.width || before.x < v.x)).toBe(true);
  await page.keyboard.press('PageDown');
  await expect(lab.stepCounter()).toContainText(/\b25 \//);
  const read = (await lab.truth()).events.find((e) => e.type === 'BytesRead');
  expect(read?.pid).toBe(4);
  await expectInView(page, server);
  await expectInView(page, lab.object(Number(read?.objectId)));
  expect(lab.errors).toEqual([]);
});

test('outside presenter mode the diagram stays put unless the user turns following on', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('named-pipe', 24);
  const follow = page.getByRole('button', { name: 'Follow the change' });
  await expect(follow).toHaveAttribute('aria-pressed', 'false');
  for (let i = 0; i < 4; i++) await page.keyboard.press('+');
  const still = await page.locator('.stage').evaluate((el) => (el as HTMLElement).style.transform);
  await page.keyboard.press('ArrowRight');
  await expect(lab.stepCounter()).toContainText(/\b25 \//);
  await page.waitForTimeout(300);
  expect(await page.locator('.stage').evaluate((el) => (el as HTMLElement).style.transform)).toBe(still);
  await page.keyboard.press('c');
  await expect(follow).toHaveAttribute('aria-pressed', 'true');
  await expectInView(page, lab.process(4));
  expect(lab.errors).toEqual([]);
});

test('the high-contrast theme has no serious or critical violations (AAA contrast included)', async ({
  page,
}) => {
  const lab = new Lab(page);
  await lab.open('duplicate-handle', 6, '&theme=contrast');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  expect(await seriousViolations(page)).toEqual([]);
  await present(page);
  await lab.goTo(12);
  expect(await seriousViolations(page)).toEqual([]);
  expect(lab.errors).toEqual([]);
});

test('the theme picker offers high contrast by keyboard, and the choice outlives a reload', async ({
  page,
}) => {
  const lab = new Lab(page);
  await lab.open('mailslot', 3);
  const picker = page.getByRole('combobox', { name: 'Theme' });
  await expect(picker).toBeVisible();
  await page.keyboard.press('t');
  await page.keyboard.press('t');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  await expect(picker).toHaveValue('contrast');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  await picker.selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(lab.errors).toEqual([]);
});

test('presenter mode suggests the high-contrast theme; the user decides', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('mailslot', 3);
  await expect(page.getByTestId('contrast-hint')).toHaveCount(0);
  await present(page);
  const hint = page.getByTestId('contrast-hint');
  await expect(hint).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'contrast');
  await hint.getByRole('button', { name: 'Use high contrast' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  await expect(hint).toHaveCount(0);
});

/** Steps to 16 (CreateProcess copies the inheritable 0x4 into the child, pid 20) and lists the row's animations. */
async function slideAtInheritance(page: Page) {
  return page.evaluate(async () => {
    const bench = (window as unknown as { __winipcBench: { setStep(n: number): void } }).__winipcBench;
    // The page idle first: on a busy machine the run's late arrival could still re-render the
    // diagram after the step, which restarts the slide's effect with no step to slide across.
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
    bench.setStep(16);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const row = document.querySelector('[data-testid="handle-20-0x4"]');
    return (row?.getAnimations() ?? [])
      .filter((a) => a.id === 'row-slide')
      .map((a) => {
        const [first] = (a.effect as KeyframeEffect).getKeyframes();
        return String(first?.transform ?? '');
      });
  });
}

test('an inherited row slides in from the parent row it copies', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('handle-inheritance', 15);
  const [slide] = await slideAtInheritance(page);
  // The child's card is right of the parent's: the row starts to the left, at the same height.
  const [dx, dy] =
    /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/
      .exec(slide ?? '')
      ?.slice(1)
      .map(Number) ?? [];
  expect(dx).toBeLessThan(-100);
  expect(dy).toBe(0);
});

test('under prefers-reduced-motion no row slides and the diagram jumps to the change at once', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const lab = new Lab(page);
  await lab.open('handle-inheritance', 15, '&present=1');
  expect(await slideAtInheritance(page)).toEqual([]);
  await expect(lab.handle(20, 4)).toBeVisible();
  const transform = () => page.locator('.stage').evaluate((el) => (el as HTMLElement).style.transform);
  const [before, first, settled] = await page.evaluate(async () => {
    const read = () => (document.querySelector('.stage') as HTMLElement).style.transform;
    const start = read();
    (window as unknown as { __winipcBench: { setStep(n: number): void } }).__winipcBench.setStep(24);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const now = read();
    await new Promise((resolve) => setTimeout(resolve, 400));
    return [start, now, read()];
  });
  // Step 24 (the child writes to the mailslot, waking the receiver) moves the view: at once.
  expect(settled).not.toBe(before);
  expect(first).toBe(settled);
  expect(await transform()).toBe(settled);
});

test('at high speed (8 steps/s and up) rows do not slide: animations are skipped, not rushed', async ({
  page,
}) => {
  const lab = new Lab(page);
  await lab.open('handle-inheritance', 15);
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('8');
  await expect(page.locator('html')).toHaveAttribute('data-fast', 'true');
  expect(await slideAtInheritance(page)).toEqual([]);
});

/** Screenshots for a human to look at as a class would: test-results/screens/presenter-*. */
const KEY_STEPS: Record<string, number[]> = {
  'handle-inheritance': [1, 12, 16, 20, 24, 31, 44],
  'named-pipe': [7, 8, 20, 25, 31, 40, 44, 58],
};
for (const theme of ['light', 'dark', 'contrast'] as const) {
  test(`presenter screenshots in the ${theme} theme`, async ({ page }) => {
    const lab = new Lab(page);
    for (const [scenario, steps] of Object.entries(KEY_STEPS)) {
      await lab.open(scenario, (steps[0] ?? 1) - 1, `&theme=${theme}&present=1`);
      await expect(page.locator('.app.present')).toBeVisible();
      for (const step of steps) {
        await lab.goTo(step);
        await page.waitForTimeout(300);
        await lab.screenshot(`presenter-${theme}-${scenario}-${String(step).padStart(3, '0')}`);
      }
    }
    expect(lab.errors).toEqual([]);
  });
}
