import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, type KioskBrowser, launchKioskBrowser, serveDist } from './harness.ts';

describeBrowser('harness', () => {
  let browser: KioskBrowser;
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchKioskBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('serves the built app to real Chromium', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await expect.poll(() => page.locator('#app').textContent()).toContain('Urne');
  });
});
