import { expect, it } from 'vitest';
import { start, tapOption } from './a11y-steps.ts';
import { describeBrowser, launchBrowser, serveDist, useServerAndBrowser } from './harness.ts';

// Lighthouse stopped with NO_FCP while the first screen faded in from opacity 0: Chromium records
// no first contentful paint for it. With motion allowed (no reduced-motion emulation), the first
// screen must paint at once and the later ones still fade.
describeBrowser('first contentful paint', () => {
  const world = useServerAndBrowser(serveDist, launchBrowser);

  it('the first screen paints at once and gets an FCP entry; the next screen and question fade in', async () => {
    const context = await world.browser.newContext({ viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto(world.server.url);
    await page.locator('.welcome').waitFor();
    // The computed style, not getAnimations(): a finished fade is no longer listed there.
    const animation = (selector: string) =>
      page.evaluate((s) => {
        const main = document.querySelector(s);
        return main ? getComputedStyle(main).animationName : 'no screen';
      }, selector);
    expect(await animation('.welcome')).toBe('none');
    await expect
      .poll(() =>
        page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length),
      )
      .toBe(1);
    await start(page);
    expect(await animation('.question')).toBe('enter');
    expect(await animation('.question__body')).toBe('none');
    // From question to question the screen stays; the new question's body fades in.
    await tapOption(page);
    expect(await animation('.question__body')).toBe('enter');
    // The body stays too: each further question starts the fade again under the other of two
    // equal animations (an unchanged name would not run it again).
    await tapOption(page);
    expect(await animation('.question__body')).toBe('enter-again');
    await tapOption(page);
    expect(await animation('.question__body')).toBe('enter');
  });
});
