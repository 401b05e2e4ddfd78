import { test } from '@playwright/test';
import { Lab } from './fixtures/lab.ts';

/** Screenshots at key steps (API calls, blocks, exits) for a human to look at: test-results/screens/. */
for (const scenario of ['mailslot', 'duplicate-handle']) {
  test(`${scenario}: screenshots at key steps`, async ({ page }) => {
    const lab = new Lab(page);
    await lab.open(scenario);
    const markers = await page.evaluate(() => {
      const bench = (
        window as unknown as {
          __winipcBench: { store: { getState(): { markers: readonly { step: number; kind: string }[] } } };
        }
      ).__winipcBench;
      return bench.store.getState().markers;
    });
    const steps = [
      ...new Set(markers.filter((m) => m.kind !== 'api' || markers.indexOf(m) % 2 === 0).map((m) => m.step)),
    ].slice(0, 10);
    for (const step of steps) {
      await lab.goTo(step);
      await lab.screenshot(`${scenario}-${String(step).padStart(4, '0')}`);
    }
  });
}
