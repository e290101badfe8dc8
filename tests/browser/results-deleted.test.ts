import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runRetention } from '../../src/server/retention/run-retention.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { ADMIN_NAME } from '../accounts.ts';
import { describeBrowser, type Endpoint, launchBrowser, startEndpoint } from './harness.ts';
import { PASSWORD, seedResults, seedSealedWave } from './results-seed.ts';

/** Where the README's screenshots go when URNE_UPDATE_SCREENSHOTS=1; otherwise a temporary folder. */
const SHOTS = process.env.URNE_UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : tmpdir();

describeBrowser('results page after the deletion schedule (real endpoint, real Chromium)', () => {
  const ids: Record<string, number> = {};
  let server: Endpoint;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startEndpoint(async (dbPath: string) => {
      await seedResults(dbPath);
      await seedSealedWave(dbPath);
      const store = openSqliteStore(dbPath);
      try {
        for (const w of await store.listWaves()) ids[w.name] = w.id;
        // 1 August 2026: the 2025 wave is 12 months past its end, the sealed 2024 one more;
        // the 2026 wave has just ended and keeps everything.
        await runRetention(store, { actor: 'system', now: new Date('2026-08-01T12:00:00') });
      } finally {
        await store.close();
      }
    });
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(`${server.url}/results?wave=${ids['2025']}`);
    await page.fill('input[name=name]', ADMIN_NAME);
    await page.fill('input[name=password]', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-results-ready]');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('says which data of a wave no longer exists, and still shows its figures', async () => {
    expect(await page.locator('.report-header .deleted').textContent()).toBe(
      'Die einzelnen Antworten dieser Welle wurden am 01.08.2026 gelöscht (Löschfrist 12 Monate nach Ende der Welle); die Zahlen bleiben. Ein Export ist nicht mehr möglich.',
    );
    expect(await page.locator('section.question div.chart').count()).toBeGreaterThan(5);
    expect(await page.locator('.deleted-texts').textContent()).toBe(
      'Die Freitexte dieser Welle wurden am 01.08.2026 gelöscht (Löschfrist 3 Monate nach Ende der Welle).',
    );
    expect(await page.locator('.texts li').count()).toBe(0);
    // The export would answer 410: no links to it.
    expect(await page.locator('.toolbar a[download]').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'results-deleted.png') });
    await page
      .locator('.texts-section')
      .screenshot({ path: join(SHOTS, 'results-deleted-texts.png') });
  });

  it('keeps texts and export of a wave whose periods have not ended', async () => {
    await page.goto(`${server.url}/results?wave=${ids['2026']}`);
    await page.waitForSelector('[data-results-ready]');
    expect(await page.locator('.deleted, .deleted-texts').count()).toBe(0);
    expect(await page.locator('.texts li').count()).toBeGreaterThan(0);
    expect(await page.locator('.toolbar a[download]').count()).toBe(4);
  });

  it('says that a sealed wave’s urn was destroyed unopened', async () => {
    await page.goto(`${server.url}/results?wave=${ids['2024']}`);
    await page.waitForSelector('[data-results-ready]');
    expect(await page.locator('.urn').textContent()).toContain(
      'Die Urne dieser Welle wurde nie geöffnet und am 01.08.2026 ungeöffnet vernichtet',
    );
    expect(await page.locator('.urn-total').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'results-urn-destroyed.png') });
  });
});
