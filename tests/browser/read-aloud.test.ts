import { expect, it } from 'vitest';
import { installSpeechStandIn, start, tapOption } from './a11y-steps.ts';
import { describeBrowser, launchBrowser, serveDist, useServerAndBrowser } from './harness.ts';

// Issue 16, point 5: someone who needs "Vorlesen" needs it on every screen. Chosen once, it reads
// each new question by itself, and the thank-you; the next citizen starts without it.
describeBrowser('read-aloud stays on', () => {
  const world = useServerAndBrowser(serveDist, launchBrowser);

  it('reads every question of a whole survey and the thank-you after one tap', async () => {
    const context = await world.browser.newContext({ locale: 'de-DE', hasTouch: true });
    await context.addInitScript(installSpeechStandIn);
    const page = await context.newPage();
    await page.goto(`${world.server.url}?confirmMs=0&thankYouMs=1500`);
    await start(page);
    await page.getByRole('button', { name: 'Vorlesen', exact: true }).click();
    const titles: string[] = [];
    for (;;) {
      titles.push((await page.locator('h1').textContent()) ?? '');
      if ((await page.locator('textarea').count()) > 0) break;
      await tapOption(page);
    }
    await page.locator('.button--send').click();
    await page.getByRole('heading', { name: 'Vielen Dank!' }).waitFor();
    await expect
      .poll(async () => (await page.evaluate(() => window.__speech.spoken)).at(-1)?.text)
      .toMatch(/^Vielen Dank! Ihre Antworten wurden gespeichert/);
    const spoken = await page.evaluate(() => window.__speech.spoken.map((s) => s.text));
    // Each question once, in order, as its screen appeared; then the thank-you.
    expect(spoken.slice(0, -1).map((text, i) => text.startsWith(titles[i] ?? '?'))).toEqual(
      titles.map(() => true),
    );
    expect(spoken).toHaveLength(titles.length + 1);

    // The next citizen: off again, nothing is read.
    await page.locator('.welcome').waitFor();
    await start(page);
    await page.getByRole('button', { name: 'Vorlesen', exact: true }).waitFor();
    await tapOption(page);
    expect(await page.evaluate(() => window.__speech.spoken.length)).toBe(titles.length + 1);
  });
});
