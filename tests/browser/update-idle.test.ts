import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, launchKioskBrowser, serveDistCopy } from './harness.ts';
import { answer, startSurvey } from './kiosk-steps.ts';
import { welcome } from './staff-steps.ts';

const UPDATE_IDLE_MS = 3_000;

/** The mark set on this very document; a reload (the update) removes it. Mid-navigation counts as gone. */
function mark(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.documentElement.dataset.mark).catch(() => undefined);
}

function waitingState(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return registration?.waiting?.state ?? 'none';
  });
}

describeBrowser('app updates never interrupt a citizen', () => {
  it('an update found mid-survey waits, and is applied only once the welcome screen is idle', async () => {
    const server = await serveDistCopy();
    const browser = await launchKioskBrowser();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}?updateIdleMs=${UPDATE_IDLE_MS}&thankYouMs=500`);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.reload();
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await welcome(page);
      await page.evaluate(() => {
        document.documentElement.dataset.mark = 'first load';
      });

      // A citizen is mid-survey when a new version is deployed and found.
      await startSurvey(page);
      await answer(page, 'Reisepass');
      await appendFile(join(server.dir, 'sw.js'), '\n// next version\n');
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      await expect.poll(() => waitingState(page), { timeout: 20_000 }).toBe('installed');
      // Untouched for longer than the idle time, but mid-survey: nothing happens.
      await page.waitForTimeout(UPDATE_IDLE_MS + 2_000);
      expect(await mark(page)).toBe('first load');
      expect(await waitingState(page)).toBe('installed');
      expect(await page.locator('.progress__text').textContent()).toMatch(/^Frage 2 von/);

      // Back to the welcome screen (back to the offer of more, "Nein, danke", the thank-you):
      // not at once (someone may be about to start)…
      await page.getByRole('button', { name: 'Zurück' }).click();
      await page.getByRole('button', { name: 'Zurück' }).click();
      await page.getByRole('button', { name: 'Nein, danke' }).click();
      await welcome(page);
      await page.waitForTimeout(1_000);
      expect(await mark(page)).toBe('first load');
      // …but once it has rested there untouched, the new version takes over with a reload.
      await expect.poll(() => mark(page), { timeout: 15_000 }).toBeUndefined();
      await welcome(page);
      expect(await waitingState(page)).toBe('none');
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe(
        'activated',
      );
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
