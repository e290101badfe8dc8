import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADMIN_NAME } from '../accounts.ts';
import { axeViolations } from './a11y-steps.ts';
import { describeBrowser, type Endpoint, launchBrowser, startEndpoint } from './harness.ts';
import { PASSWORD, SMALL_OFFICES, seedResults } from './results-seed.ts';

/** Where the README's screenshots go when URNE_UPDATE_SCREENSHOTS=1; otherwise a temporary folder. */
const SHOTS = process.env.URNE_UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : tmpdir();
const LANDSCAPE = { width: 1280, height: 800 };
const PORTRAIT = { width: 768, height: 1024 };

/**
 * axe-core (WCAG 2.2 A and AA, as on the kiosk) on the results page an evaluator uses: the login
 * form (empty and with its error), the filters, the full results of a wave, a selection that is
 * suppressed, the merged "andere Standorte", each in both orientations, the print layout and
 * the accessibility statement.
 */
describeBrowser('accessibility: axe on the results page', () => {
  let waveId: number;
  let server: Endpoint;
  let browser: Browser;
  let page: Page;
  const found: Record<string, string[]> = {};

  const check = async (name: string, exclude: string[] = []) => {
    const violations = await axeViolations(page, exclude);
    if (violations.length > 0) found[name] = violations;
  };
  const open = async (query: string) => {
    await page.goto(`${server.url}/results?wave=${waveId}${query}`);
    await page.waitForSelector('[data-results-ready]');
  };

  beforeAll(async () => {
    server = await startEndpoint(async (dbPath) => {
      ({ waveId } = await seedResults(dbPath));
    });
    browser = await launchBrowser();
    // axe is injected as an inline script, which the page's Content-Security-Policy rightly
    // refuses: the test's browser lets it in (security-headers.test.ts checks the policy).
    const context = await browser.newContext({
      locale: 'de-DE',
      viewport: LANDSCAPE,
      bypassCSP: true,
    });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the login form, empty and after a wrong password', async () => {
    await page.goto(`${server.url}/results`);
    await page.locator('input[name=password]').waitFor();
    await check('login');
    await page.fill('input[name=name]', ADMIN_NAME);
    await page.fill('input[name=password]', 'not the password');
    await page.click('button[type=submit]');
    await page.waitForSelector('.login .error');
    await check('login with error');
    await page.fill('input[name=password]', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-results-ready]');
    expect(found).toEqual({});
  });

  it('filters and full results, landscape and portrait', async () => {
    for (const viewport of [LANDSCAPE, PORTRAIT]) {
      await page.setViewportSize(viewport);
      const size = `${viewport.width}×${viewport.height}`;
      await open('');
      await check(`results ${size}`);
      // The README's picture (landscape) and its portrait twin, the first screen as it opens.
      const name = viewport === LANDSCAPE ? 'results.png' : 'results-portrait.png';
      await page.screenshot({ path: join(SHOTS, name) });
      // The toolbar with focus on a control: the focus ring must keep its contrast too.
      await page.locator('.toolbar select').first().focus();
      await check(`toolbar focused ${size}`);
    }
    expect(found).toEqual({});
  });

  it('a suppressed selection and the merged "andere Standorte"', async () => {
    for (const viewport of [LANDSCAPE, PORTRAIT]) {
      await page.setViewportSize(viewport);
      const size = `${viewport.width}×${viewport.height}`;
      await open(`&office=${encodeURIComponent('andere Standorte')}`);
      expect(await page.locator('.n-total').textContent()).toMatch(/n = 6/);
      await check(`andere Standorte ${size}`);
      await open(`&office=${encodeURIComponent(SMALL_OFFICES[0] ?? '')}`);
      await page.locator('.suppressed').waitFor();
      await check(`suppressed ${size}`);
      // A reason with its flagged answers: the selection's other sentences.
      await open('&flagged=include');
      await check(`flagged included ${size}`);
    }
    expect(found).toEqual({});
  });

  it('the accessibility statement, linked from the results page and public', async () => {
    await page.setViewportSize(LANDSCAPE);
    await open('');
    await page.getByRole('link', { name: 'Erklärung zur Barrierefreiheit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' }).waitFor();
    for (const viewport of [LANDSCAPE, PORTRAIT]) {
      await page.setViewportSize(viewport);
      await check(`statement ${viewport.width}×${viewport.height}`);
    }
    await page.screenshot({ path: join(tmpdir(), 'results-statement.png'), fullPage: true });
    // Without a login, from a fresh browser: the link is on the login form too.
    const stranger = await browser.newPage();
    await stranger.goto(`${server.url}/results`);
    await stranger.getByRole('link', { name: 'Erklärung zur Barrierefreiheit' }).click();
    await stranger.getByRole('heading', { name: 'Feedback und Kontaktangaben' }).waitFor();
    await stranger.close();
    expect(found).toEqual({});
  });

  it('the print layout', async () => {
    await page.setViewportSize(LANDSCAPE);
    await page.emulateMedia({ media: 'print' });
    try {
      // The report's overview chart draws its labels as SVG text, whose contrast axe cannot
      // measure (it reports every label as unmeasured). The chart is one image with a text
      // alternative naming every figure, its labels are black or #333 on white, outside the bars,
      // and the table after it holds the same figures as HTML, which axe checks.
      const chart = ['svg.overview-chart'];
      // Printed from the page, the results show the committee's layout too (use-print-layout.ts).
      await open('');
      await page.locator('.committee').waitFor();
      await check('print', chart);
      await open('&print=1');
      await check('print=1 (npm run report)', chart);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    expect(found).toEqual({});
  });
});
