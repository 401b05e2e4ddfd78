/**
 * Standard handles, the C runtime's buffers and suspended processes as the diagram draws them:
 * the std rows and their dotted links match the simulator, a suspended process says so in words
 * and a glyph (not colour alone), and a deadlock with a suspended process is explained in Korean.
 * Screenshots at the key steps, light and dark, in test-results/screens/.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { StepView } from '../src/sim/view.ts';
import { Lab } from './fixtures/lab.ts';

const valueText = (v: number) => (v === 0 ? 'NULL' : `0x${v.toString(16).toUpperCase()}`);

/** The first step whose view passes `test`, read from the simulator through the bench hook. */
async function stepWhere(lab: Lab, test: (v: StepView) => boolean): Promise<number> {
  const length = await lab.length();
  for (let s = 1; s <= length; s++) {
    await lab.goTo(s);
    if (test(await lab.truth())) return s;
  }
  throw new Error('no such step');
}

/** Every std row of every process is drawn as the simulator says. */
async function expectStdMatchesTruth(lab: Lab) {
  const view = await lab.truth();
  for (const p of view.processes) {
    for (const row of p.std) {
      const el = lab.page.getByTestId(`std-${p.pid}-${row.stream}`);
      await expect(el).toHaveAttribute('data-value', valueText(row.value));
      await expect(el).toHaveAttribute('data-target', row.target.kind);
      await expect(el).toHaveAttribute('data-buffered', String(row.buffered));
      if (row.runtime) await expect(el).toHaveAttribute('data-runtime', valueText(row.runtime.value));
    }
  }
}

for (const theme of ['light', 'dark'] as const) {
  test(`pipe-redirect (${theme}): the child's stdout row names the pipe's write end and counts the bytes waiting in the C runtime`, async ({
    page,
  }) => {
    const lab = new Lab(page);
    await lab.open('pipe-redirect', 0, `&lang=en&theme=${theme}`);
    const child = (v: StepView) => v.processes.find((p) => p.image === 'RedirChild.exe');
    const created = await stepWhere(lab, (v) => child(v) !== undefined);
    await expectStdMatchesTruth(lab);
    const pid = child(await lab.truth())!.pid;
    await expect(page.getByTestId(`std-link-${pid}-stdout`)).toHaveCount(1);
    await expect(page.getByTestId(`std-link-${pid}-stdin`)).toHaveCount(0);
    await lab.screenshot(`std-pipe-redirect-${theme}-created-${created}`);

    const buffered = await stepWhere(lab, (v) => (child(v)?.std[1]?.buffered ?? 0) === 42);
    await expectStdMatchesTruth(lab);
    const row = page.getByTestId(`std-${pid}-stdout`);
    await expect(row).toContainText('42 B waiting');
    await expect(row).toContainText(
      '42 bytes waiting in the C runtime’s stdout buffer; written to the anonymous pipe when the buffer fills (4096 bytes), on fflush, or at exit.',
    );
    await lab.screenshot(`std-pipe-redirect-${theme}-buffered-${buffered}`);

    const exited = await stepWhere(lab, (v) => child(v)?.state.kind === 'exited');
    await expectStdMatchesTruth(lab);
    await expect(row).toHaveAttribute('data-buffered', '0');
    await expect(page.getByTestId('narration')).toContainText(
      'At exit, the C runtime wrote its 42 buffered bytes into the anonymous pipe (WriteFile on stdout 0x8).',
    );
    await lab.screenshot(`std-pipe-redirect-${theme}-exit-${exited}`);
    expect(lab.errors).toEqual([]);
  });
}

test('pipe-redirect with bInheritHandles FALSE: NULL standard handles, the text lost', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('pipe-redirect', 0, '&lang=en&whatif=no-inherit-handles');
  const lost = await stepWhere(lab, (v) => v.apiCall?.result.startsWith('the text is lost') ?? false);
  await expectStdMatchesTruth(lab);
  const view = await lab.truth();
  const child = view.processes.find((p) => p.image === 'RedirChild.exe')!;
  await expect(page.getByTestId(`std-${child.pid}-stdout`)).toContainText('NULL');
  await expect(page.getByTestId(`std-${child.pid}-stdout`)).toContainText('no handle');
  await expect(page.getByTestId('narration')).toContainText('The text is lost');
  await lab.screenshot(`std-pipe-redirect-null-${lost}`);
  expect(lab.errors).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`suspended (${theme}): the child card and its thread object say it is suspended, with a glyph`, async ({
    page,
  }) => {
    const lab = new Lab(page);
    await lab.open('suspended', 0, `&lang=en&theme=${theme}`);
    const child = (v: StepView) => v.processes.find((p) => p.image === 'SuspChild.exe');
    const step = await stepWhere(lab, (v) => child(v)?.state.kind === 'suspended');
    const view = await lab.truth();
    const pid = child(view)!.pid;
    const card = lab.process(pid);
    await expect(card).toHaveAttribute('aria-label', /suspended \(count 1\) until ResumeThread/);
    await expect(card.locator('.proc-state')).toContainText('‖');
    await expect(card).toHaveClass(/st-suspended/);
    const thread = view.objects.find((o) => o.detail.kind === 'thread' && o.detail.pid === pid)!;
    await expect(lab.object(thread.id)).toContainText('suspended (1)');
    await lab.screenshot(`std-suspended-${theme}-${step}`);
    const resumed = await stepWhere(lab, (v) => v.apiCall?.api === 'ResumeThread');
    await expect(card).not.toHaveClass(/st-suspended/);
    await expect(lab.object(thread.id)).not.toContainText('suspended');
    await lab.screenshot(`std-suspended-${theme}-resumed-${resumed}`);
    expect(lab.errors).toEqual([]);
  });
}

for (const lang of ['en', 'ko'] as const) {
  test(`suspended, ResumeThread forgotten (${lang}): the deadlock names the suspended child and its thread object`, async ({
    page,
  }) => {
    const lab = new Lab(page);
    await lab.open('suspended', 0, `&lang=${lang}&whatif=forget-resume`);
    await lab.goTo(await lab.length());
    const view = await lab.truth();
    if (view.end?.reason !== 'deadlock') throw new Error('no deadlock');
    const child = view.processes.find((p) => p.image === 'SuspChild.exe')!;
    const edge = view.end.cycle.find((c) => c.pid === child.pid)!;
    await expect(lab.process(child.pid)).toHaveClass(/in-cycle/);
    await expect(lab.object(edge.objectId!)).toHaveClass(/in-cycle/);
    const banner = page.getByTestId('deadlock-banner');
    if (lang === 'ko') {
      await expect(banner).toContainText('SuspChild.exe (pid 12)는 일시 중단되어 있고');
      await expect(banner).toContainText('pid 12는 일시 중단되어(카운트 1) ResumeThread를 기다림');
    } else {
      await expect(banner).toContainText(
        'SuspChild.exe (pid 12) is suspended (CREATE_SUSPENDED or SuspendThread)',
      );
      await expect(banner).toContainText('pid 12 is suspended (count 1) and waits for a ResumeThread');
    }
    await lab.screenshot(`std-suspended-deadlock-${lang}`);
    expect(lab.errors).toEqual([]);
  });
}

for (const theme of ['light', 'dark', 'contrast'] as const) {
  test(`axe finds no serious violations in the standard-handle rows and a suspended card (${theme})`, async ({
    page,
  }) => {
    const lab = new Lab(page);
    await lab.open('pipe-redirect', 22, `&lang=en&theme=${theme}`);
    await expect(page.getByTestId('std-12-stdout')).toHaveAttribute('data-buffered', '42');
    const scan = async () => {
      const result = await new AxeBuilder({ page }).include('.stage').analyze();
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await scan()).toEqual([]);
    await lab.open('suspended', 4, `&lang=en&theme=${theme}`);
    expect(await scan()).toEqual([]);
    expect(lab.errors).toEqual([]);
  });
}
