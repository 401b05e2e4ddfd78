import { expect, test } from '@playwright/test';
import { Lab } from './fixtures/lab.ts';

/** Steps spread over the run: the first, a few in between, the last. */
function sample(length: number, count = 8): number[] {
  const steps = new Set<number>([0, length]);
  for (let i = 1; i < count; i++) steps.add(Math.round((length * i) / count));
  return [...steps].sort((a, b) => a - b);
}

for (const scenario of ['mailslot', 'duplicate-handle']) {
  test(`${scenario}: the diagram matches the simulator at steps across the run`, async ({ page }) => {
    const lab = new Lab(page);
    await lab.open(scenario);
    for (const step of sample(await lab.length())) {
      await lab.goTo(step);
      await lab.expectDiagramMatchesTruth();
    }
    expect(lab.errors).toEqual([]);
  });

  test(`${scenario}: stepping forward then back lands on the same picture`, async ({ page }) => {
    const lab = new Lab(page);
    await lab.open(scenario, 3);
    const before = await lab.truth();
    await lab.forward();
    await lab.forward();
    await lab.back();
    await lab.back();
    expect((await lab.truth()).step).toBe(before.step);
    await lab.expectDiagramMatchesTruth();
    await expect(page).toHaveURL(new RegExp(`scenario=${scenario}&step=3`));
  });

  test(`${scenario}: a shared link with a step opens that step after reload`, async ({ page }) => {
    const lab = new Lab(page);
    await lab.open(scenario, 5);
    await page.reload();
    await expect(lab.stepCounter()).toContainText(/\b5 \//);
    await lab.expectDiagramMatchesTruth();
  });
}

test('mailslot: the receiver reads every message the sender wrote, then all exit', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('mailslot');
  await lab.goTo(await lab.length());
  const view = await lab.truth();
  const receiver = view.processes.find((p) => p.image === 'MailReceiver.exe');
  if (!receiver) throw new Error('no receiver');
  await expect(page.getByTestId(`console-${receiver.pid}`)).toContainText('Hello', { useInnerText: true });
  await expect(page.getByTestId(`console-${receiver.pid}`)).toContainText('Good Bye!', {
    useInnerText: true,
  });
  for (const p of view.processes) await expect(lab.process(p.pid)).toHaveAttribute('aria-label', /exited/);
});

test('mailslot: the receiver’s handle row points at the mailslot object', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('mailslot');
  const length = await lab.length();
  for (let step = 1; step <= length; step++) {
    await lab.goTo(step);
    const view = await lab.truth();
    const slot = view.objects.find((o) => o.kind === 'mailslot');
    const row = view.processes
      .flatMap((p) => p.handles.map((h) => ({ pid: p.pid, h })))
      .find((r) => r.h.objectId === slot?.id);
    if (!slot || !row) continue;
    await expect(lab.object(slot.id)).toHaveAttribute('data-kind', 'mailslot');
    await expect(lab.handle(row.pid, row.h.value)).toContainText('mailslot');
    await expect(lab.arrow(row.pid, row.h.value)).toHaveAttribute('data-object-id', String(slot.id));
    await lab.screenshot('mailslot-created');
    return;
  }
  throw new Error('the mailslot never appeared');
});

test('duplicate-handle: the child inherits the duplicated process handle at the same value', async ({
  page,
}) => {
  const lab = new Lab(page);
  await lab.open('duplicate-handle');
  const length = await lab.length();
  for (let step = 1; step <= length; step++) {
    await lab.goTo(step);
    const view = await lab.truth();
    const inherited = view.processes.flatMap((p) =>
      p.handles.filter((h) => h.changed && h.origin?.kind === 'inherited').map((h) => ({ pid: p.pid, h })),
    );
    if (inherited.length === 0) continue;
    for (const { pid, h } of inherited) {
      if (h.origin?.kind !== 'inherited') continue;
      await expect(lab.handle(pid, h.value)).toBeVisible();
      await expect(lab.handle(h.origin.fromPid, h.origin.fromValue)).toBeVisible();
      expect(h.value).toBe(h.origin.fromValue);
    }
    await expect(page.locator('.a-inherit')).toHaveCount(inherited.length);
    await expect(page.getByTestId('narration')).toContainText('CreateProcess');
    await lab.screenshot('duplicate-inherited');
    return;
  }
  throw new Error('no inheritance step found');
});

test('duplicate-handle: the child learns its parent exited with code 7', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('duplicate-handle');
  await lab.goTo(await lab.length());
  const view = await lab.truth();
  const child = view.processes.find((p) => p.image === 'ChildProcess.exe');
  if (!child) throw new Error('no child');
  await expect(page.getByTestId(`console-${child.pid}`)).toContainText('parent exit code 7', {
    useInnerText: true,
  });
  const parentObject = view.objects.find((o) => o.detail.kind === 'process' && o.detail.exitCode === 7);
  if (parentObject) await expect(lab.object(parentObject.id)).toHaveAttribute('data-signaled', 'true');
  await lab.screenshot('duplicate-end');
});
