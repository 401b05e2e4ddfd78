/**
 * The diagram's geometry in the browser: the library readable at 1280×720 without zooming, names
 * in full, arrows that stay put while other arrows come and go, and a readable start on a phone.
 */
import { expect, test, type Page } from '@playwright/test';
import { Lab } from './fixtures/lab.ts';

const LIBRARY = [
  'mailslot',
  'mailslot-one-way',
  'kernel-object-state',
  'environment',
  'handle-inheritance',
  'duplicate-handle',
  'anonymous-pipe',
  'pipe-parent-child',
  'named-pipe',
  'named-pipe-file',
  'usage-count',
];

/** The stage's zoom factor (d3-zoom writes `translate(…) scale(k)`). */
async function zoomOf(page: Page): Promise<number> {
  const transform = await page.locator('.stage').evaluate((el) => (el as HTMLElement).style.transform);
  return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? NaN);
}

test('at 1280×720 every scenario of the library is drawn whole at 0.8× or more', async ({ page }) => {
  const lab = new Lab(page);
  for (const scenario of LIBRARY) {
    await lab.open(scenario, 1);
    await expect.poll(() => zoomOf(page), scenario).toBeGreaterThanOrEqual(0.8);
    const view = await page.locator('.viewport').boundingBox();
    const stage = await page.locator('.stage').boundingBox();
    if (!view || !stage) throw new Error('no diagram');
    expect(stage.x, scenario).toBeGreaterThanOrEqual(view.x - 1);
    expect(stage.y, scenario).toBeGreaterThanOrEqual(view.y - 1);
    expect(stage.x + stage.width, scenario).toBeLessThanOrEqual(view.x + view.width + 1);
    expect(stage.y + stage.height, scenario).toBeLessThanOrEqual(view.y + view.height + 1);
  }
  expect(lab.errors).toEqual([]);
});

test('a handle row and an object card name the object in full', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('handle-inheritance', 16, '&lang=en');
  const view = await lab.truth();
  const slot = view.objects.find((o) => o.kind === 'mailslot');
  const child = view.objects.find((o) => o.label === 'Process ChildSender.exe (pid 20)');
  if (!slot || !child) throw new Error('no mailslot or child process object');
  const nameLine = lab.handle(4, 4).locator('.name-line');
  await expect(nameLine).toHaveText(slot.name ?? '');
  await expect(lab.handle(4, 4)).toHaveAttribute('data-object-id', String(slot.id));
  // Nothing cut off: the name line and the titles are as wide and as tall as their text.
  const clipped = (el: Element) =>
    el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
  expect(await nameLine.evaluate(clipped)).toBe(false);
  for (const o of [slot, child]) {
    const title = lab.object(o.id).locator('.obj-head');
    await expect(title).toHaveAttribute('title', o.label);
    expect(await title.evaluate(clipped), o.label).toBe(false);
  }
  await expect(lab.object(child.id).locator('.obj-label')).toHaveText('ChildSender.exe (pid\u00a020)');
  expect(lab.errors).toEqual([]);
});

test('an arrow stays where it is while other arrows appear and go', async ({ page }) => {
  const lab = new Lab(page);
  // Step 16: CreateProcess adds the parent's pi.hProcess and pi.hThread rows and the child's
  // inherited row, with their arrows; the parent's mailslot rows stay where they are.
  await lab.open('handle-inheritance', 15);
  const before = await lab.arrow(12, 4).getAttribute('d');
  const others = await page.locator('[data-testid^="arrow-"]').count();
  await lab.forward();
  await expect(page.locator('[data-testid^="arrow-"]')).toHaveCount(others + 3);
  expect(await lab.arrow(12, 4).getAttribute('d')).toBe(before);
  expect(lab.errors).toEqual([]);
});

test('on a phone the diagram starts readable, on what the step changed', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const lab = new Lab(page);
  await lab.open('handle-inheritance', 12);
  await expect.poll(() => zoomOf(page)).toBeCloseTo(0.9, 2);
  const ran = (await lab.truth()).ranPid;
  const view = await page.locator('.viewport').boundingBox();
  const card = await lab.process(Number(ran)).boundingBox();
  if (!view || !card) throw new Error('no diagram');
  // The card of the process that ran is (at least partly) on screen.
  expect(card.x < view.x + view.width && card.x + card.width > view.x).toBe(true);
  expect(card.y < view.y + view.height && card.y + card.height > view.y).toBe(true);
  await lab.screenshot('diagram-phone-handle-inheritance-012');
  expect(lab.errors).toEqual([]);
  await page.close();
});

test('a suspended process is linked to its thread object until ResumeThread, in Korean too', async ({
  page,
}) => {
  const lab = new Lab(page);
  await lab.open('suspended', 0, '&lang=ko');
  const length = await lab.length();
  let suspendedAt = -1;
  let resumedAt = -1;
  for (let step = 1; step <= length && resumedAt < 0; step++) {
    await lab.goTo(step);
    const child = (await lab.truth()).processes.find((p) => p.image === 'SuspChild.exe');
    if (!child) continue;
    const arrow = page.getByTestId(`suspend-arrow-${child.pid}`);
    if (child.state.kind === 'suspended') {
      if (suspendedAt < 0) suspendedAt = step;
      await expect(arrow).toHaveAttribute('data-object-id', String(child.state.threadObjectId));
      await expect(page.locator('.arrow-label.l-suspend')).toHaveText('‖ 일시 중단');
    } else if (suspendedAt >= 0) {
      resumedAt = step;
      await expect(arrow).toHaveCount(0);
    }
  }
  expect(suspendedAt).toBeGreaterThan(0);
  expect(resumedAt).toBeGreaterThan(suspendedAt);
  expect(lab.errors).toEqual([]);
});

test('a handle closed the step after it was made is drawn closed, not also marked as just added', async ({
  page,
}) => {
  const lab = new Lab(page);
  // duplicate-handle, step 6: CloseHandle(pi.hProcess) closes 0x8, which CreateProcess made at step 5.
  await lab.open('duplicate-handle', 6);
  const ghost = page.locator('[data-testid=process-4] .handle.ghost');
  await expect(ghost).toHaveCount(1);
  await expect(ghost).not.toHaveClass(/changed/);
  await expect(ghost.locator('.change-mark')).toHaveCount(0);
  await expect(ghost.locator('.sr-only')).toHaveText([/\(closed\)$/]);
  await lab.open('duplicate-handle', 5);
  await expect(page.getByTestId('handle-4-0x8')).toHaveClass(/changed/);
  expect(lab.errors).toEqual([]);
});
