import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/scenarios/index.ts';
import { renderShells, shellKey } from './render.tsx';

describe('the prerendered pages', async () => {
  const shells = await renderShells();

  it('are the start page and every scenario, in English and Korean', () => {
    const keys = ['', ...SCENARIOS.map((s) => s.id)].flatMap((id) => [
      shellKey('en', id),
      shellKey('ko', id),
    ]);
    expect(Object.keys(shells).sort()).toEqual(keys.sort());
  });

  it("show a scenario's title, its tutorial's introduction and the simulator still loading", () => {
    const mailslot = SCENARIOS.find((s) => s.id === 'mailslot');
    const html = shells[shellKey('en', 'mailslot')] ?? '';
    expect(html).toContain('<option value="mailslot" selected="">');
    expect(html).toContain(mailslot?.tutorial?.intro.en.slice(0, 60));
    expect(html).toContain('Loading the simulator');
    expect(html).toContain('Step 0 / 0');
    const ko = shells[shellKey('ko', 'mailslot')] ?? '';
    expect(ko).toContain(mailslot?.tutorial?.intro.ko.slice(0, 30));
  });

  it('list every scenario on the start page', () => {
    const html = shells[shellKey('en', '')] ?? '';
    expect(html).toContain('data-testid="start-page"');
    for (const s of SCENARIOS) expect(html).toContain(`data-testid="start-${s.id}"`);
  });

  it('leave the browser as they found it', () => {
    expect((globalThis as { location?: unknown }).location).toBeUndefined();
  });
});
