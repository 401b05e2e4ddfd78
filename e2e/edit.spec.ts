import AxeBuilder from '@axe-core/playwright';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { Lab } from './fixtures/lab.ts';

/** Replaces the text of the one editor line containing `find` (after its indentation) with `text`. */
async function replaceLine(page: Page, find: string, text: string) {
  const line = page.locator('.cm-line', { hasText: find });
  await expect(line).toHaveCount(1);
  await line.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type(text);
}

async function openFile(page: Page, name: string) {
  await page.getByTestId(`edit-file-${name}`).click();
  await expect(page.getByTestId('code-editor')).toHaveAttribute('data-file', name);
}

async function childConsole(lab: Lab) {
  const view = await lab.truth();
  const child = view.processes.find((p) => p.image === 'ChildSender.exe');
  expect(child).toBeDefined();
  return child?.console ?? '';
}

test('the first page stays within 200 KB of gzipped JavaScript, the simulator chunks aside', async ({
  page,
}) => {
  const scripts: Promise<number>[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js'))
      scripts.push(
        r.body().then((b) => (/\/(sim|kernel|scenarios)-/.test(r.url()) ? 0 : gzipSync(b).length)),
      );
  });
  await page.goto('./?scenario=mailslot');
  // The run is in (the prerendered page already reads "Step 0 / 0" before any script).
  await expect(page.getByTestId('step-counter')).toContainText(/\b0 \/ [1-9]/);
  const total = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
  expect(total).toBeGreaterThan(10_000);
  expect(total).toBeLessThan(200 * 1024);
});

test('the editor chunk loads only when the editor is first opened', async ({ page }) => {
  const lab = new Lab(page);
  const chunks: string[] = [];
  page.on('request', (r) => chunks.push(r.url()));
  await lab.open('handle-inheritance');
  expect(chunks.filter((u) => /EditorPanel|codemirror/i.test(u))).toEqual([]);
  await page.getByTestId('edit-open').click();
  await expect(page.locator('.cm-editor')).toBeVisible();
  expect(chunks.filter((u) => /EditorPanel/.test(u)).length).toBeGreaterThan(0);
  expect(lab.errors).toEqual([]);
});

test('making the handle non-inheritable gives the child ERROR_INVALID_HANDLE in its console', async ({
  page,
}) => {
  const lab = new Lab(page);
  await lab.open('handle-inheritance');
  await page.getByTestId('edit-open').click();
  await openFile(page, 'ParentSender.c');
  await replaceLine(page, 'sa.bInheritHandle = TRUE;', 'sa.bInheritHandle = FALSE;');
  await page.getByTestId('edit-run').click();
  await expect(page.getByTestId('edit-status')).toContainText(/Compiled/);
  await page.getByRole('button', { name: 'Close the editor' }).click();
  await page.getByTestId('run-to-end').click();
  const view = await lab.truth();
  const child = view.processes.find((p) => p.image === 'ChildSender.exe');
  expect(child).toBeDefined();
  await page.locator(`#tab-${child?.pid}`).click();
  await expect(page.getByTestId(`console-${child?.pid}`)).toContainText(
    'inheritable handle: failed, error 6',
  );
  expect(await childConsole(lab)).not.toContain('sent');
  expect(lab.errors).toEqual([]);
});

test('a string literal as CreateProcess’s command line stops the parent with an access violation, said in Korean', async ({
  page,
}) => {
  const lab = new Lab(page);
  await lab.open('suspended', 0, '&lang=ko');
  await page.getByTestId('edit-open').click();
  await openFile(page, 'SuspParent.c');
  // The classic pitfall: a pointer to a literal where CreateProcessW wants a writable array.
  await replaceLine(page, 'TCHAR command[] = _T("SuspChild.exe");', 'TCHAR *command = _T("SuspChild.exe");');
  await page.getByTestId('edit-run').click();
  await expect(page.getByTestId('edit-status')).toContainText('컴파일되었습니다');
  await page.getByRole('button', { name: '편집기 닫기' }).click();
  await page.getByTestId('run-to-end').click();
  const parent = (await lab.truth()).processes.find((p) => p.image === 'SuspParent.exe');
  const card = page.getByTestId(`process-${parent?.pid}`);
  await expect(card.locator('.proc-state')).toContainText(
    '액세스 위반: CreateProcessW은(는) lpCommandLine에 쓰는데',
  );
  await expect(card.locator('.proc-state')).toContainText('TCHAR command[] = _T("Child.exe");');
  // The timeline names the fault's tick (a run without one lists API calls, blocks and exits).
  await expect(page.locator('.legend [data-kind=fault]')).toHaveText(/오류/);
  expect(lab.errors).toEqual([]);
});

test('a Korean reader sees a compile error in Korean, in the list and on the line', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('handle-inheritance', 0, '&lang=ko');
  await page.getByTestId('edit-open').click();
  await openFile(page, 'ChildSender.c');
  await replaceLine(page, 'fclose(fp);', 'fclose(fp) +;');
  await page.getByTestId('edit-run').click();
  const errors = page.getByTestId('compile-errors');
  await expect(errors).toBeVisible();
  await expect(errors).toContainText('컴파일 오류');
  await expect(errors.getByRole('button').first()).toContainText("식이 필요합니다 (';' 앞)");
  await expect(errors).not.toContainText('expected an expression');
  // the inline mark says it in Korean too
  await page.locator('.cm-lintRange-error').first().hover();
  await expect(page.locator('.cm-tooltip-lint')).toContainText("식이 필요합니다 (';' 앞)");
  await page.screenshot({ path: 'test-results/screens/editor-error-ko.png' });
});

test('a syntax error shows inline at its line, keeps the last good run, and survives a reload', async ({
  page,
}) => {
  const lab = new Lab(page);
  await lab.open('handle-inheritance', 5);
  const before = await lab.length();
  await page.getByTestId('edit-open').click();
  await openFile(page, 'ChildSender.c');
  const lineNo =
    (await page.locator('.cm-line').allTextContents()).findIndex((l) => l.includes('fclose(fp);')) + 1;
  expect(lineNo).toBeGreaterThan(0);
  await replaceLine(page, 'fclose(fp);', 'fclose(fp) +;');
  await page.getByTestId('edit-run').click();
  const errors = page.getByTestId('compile-errors');
  await expect(errors).toBeVisible();
  await expect(errors.getByRole('button').first()).toHaveAttribute('data-line', String(lineNo));
  await expect(errors).toContainText('ChildSender.c');
  // inline: the error range sits on that line, with a gutter marker
  await expect(
    page
      .locator('.cm-line')
      .nth(lineNo - 1)
      .locator('.cm-lintRange-error'),
  ).toHaveCount(1);
  await expect(page.locator('.cm-lint-marker-error')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screens/editor-inline-error.png' });
  // the diagram still shows the last good run
  await expect(page.getByTestId('step-counter')).toContainText(`5 / ${before}`);
  await expect(page.getByTestId('edit-status')).toContainText(/last good run/);

  await page.reload();
  await expect(page.getByTestId('step-counter')).toContainText(/\d+ \/ \d+/);
  await page.getByTestId('edit-open').click();
  await openFile(page, 'ChildSender.c');
  await expect(page.locator('.cm-line', { hasText: 'fclose(fp) +;' })).toHaveCount(1);

  await page.getByTestId('edit-reset').click();
  await expect(page.locator('.cm-line', { hasText: 'fclose(fp) +;' })).toHaveCount(0);
  await expect(page.getByTestId('compile-errors')).toHaveCount(0);
  await page.reload();
  await page.getByTestId('edit-open').click();
  await openFile(page, 'ChildSender.c');
  await expect(page.locator('.cm-line', { hasText: 'fclose(fp);' })).toHaveCount(1);
});

test('an edited program that runs is still there after a reload', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('handle-inheritance');
  await page.getByTestId('edit-open').click();
  await openFile(page, 'ParentSender.c');
  await replaceLine(page, 'sa.bInheritHandle = TRUE;', 'sa.bInheritHandle = FALSE;');
  await page.getByTestId('edit-run').click();
  await expect(page.getByTestId('edit-status')).toContainText(/Compiled/);
  await page.reload();
  await expect(page.getByTestId('step-counter')).toContainText(/\d+ \/ \d+/);
  await lab.goTo(await lab.length());
  expect(await childConsole(lab)).toContain('inheritable handle: failed, error 6');
});

test('a malformed imported file is refused with a clear message', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('mailslot');
  await page.getByTestId('edit-open').click();
  await page.getByTestId('edit-import-json').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"something-else"}'),
  });
  await expect(page.getByTestId('notice')).toContainText('not a WinIPC Lab programs export');
});

test('axe finds no serious or critical violations with the editor and the export menu open', async ({
  page,
}) => {
  const lab = new Lab(page);
  await lab.open('handle-inheritance', 4);
  await page.getByTestId('edit-open').click();
  await expect(page.locator('.cm-editor')).toBeVisible();
  await page.getByTestId('export-open').click();
  await expect(page.getByTestId('export-menu')).toBeVisible();
  const result = await new AxeBuilder({ page }).include('#editor-panel').include('#export-menu').analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('"Undo reset" brings back every edited and added program after "Reset to original"', async ({
  page,
}) => {
  const lab = new Lab(page);
  await lab.open('handle-inheritance');
  await page.getByTestId('edit-open').click();
  await openFile(page, 'ParentSender.c');
  await replaceLine(page, 'sa.bInheritHandle = TRUE;', 'sa.bInheritHandle = FALSE;');
  await page.getByRole('textbox', { name: 'File name of the new program' }).fill('Extra.c');
  await page.getByRole('button', { name: 'Add program' }).click();
  await page.getByTestId('edit-run').click();
  await expect(page.getByTestId('edit-status')).toContainText(/Compiled/);

  await page.getByTestId('edit-reset').click();
  await expect(page.getByTestId('edit-status')).toContainText('Undo reset brings yours back');
  await expect(page.getByTestId('edit-file-Extra.c')).toHaveCount(0);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/screens/editor-undo-reset.png' });
  const undo = page.getByTestId('edit-undo-reset');
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('edit-status')).toContainText('Your programs are back');
  await expect(undo).toHaveCount(0);
  await expect(page.getByTestId('edit-reset')).toBeFocused();
  await expect(page.getByTestId('edit-file-Extra.c')).toHaveCount(1);
  await openFile(page, 'ParentSender.c');
  await expect(page.locator('.cm-line', { hasText: 'sa.bInheritHandle = FALSE;' })).toHaveCount(1);
  // the restored programs are the ones that run, and they are kept across a reload
  await page.reload();
  await expect(page.getByTestId('step-counter')).toContainText(/\d+ \/ [1-9]/);
  await lab.goTo(await lab.length());
  expect(await childConsole(lab)).toContain('inheritable handle: failed, error 6');
});

test('"Undo reset" is offered only until the next edit', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('handle-inheritance');
  await page.getByTestId('edit-open').click();
  await openFile(page, 'ParentSender.c');
  await replaceLine(page, 'sa.bInheritHandle = TRUE;', 'sa.bInheritHandle = FALSE;');
  await page.getByTestId('edit-reset').click();
  await expect(page.getByTestId('edit-undo-reset')).toBeVisible();
  await openFile(page, 'ParentSender.c');
  await page.locator('.cm-content').click();
  await page.keyboard.type(' ');
  await expect(page.getByTestId('edit-undo-reset')).toHaveCount(0);
});

test('a scenario reopened with a saved edit says so, and goes back to the original undoably', async ({
  page,
}) => {
  const lab = new Lab(page);
  await lab.open('handle-inheritance');
  await expect(page.getByTestId('edited-note')).toBeEmpty();
  await page.getByTestId('edit-open').click();
  await openFile(page, 'ParentSender.c');
  await replaceLine(page, 'sa.bInheritHandle = TRUE;', 'sa.bInheritHandle = FALSE;');
  await page.getByTestId('edit-run').click();
  await expect(page.getByTestId('edit-status')).toContainText(/Compiled/);
  await lab.open('handle-inheritance');
  const note = page.getByTestId('edited-note');
  await expect(note).toContainText('Your edited programs.');
  await page.screenshot({ path: 'test-results/screens/edited-note.png' });
  const button = page.getByTestId('edited-reset');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(note).toContainText('Undo reset brings yours back');
  await expect(page.getByRole('button', { name: 'Undo reset' })).toBeFocused();
  await lab.goTo(await lab.length());
  expect(await childConsole(lab)).toContain('inheritable handle: sent');
  await page.keyboard.press('Enter');
  await expect(note).toContainText('Your edited programs.');
  await lab.goTo(await lab.length());
  expect(await childConsole(lab)).toContain('inheritable handle: failed, error 6');
  expect(lab.errors).toEqual([]);
});

test('"Reset to original" with a what-if on goes back to the what-if’s programs, not to an edit', async ({
  page,
}) => {
  const lab = new Lab(page);
  await lab.open('pipe-parent-child', 0, '&whatif=keep-write-end');
  await page.getByTestId('edit-open').click();
  await openFile(page, 'PipeParent.c');
  await replaceLine(
    page,
    'parent: child exit code',
    '_tprintf(_T("parent: the child ended with code %u\\n"), exitCode);',
  );
  await page.getByTestId('edit-run').click();
  await expect(page.getByTestId('edit-status')).toContainText(/Compiled/);
  await page.getByTestId('edit-reset').click();
  await expect(page.getByTestId('edit-status')).toContainText('Undo reset brings yours back');
  // The run is the what-if's own (it deadlocks), not taken for the user's edit: the note offers
  // the undo, not "Your edited programs" with a Reset that would rebuild the same run.
  await expect(page.getByTestId('edited-undo')).toBeVisible();
  await expect(page.getByTestId('edited-reset')).toHaveCount(0);
  await expect(page).toHaveURL(/whatif=keep-write-end/);
  await lab.goTo(await lab.length());
  await expect(page.getByTestId('deadlock-banner')).toBeVisible();
  expect(lab.errors).toEqual([]);
});
