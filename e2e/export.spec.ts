import { readFile } from 'node:fs/promises';
import { expect, test, type Download } from '@playwright/test';
import { Lab } from './fixtures/lab.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function bytes(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test('the diagram exports as a standalone SVG and as a PNG', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('handle-inheritance', 12);
  await page.getByTestId('export-open').click();

  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-svg').click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe('handle-inheritance-step-12.svg');
  const svg = (await bytes(svgDownload)).toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      root: doc.documentElement.nodeName,
      error: doc.getElementsByTagName('parsererror').length,
      processes: doc.querySelectorAll('[data-testid^="process-"]').length,
      classes: doc.querySelectorAll('[class]').length,
    };
  }, svg);
  expect(parsed).toMatchObject({ root: 'svg', error: 0, classes: 0 });
  const view = await lab.truth();
  expect(parsed.processes).toBe(view.processes.length);
  // theme colours are inlined, not left to a stylesheet
  expect(svg).toMatch(/background-color:rgb/);

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-png').click(),
  ]);
  expect(pngDownload.suggestedFilename()).toBe('handle-inheritance-step-12.png');
  await pngDownload.saveAs('test-results/screens/export-diagram.png');
  await svgDownload.saveAs('test-results/screens/export-diagram.svg');
  const png = await bytes(pngDownload);
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(pngSize(png).width).toBeGreaterThan(400);
  expect(lab.errors).toEqual([]);
});

test('a caption with the narration makes the image taller', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('mailslot', 6);
  await page.getByTestId('export-open').click();
  const [plain] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  await page.getByRole('checkbox', { name: /caption/ }).check();
  const [captioned] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-png').click(),
  ]);
  expect(pngSize(await bytes(captioned)).height).toBeGreaterThan(pngSize(await bytes(plain)).height);
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
  const narration = ((await page.getByTestId('narration').textContent()) ?? '').trim().slice(0, 20);
  expect((await bytes(svg)).toString('utf8')).toContain(narration.replace(/&/g, '&#38;').slice(0, 10));
});

test('a step range downloads numbered PNGs, one per step', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('mailslot', 0);
  await page.getByTestId('export-open').click();
  await page.getByLabel('From step').fill('2');
  await page.getByLabel('To step').fill('4');
  const names: string[] = [];
  const done = new Promise<void>((resolve) => {
    page.on('download', async (d) => {
      const png = await bytes(d);
      expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      names.push(d.suggestedFilename());
      if (names.length === 3) resolve();
    });
  });
  await page.getByTestId('export-range').click();
  await done;
  expect(names.sort()).toEqual([
    'mailslot-001-step-02.png',
    'mailslot-002-step-03.png',
    'mailslot-003-step-04.png',
  ]);
  await expect(lab.stepCounter()).toContainText(/\b4 \//);
});
