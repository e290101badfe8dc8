import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, launchKioskBrowser, serveDist, useServerAndBrowser } from './harness.ts';
import { readAnswers, startSurvey } from './kiosk-steps.ts';

// The shared schema refuses free text with control characters or bidi overrides (FORBIDDEN_TEXT);
// the kiosk strips them from the field as the citizen types or pastes, so what shows is what is
// stored, and the server never has a reason to refuse it.
describeBrowser('free-text input', () => {
  const world = useServerAndBrowser(serveDist, launchKioskBrowser);

  it('strips a typed or pasted bidi override, keeps the emoji and the caret, stores the cleaned text', async () => {
    const page = await world.browser.context.newPage();
    await page.goto(world.server.url);
    await tapToFreeText(page);
    const field = page.getByRole('textbox');
    await field.click();

    await page.keyboard.type('Licht bitte');
    // Typed at the end, the override leaves the cleaned text equal to the state: no render.
    await page.keyboard.type('\u202E');
    await expect.poll(() => field.inputValue()).toBe('Licht bitte');

    await page.keyboard.press('Home');
    await paste(page, '\u202EMehr 😀\u2066 ');
    await page.keyboard.type('und ');
    const expected = 'Mehr 😀 und Licht bitte';
    await expect.poll(() => field.inputValue()).toBe(expected);
    await page.getByText(`${expected.length} von 500 Zeichen`).waitFor();

    await page.getByRole('button', { name: 'Absenden' }).click();
    await page.getByRole('heading', { name: 'Vielen Dank!' }).waitFor();
    const { values } = await readAnswers(page);
    expect(values).toHaveLength(1);
    expect((values[0] as { answers: Record<string, unknown> }).answers.improve).toBe(expected);
  });

  // A tablet's on-screen keyboard shrinks the visual viewport to about 600 px in portrait and
  // 400 px in landscape; here the viewport shrinks the same way (issue 16: at the largest size
  // in landscape the field once disappeared, and the title shrank to 18 px).
  it('with the keyboard up, title, field and counter stay in view at every size, in both orientations', async () => {
    const page = await world.browser.context.newPage();
    await page.goto(`${world.server.url}?confirmMs=0`);
    await tapToFreeText(page);
    const problems: string[] = [];
    for (const [full, keyboard] of [
      [
        { width: 768, height: 1024 },
        { width: 768, height: 600 },
      ],
      [
        { width: 1280, height: 800 },
        { width: 1280, height: 400 },
      ],
    ] as const) {
      for (const size of ['normal', 'large', 'xlarge']) {
        await page.setViewportSize(full);
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.locator(`.text-size__option--${size}`).click();
        const titleBefore = await fontSize(page, '.question__title');
        await page.setViewportSize(keyboard);
        await page.locator('textarea').focus();
        await page.keyboard.type('Mehr Sitzplätze');
        const where = `${keyboard.width}×${keyboard.height} ${size}`;
        for (const problem of await outOfView(page)) problems.push(`${where}: ${problem}`);
        if ((await fontSize(page, '.question__title')) !== titleBefore) {
          problems.push(`${where}: the title changed size with the keyboard`);
        }
        await page.locator('textarea').fill('');
      }
    }
    expect(problems).toEqual([]);
  });
});

/** Taps the first answer on every screen until the free-text question shows. */
async function tapToFreeText(page: Page): Promise<void> {
  await startSurvey(page);
  for (let step = 0; step < 20; step++) {
    await page.locator('.question__body').waitFor();
    if ((await page.locator('.question__body textarea').count()) > 0) return;
    const title = await page.locator('#question-title').textContent();
    await page.locator('.question__body [role="radio"]').first().click({ force: true });
    await expect.poll(() => page.locator('#question-title').textContent()).not.toBe(title);
  }
  throw new Error('The survey never reached its free-text question');
}

/** Pastes like a citizen: the text goes to the clipboard, then Ctrl+V into the focused field. */
async function paste(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}

function fontSize(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
}

/** Title, field (at least two lines of it) and counter not wholly on screen, by name. */
function outOfView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const body = document.querySelector('.question__body')?.getBoundingClientRect();
    if (!body) return ['no question'];
    const screen = { top: 0, bottom: window.innerHeight };
    const out: string[] = [];
    for (const [name, selector] of [
      ['title', '.question__title'],
      ['field', 'textarea'],
      ['counter', '.text-answer__counter'],
    ]) {
      const el = document.querySelector(selector as string);
      const r = el?.getBoundingClientRect();
      const inside = (box: { top: number; bottom: number }) =>
        r !== undefined && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
      if (!r || !inside(screen) || !inside(body)) out.push(`the ${name} is not wholly in view`);
    }
    const field = document.querySelector('textarea');
    if (field) {
      const line = Number.parseFloat(getComputedStyle(field).lineHeight) || 0;
      if (field.clientHeight < 2 * line) out.push(`the field is ${field.clientHeight} px high`);
    }
    return out;
  });
}
