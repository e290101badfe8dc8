import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sampleAnswerSet, seededRandom } from '../../scripts/sample-answers.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { seedDefaultSurvey } from '../../src/server/survey-catalog.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { addTestAccount } from '../accounts.ts';
import { batchOf } from '../server/fixtures.ts';
import { describeBrowser, type Endpoint, launchBrowser, startEndpoint } from './harness.ts';
import { PASSWORD, seedResults } from './results-seed.ts';

// Issue 13's proof in the browser: an evaluator of one office sees and exports that office only,
// through the page and through the API it calls; a viewer exports nothing; the audit trail holds
// what they did.
const SHOTS = process.env.URNE_UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : tmpdir();
const LUENEN = 'Bürgerbüro Lünen';
const BRAMBAUER = 'Bürgerbüro Brambauer';
const EVALUATOR = 'Frau Meier';
const VIEWER = 'Herr Schulz';

/** Brambauer's 80 answers in the 2026 wave beside the seed's Lünen. */
async function seedTwoOffices(dbPath: string): Promise<number> {
  const { waveId } = await seedResults(dbPath);
  const store = openSqliteStore(dbPath);
  try {
    const version = await seedDefaultSurvey(store);
    const random = seededRandom(13);
    const sets = Array.from({ length: 80 }, (_, i) =>
      sampleAnswerSet(buergerbueroSurvey, version, BRAMBAUER, `2026-06-${18 + (i % 12)}`, random),
    );
    await store.saveBatch(batchOf(sets));
    await addTestAccount(store, PASSWORD, {
      name: EVALUATOR,
      role: 'evaluator',
      offices: [LUENEN],
    });
    await addTestAccount(store, PASSWORD, { name: VIEWER, role: 'viewer', offices: [LUENEN] });
    return waveId;
  } finally {
    await store.close();
  }
}

describeBrowser('who sees what on the results page (real endpoint, real Chromium)', () => {
  let server: Endpoint;
  let browser: Browser;
  let waveId: number;

  beforeAll(async () => {
    server = await startEndpoint(async (dbPath) => {
      waveId = await seedTwoOffices(dbPath);
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function logIn(name: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'de-DE', acceptDownloads: true });
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/results`);
    await page.fill('input[name=name]', name);
    await page.fill('input[name=password]', PASSWORD);
    await page.screenshot({ path: join(SHOTS, 'results-login.png') });
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-results-ready]');
    return { context, page };
  }

  /** A GET from inside the page, with its session cookie, as a curious evaluator would send it. */
  const fetchStatus = (page: Page, path: string) =>
    page.evaluate(async (p) => (await fetch(p, { credentials: 'same-origin' })).status, path);

  it("an evaluator of Lünen sees and exports Lünen, and never Brambauer's figures", async () => {
    const { context, page } = await logIn(EVALUATOR);
    try {
      // The page opens on the account's office and offers neither the other office nor the whole wave.
      const offices = await page.locator('select').nth(1).locator('option').allTextContents();
      expect(offices).toEqual([LUENEN]);
      expect(await page.textContent('body')).not.toContain(BRAMBAUER);
      expect(await page.locator('.toolbar__who').textContent()).toContain(EVALUATOR);
      await page.screenshot({ path: join(SHOTS, 'results-evaluator.png'), fullPage: false });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('a:has-text("CSV (Excel, ;)")'),
      ]);
      const csv = await readFile((await download.path()) ?? '', 'utf8');
      expect(csv).toContain(LUENEN);
      expect(csv).not.toContain(BRAMBAUER);

      const q = (office?: string) =>
        `wave=${waveId}${office ? `&office=${encodeURIComponent(office)}` : ''}`;
      expect(await fetchStatus(page, `/api/v1/results/summary?${q(LUENEN)}`)).toBe(200);
      for (const path of [
        `/api/v1/results/summary?${q(BRAMBAUER)}`,
        `/api/v1/results/summary?${q()}`,
        `/api/v1/results/summary?${q('andere Standorte')}`,
        `/api/v1/results/export?${q(BRAMBAUER)}&format=csv`,
        `/api/v1/results/export?${q()}&format=json`,
      ]) {
        expect(await fetchStatus(page, path), path).toBe(403);
      }
      // And through the address bar: the page says why instead of showing figures.
      await page.goto(`${server.url}/results?${q(BRAMBAUER)}`);
      await page.waitForSelector('.error');
      expect(await page.textContent('.error')).toMatch(/nicht freigegeben/);
    } finally {
      await context.close();
    }
  });

  it('a viewer sees the page but is offered no export, and the API refuses one', async () => {
    const { context, page } = await logIn(VIEWER);
    try {
      expect(await page.locator('section.question').count()).toBeGreaterThan(5);
      expect(await page.locator('a:has-text("CSV")').count()).toBe(0);
      expect(await page.locator('button:has-text("Drucken")').count()).toBe(1);
      const path = `/api/v1/results/export?wave=${waveId}&office=${encodeURIComponent(LUENEN)}&format=csv`;
      expect(await fetchStatus(page, path)).toBe(403);
    } finally {
      await context.close();
    }
  });

  it('the audit trail holds those logins and the export, with its filters', async () => {
    const store = openSqliteStore(server.dbPath);
    try {
      const trail = (await store.listAudit()).map((e) => ({
        actor: e.actor,
        action: e.action,
        detail: e.detail,
      }));
      expect(trail).toEqual(
        expect.arrayContaining([
          { actor: EVALUATOR, action: 'login', detail: {} },
          {
            actor: EVALUATOR,
            action: 'export',
            detail: { wave: waveId, office: LUENEN, format: 'csv' },
          },
          { actor: VIEWER, action: 'login', detail: {} },
        ]),
      );
      // Refused exports are not exports: only the one that left the server is recorded.
      expect(trail.filter((e) => e.action === 'export')).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});
