import { expect, test, type Page } from '@playwright/test';
import { Lab } from './fixtures/lab.ts';

const toolbarHeight = async (page: Page) => (await page.locator('.toolbar').boundingBox())?.height ?? NaN;

/** Opens the editor, makes anonymous_pipe.c read a character nobody typed, runs it and closes
 *  the editor: at its end the run waits for console input. */
async function runWaitingForInput(page: Page, lang: 'en' | 'ko') {
  const lab = new Lab(page);
  await lab.open('anonymous-pipe', 0, `&lang=${lang}`);
  await page.getByTestId('edit-open').click();
  const line = page.locator('.cm-line', { hasText: 'CloseHandle(hReadPipe);' });
  await expect(line).toHaveCount(1);
  await line.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('getchar(); CloseHandle(hReadPipe);');
  await page.getByTestId('edit-run').click();
  await expect(page.getByTestId('edit-status')).toContainText(
    lang === 'en' ? /Compiled/ : '컴파일되었습니다',
  );
  await page.getByTestId('edit-open').click();
  await page.getByTestId('run-to-end').click();
}

const STATES = {
  en: {
    paused: 'Paused',
    playing: 'Playing',
    waitingForInput: 'Waiting for console input',
    finished: 'Finished',
    deadlocked: 'Deadlocked',
  },
  ko: {
    paused: '일시정지',
    playing: '재생 중',
    waitingForInput: '콘솔 입력 대기',
    finished: '종료',
    deadlocked: '교착 상태',
  },
} as const;

for (const lang of ['en', 'ko'] as const) {
  test(`no play state changes the toolbar's height at 1280×720 (${lang})`, async ({ page }) => {
    const words = STATES[lang];
    const state = page.getByTestId('play-state');
    const heights: Record<string, number> = {};
    const measure = async (name: keyof typeof words) => {
      await expect(state).toHaveAttribute('title', words[name]);
      await expect(state).toContainText(words[name]);
      heights[name] = await toolbarHeight(page);
    };

    const lab = new Lab(page);
    await lab.open('mailslot', 0, `&lang=${lang}`);
    await measure('paused');
    const counter = page.getByTestId('step-counter');
    const counterWidth = (await counter.boundingBox())?.width;
    await page.getByTestId('play').click();
    await measure('playing');
    await page.getByTestId('play').click();
    await page.getByTestId('run-to-end').click();
    await measure('finished');
    // the step counter keeps its width as the step gains a digit (the tools after it stay put)
    expect((await counter.boundingBox())?.width).toBe(counterWidth);

    await lab.open('pipe-parent-child', 0, `&lang=${lang}&whatif=keep-write-end`);
    await page.getByTestId('run-to-end').click();
    await measure('deadlocked');

    await runWaitingForInput(page, lang);
    await measure('waitingForInput');
    // the full phrase is what a screen reader hears; the box shows it whole or in a short form
    await expect(state).toHaveAttribute('aria-live', 'polite');

    expect(heights.paused).toBeLessThan(50);
    for (const [name, height] of Object.entries(heights)) expect(height, name).toBe(heights.paused);
    await page.screenshot({ path: `test-results/screens/toolbar-waiting-${lang}.png` });
  });
}

test('every shortcut description in the help overlay starts at the same place', async ({ page }) => {
  const lab = new Lab(page);
  await lab.open('anonymous-pipe', 0, '&lang=en');
  await page.keyboard.press('?');
  await expect(page.getByTestId('help')).toBeVisible();
  const starts = await page
    .locator('.help dd')
    .evaluateAll((dds) => dds.map((dd) => Math.round(dd.getBoundingClientRect().left)));
  expect(starts.length).toBeGreaterThan(10);
  expect(new Set(starts).size).toBe(1);
  await page.screenshot({ path: 'test-results/screens/help-overlay.png' });
});

test('a compile error keeps the underscores of its file name and its bullet on its first line', async ({
  page,
}) => {
  const lab = new Lab(page);
  await lab.open('anonymous-pipe', 0, '&lang=en');
  await page.getByTestId('edit-open').click();
  const line = page.locator('.cm-line', { hasText: 'CloseHandle(hReadPipe);' });
  await line.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('CloseHandle(hReadPipe) +; undefined_thing_with_a_long_name_here = 3;');
  await page.getByTestId('edit-run').click();
  const errors = page.getByTestId('compile-errors');
  await expect(errors.getByRole('button')).toHaveCount(2);
  for (const button of await errors.getByRole('button').all()) {
    await expect(button).toContainText('anonymous_pipe.c');
    const style = await button.evaluate((b) => {
      const s = getComputedStyle(b);
      const li = b.closest('li')?.getBoundingClientRect();
      return {
        offset: s.textUnderlineOffset,
        skipInk: s.textDecorationSkipInk,
        // a list marker sits on an inline-block's last line but on a block's first line
        display: s.display,
        gap: (li ? b.getBoundingClientRect().top - li.top : NaN) || 0,
      };
    });
    expect(style.offset).not.toBe('auto');
    expect(style.skipInk).toBe('none');
    expect(style.display).toBe('block');
    expect(Math.abs(style.gap)).toBeLessThan(1);
  }
  await errors.screenshot({ path: 'test-results/screens/compile-errors.png' });
});
