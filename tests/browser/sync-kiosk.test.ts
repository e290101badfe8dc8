import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { LANGUAGE_ANSWER_ID } from '../../src/shared/survey-schema.ts';
import {
  describeBrowser,
  launchKioskBrowser,
  startEndpoint,
  useServerAndBrowser,
} from './harness.ts';
import { tapThroughWithRemark } from './kiosk-steps.ts';
import { ALLOWED_COLUMNS, answerSetColumns, OFFICE, storedLabels } from './sync-fixture/world.ts';

const SURVEYS = 20;

/** Answer sets still on the tablet, read straight from IndexedDB (the kiosk bundle keeps its store private). */
function onTablet(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('urne');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['answers', 'batches'], 'readonly');
          const loose = tx.objectStore('answers').count();
          const sealed = tx.objectStore('batches').getAll();
          tx.oncomplete = () => {
            const inBatches = (sealed.result as { batch: { answerSets: unknown[] } }[]).reduce(
              (sum, b) => sum + b.batch.answerSets.length,
              0,
            );
            db.close();
            resolve(loose.result + inBatches);
          };
        };
      }),
  );
}

/**
 * Issue 3's browser test: the built kiosk served by the real endpoint,
 * provisioned by link; the network is cut, 20 surveys are tapped through, the
 * network comes back, and all 20 arrive on the server without a reload.
 */
describeBrowser('the kiosk syncs what was answered offline', () => {
  const world = useServerAndBrowser(startEndpoint, launchKioskBrowser);

  const readDb = <T>(read: (db: Database.Database) => T): T => {
    const db = new Database(world.server.dbPath, { readonly: true, fileMustExist: true });
    try {
      return read(db);
    } finally {
      db.close();
    }
  };

  it('20 surveys tapped offline all arrive once the network is back', async () => {
    const token = await world.server.addKiosk(OFFICE);
    const page = world.browser.context.pages()[0] ?? (await world.browser.context.newPage());
    await page.goto(
      `${world.server.url}/?thankYouMs=500&confirmMs=0&token=${encodeURIComponent(token)}`,
    );
    await page.locator('.welcome').waitFor();
    // The provisioning link is taken into the settings and leaves the address bar.
    await expect.poll(() => page.url()).toBe(`${world.server.url}/?thankYouMs=500&confirmMs=0`);
    // The first load is online until the service worker has cached the app, as on a real tablet.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));

    await world.browser.context.setOffline(true);
    const remarks = Array.from(
      { length: SURVEYS },
      (_, i) => `kiosk-${String(i + 1).padStart(2, '0')}`,
    );
    for (const remark of remarks) {
      await tapThroughWithRemark(page, remark);
      // The thank-you returns to the welcome screen by itself (?thankYouMs=500; ?confirmMs=0
      // skips the pause after each answer).
      await page.locator('.welcome').waitFor();
    }
    expect(await onTablet(page)).toBe(SURVEYS);
    expect(readDb(storedLabels)).toEqual([]);

    await world.browser.context.setOffline(false);
    await expect.poll(() => readDb(storedLabels).length, { timeout: 30_000 }).toBe(SURVEYS);
    expect(readDb(storedLabels).sort()).toEqual(remarks);
    await expect.poll(() => onTablet(page)).toBe(0);

    // Rows carry the answer-set fields and nothing else: no time, no device, no address.
    expect(readDb(answerSetColumns)).toEqual(ALLOWED_COLUMNS);
    const questionIds = new Set(buergerbueroSurvey.questions.map((q) => q.id));
    const rows = readDb((db) => db.prepare('SELECT * FROM answer_sets').all()) as Record<
      string,
      unknown
    >[];
    for (const row of rows) {
      expect(row).toMatchObject({ survey_id: buergerbueroSurvey.id, office: OFFICE });
      expect(row.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // Question ids, plus the language the survey was answered in (recordLanguage).
      for (const key of Object.keys(JSON.parse(String(row.answers)))) {
        expect(questionIds.has(key) || key === LANGUAGE_ANSWER_ID, key).toBe(true);
      }
    }
  }, 240_000);

  it('a finished survey is not sent by itself: it waits for the next round', async () => {
    const page = world.browser.context.pages()[0] ?? (await world.browser.context.newPage());
    const api: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/api/')) api.push(path);
    });
    // The token is stored since the first test; the default interval (10–30 minutes) stays.
    const startRound = page.waitForResponse((r) => r.url().includes('/kiosk/configuration'));
    await page.goto(`${world.server.url}/?thankYouMs=500&confirmMs=0`);
    await startRound;
    await page.locator('.welcome').waitFor();
    api.length = 0; // The start round's configuration request is behind us.
    await tapThroughWithRemark(page, 'kiosk-waits');
    await page.locator('.welcome').waitFor();
    expect(await onTablet(page)).toBe(1);
    // Longer than the 2 s after which a survey used to be sent: still nothing left the tablet.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(api).toEqual([]);
    expect(readDb(storedLabels)).not.toContain('kiosk-waits');

    // A round (here: the network comes back) takes it, with its configuration request first.
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => readDb(storedLabels)).toContain('kiosk-waits');
    // Polled: the browser reports its requests to the test asynchronously, and the stored row can
    // be seen before the report of the request that brought it has arrived.
    await expect.poll(() => api).toEqual(['/api/v1/kiosk/configuration', '/api/v1/batches']);
    // The server commits before it answers, so the tablet lets go of the batch a moment later.
    await expect.poll(() => onTablet(page)).toBe(0);
  }, 60_000);
});
