import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, launchKioskBrowser, serveDist, useServerAndBrowser } from './harness.ts';
import { readAnswers } from './kiosk-steps.ts';

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
});

/** Taps the first answer on every screen until the free-text question shows. */
async function tapToFreeText(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Umfrage starten' }).click();
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
