import { existsSync, mkdirSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHROMIUM_PATH, launchBrowser, serveDistCopy } from '../browser/harness.ts';
import { describeWebKit, useWebKit } from './harness.ts';
import {
  checkForUpdate,
  controlled,
  mark,
  readMark,
  serviceWorkerReady,
  waitingWorker,
} from './in-page.ts';
import type { KioskPage } from './kiosk-page.ts';
import {
  installVoices,
  type Layout,
  layoutDifferences,
  listVoices,
  type ScreenDriver,
  type Tolerance,
  walkScreens,
} from './screens.ts';

/**
 * Longer than update-idle.test.ts's 3 s: each WebDriver step is a round trip, and the checks that
 * nothing happened yet must come before the welcome screen has rested this long.
 */
const UPDATE_IDLE_MS = 5_000;
/** Where the screenshots go: docs/screenshots with URNE_UPDATE_SCREENSHOTS=1, else a temporary folder. */
const SHOTS =
  process.env.URNE_UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : join(tmpdir(), 'urne-engines');
/**
 * Measured on Debian 12 (WebKitGTK 2.50, Chromium 156): the same lines come out up to 14 px apart
 * in width (a centred paragraph's box), and edges down the screen within 2 px.
 */
const TOLERANCE: Tolerance = { across: 16, down: 4 };

function webkitDriver(page: KioskPage): ScreenDriver {
  return {
    goto: (url) => page.goto(url),
    click: (selector, index = 0) => page.tapNth(selector, index),
    run: (fn, ...args) => page.run(fn, ...args),
    screenshot: () => page.session.screenshot(),
  };
}

function chromiumDriver(page: Page): ScreenDriver {
  return {
    goto: (url) => page.goto(url),
    click: (selector, index = 0) => page.locator(selector).nth(index).click(),
    run: (fn, ...args) => page.evaluate(`(${fn.toString()})(...${JSON.stringify(args)})`),
    screenshot: () => page.screenshot(),
  };
}

describeWebKit('WebKit: app updates and the screens next to Chromium', () => {
  const webkit = useWebKit();
  let server: Awaited<ReturnType<typeof serveDistCopy>>;
  beforeAll(async () => {
    server = await serveDistCopy();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('an update found mid-survey waits, and is applied only once the welcome screen is idle', async () => {
    const { page } = webkit;
    await page.goto(`${server.url}?updateIdleMs=${UPDATE_IDLE_MS}&confirmMs=0&thankYouMs=500`);
    expect(await page.run(serviceWorkerReady, 20_000)).toBe(true);
    await page.reload();
    expect(await page.run(controlled)).toBe(true);
    await page.welcome();
    await page.run(mark, 'first load');

    // A citizen is mid-survey when a new version is deployed and found.
    await page.startSurvey();
    await page.answer('Reisepass');
    await appendFile(join(server.dir, 'sw.js'), '\n// next version\n');
    await page.run(checkForUpdate);
    await expect.poll(() => page.run(waitingWorker), { timeout: 20_000 }).toBe('installed');
    // Untouched for longer than the idle time, but mid-survey: nothing happens.
    await new Promise((resolve) => setTimeout(resolve, UPDATE_IDLE_MS + 2_000));
    expect(await page.run(readMark)).toBe('first load');
    expect(await page.run(waitingWorker)).toBe('installed');
    expect(await page.text('.progress__text')).toMatch(/^Frage 2 von/);

    // Back on the welcome screen, once it has rested untouched, the update reloads the page.
    await page.tapButton('Zurück');
    await page.tapButton('Zurück');
    await page.tapButton('Nein, danke');
    await page.welcome();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await page.run(readMark)).toBe('first load');
    // Mid-reload the driver may refuse a script: that counts as "the mark is gone" too.
    await expect.poll(() => page.run(readMark).catch(() => null), { timeout: 15_000 }).toBeNull();
    await page.welcome();
    expect(await page.run(waitingWorker)).toBe('none');
    // WebKit difference (harmless, the app never reads it): a page loaded while its new worker
    // was activating keeps that ServiceWorker object at 'activating' (no statechange comes);
    // Chromium reports 'activated'. The next load sees the activated worker.
    expect(await page.run(() => navigator.serviceWorker.controller?.state)).toMatch(/^activat/);
    await page.reload();
    expect(await page.run(() => navigator.serviceWorker.controller?.state)).toBe('activated');
  });

  // Without Chromium on a developer machine there is nothing to compare with (in CI the
  // Chromium harness already fails the run).
  it.skipIf(!existsSync(CHROMIUM_PATH))(
    'welcome, a scale question and the thank-you look the same as in Chromium, in German and Arabic',
    async () => {
      mkdirSync(SHOTS, { recursive: true });
      let chromium: Browser | undefined;
      try {
        chromium = await launchBrowser();
        const context = await chromium.newContext({ viewport: { width: 768, height: 1024 } });
        await context.addInitScript(installVoices, await webkit.page.run(listVoices));
        const chromiumPage = await context.newPage();
        for (const lang of ['de', 'ar'] as const) {
          const inWebKit = await walkScreens(
            webkitDriver(webkit.page),
            server.url,
            lang,
            SHOTS,
            'webkit',
          );
          const inChromium = await walkScreens(
            chromiumDriver(chromiumPage),
            server.url,
            lang,
            SHOTS,
            'chromium',
          );
          for (const screen of ['welcome', 'scale', 'thanks'] as const) {
            const differences = layoutDifferences(
              inWebKit[screen] as Layout,
              inChromium[screen] as Layout,
              TOLERANCE,
            );
            expect(differences, `${lang} ${screen}: WebKit vs Chromium`).toEqual([]);
          }
        }
      } finally {
        await chromium?.close();
      }
    },
  );
});
