import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sampleAnswerSet, seededRandom } from '../../scripts/sample-answers.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { seedDefaultSurvey } from '../../src/server/survey-catalog.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { ADMIN_NAME, addTestAccount } from '../accounts.ts';
import { batchOf } from '../server/fixtures.ts';
import { axeViolations } from './a11y-steps.ts';
import { describeBrowser, type Endpoint, launchBrowser, startEndpoint } from './harness.ts';
import { PASSWORD, SMALL_OFFICES, seedResults } from './results-seed.ts';

/** Where the README's screenshots go when URNE_UPDATE_SCREENSHOTS=1; otherwise a temporary folder. */
const SHOTS = process.env.URNE_UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : tmpdir();
const LANDSCAPE = { width: 1280, height: 800 };
const PORTRAIT = { width: 768, height: 1024 };
const LUENEN = 'Bürgerbüro Lünen';
const BRAMBAUER = 'Bürgerbüro Brambauer';
const EVALUATOR = 'Frau Meier';

/** The results seed plus a second office by name (Brambauer, 90 answers in 2026) and an evaluator of both. */
async function seedTwoOffices(dbPath: string): Promise<{ waveId: number }> {
  const seeded = await seedResults(dbPath);
  const store = openSqliteStore(dbPath);
  try {
    const version = await seedDefaultSurvey(store);
    const random = seededRandom(44);
    const sets = Array.from({ length: 90 }, (_, i) => {
      const day = `2026-06-${String(18 + (i % 10)).padStart(2, '0')}`;
      const set = sampleAnswerSet(buergerbueroSurvey, version, BRAMBAUER, day, random);
      delete set.flagged;
      return set;
    });
    await store.saveBatch(batchOf(sets));
    await addTestAccount(store, PASSWORD, {
      name: EVALUATOR,
      role: 'evaluator',
      offices: [LUENEN, BRAMBAUER],
    });
    return seeded;
  } finally {
    await store.close();
  }
}

/**
 * "Standorte im Vergleich" on the results page: an admin sees every office by name and "andere
 * Standorte", an evaluator of two offices exactly those two; each column's n is that office's
 * own page's; the section passes axe at both widths and in print.
 */
describeBrowser('results page: offices side by side (real endpoint, real Chromium)', () => {
  let waveId: number;
  let server: Endpoint;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startEndpoint(async (dbPath) => {
      ({ waveId } = await seedTwoOffices(dbPath));
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh browser profile logged in as `name`; axe needs its inline script past the CSP. */
  async function loginAs(name: string): Promise<Page> {
    const context = await browser.newContext({
      locale: 'de-DE',
      viewport: LANDSCAPE,
      bypassCSP: true,
    });
    const p = await context.newPage();
    await p.goto(`${server.url}/results?wave=${waveId}`);
    await p.fill('input[name=name]', name);
    await p.fill('input[name=password]', PASSWORD);
    await p.click('button[type=submit]');
    await p.waitForSelector('[data-results-ready]');
    return p;
  }
  const section = (p: Page) => p.locator('section.offices-section');
  const columnHeads = async (p: Page) =>
    (await section(p).locator('thead th').allTextContents()).slice(1);

  it('shows an admin every office by name and "andere Standorte", never the few by name', async () => {
    page = await loginAs(ADMIN_NAME);
    await section(page).getByRole('heading', { name: 'Standorte im Vergleich' }).waitFor();
    const heads = await columnHeads(page);
    expect(heads.map((h) => h.replace(/ \(.*$/, ''))).toEqual([
      BRAMBAUER,
      LUENEN,
      'andere Standorte',
    ]);
    for (const small of SMALL_OFFICES)
      expect(await section(page).textContent()).not.toContain(small);
    // One row per scale and yes/partly/no question.
    const rated = buergerbueroSurvey.questions.filter(
      (q) => q.type === 'scale' || q.type === 'yesno',
    );
    expect(await section(page).locator('tbody tr').count()).toBe(rated.length);
  });

  it("gives each column the n of that office's own page", async () => {
    const heads = await columnHeads(page);
    for (const office of [LUENEN, BRAMBAUER, 'andere Standorte']) {
      const head = heads.find((h) => h.startsWith(office)) ?? '';
      await page.goto(`${server.url}/results?wave=${waveId}&office=${encodeURIComponent(office)}`);
      await page.waitForSelector('[data-results-ready]');
      const total = (await page.locator('.n-total strong').textContent()) ?? '';
      expect(head, office).toContain(`(${total})`);
    }
  });

  it('passes axe in landscape, portrait (the table scrolls in its own box) and print', async () => {
    const found: Record<string, string[]> = {};
    await page.goto(`${server.url}/results?wave=${waveId}`);
    await page.waitForSelector('[data-results-ready]');
    for (const viewport of [LANDSCAPE, PORTRAIT]) {
      await page.setViewportSize(viewport);
      const violations = await axeViolations(page);
      if (violations.length > 0) found[`${viewport.width}`] = violations;
      const name = viewport === LANDSCAPE ? 'results-offices.png' : 'results-offices-portrait.png';
      await section(page).screenshot({ path: join(SHOTS, name) });
    }
    // At 768 px the table may be wider than the page, never the page wider than the window.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await page.emulateMedia({ media: 'print' });
    try {
      // The committee layout's overview chart: axe cannot measure its SVG labels (results-a11y).
      const violations = await axeViolations(page, ['svg.overview-chart']);
      if (violations.length > 0) found.print = violations;
      // Printed, the page becomes the committee's report, which leaves the offices out.
      await page.locator('main.committee').waitFor();
      expect(await section(page).count()).toBe(0);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    // A reason filter: offices whose page shows nothing become columns that say so.
    await page.setViewportSize(PORTRAIT);
    await page.goto(`${server.url}/results?wave=${waveId}&group=address`);
    await page.waitForSelector('[data-results-ready]');
    await section(page).screenshot({ path: join(tmpdir(), 'results-offices-address.png') });
    expect(found).toEqual({});
  });

  it('shows an evaluator of two offices exactly those two, its own office marked', async () => {
    const evaluator = await loginAs(EVALUATOR);
    // The page opens on the account's first office; the comparison is there all the same.
    expect(await evaluator.locator('.report-header .subtitle').textContent()).toContain(BRAMBAUER);
    await section(evaluator).locator('table').waitFor();
    const heads = await columnHeads(evaluator);
    expect(heads.map((h) => h.replace(/ \(.*$/, ''))).toEqual([BRAMBAUER, LUENEN]);
    const text = (await section(evaluator).textContent()) ?? '';
    for (const other of ['andere Standorte', ...SMALL_OFFICES]) expect(text).not.toContain(other);
    const marked = section(evaluator).locator('thead th.offices__selected');
    expect(await marked.textContent()).toContain(BRAMBAUER);
    await section(evaluator).screenshot({ path: join(tmpdir(), 'results-offices-evaluator.png') });
    await evaluator.context().close();
  });
});
