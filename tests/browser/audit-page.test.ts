import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recordAudit } from '../../src/server/auth/audit.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { ADMIN_NAME, addTestAccount } from '../accounts.ts';
import { OFFICE } from '../server/fixtures.ts';
import { axeViolations } from './a11y-steps.ts';
import {
  DIST_DIR,
  describeBrowser,
  type Endpoint,
  launchBrowser,
  startEndpoint,
} from './harness.ts';
import { PASSWORD, seedResults } from './results-seed.ts';

/** Where the README's screenshots go when URNE_UPDATE_SCREENSHOTS=1; otherwise a temporary folder. */
const SHOTS = process.env.URNE_UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : tmpdir();
const EVALUATOR = 'Frau Meier';

/**
 * The audit trail in the browser (issue 13, point 6): a print of the results page is recorded
 * with its filter, an admin reaches the trail from the toolbar and reads it there (axe-clean),
 * an evaluator finds no link and is refused the page.
 */
describeBrowser('the audit trail in the browser', () => {
  let waveId: number;
  let server: Endpoint;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startEndpoint(async (dbPath) => {
      ({ waveId } = await seedResults(dbPath));
      const store = openSqliteStore(dbPath);
      await addTestAccount(store, PASSWORD, {
        name: EVALUATOR,
        role: 'evaluator',
        offices: [OFFICE],
      });
      // What IT did before: so the page shows more than this test's own logins.
      await recordAudit(store, 'cli:it', 'wave-add', { wave: waveId, name: '2026' });
      await recordAudit(store, 'cli:it', 'kiosk-add', { kiosk: 1, office: OFFICE });
      await store.close();
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const logIn = async (name: string) => {
    // axe is injected as an inline script, which the pages' Content-Security-Policy rightly
    // refuses: the test's browser lets it in (the route test checks the policy).
    context = await browser.newContext({
      locale: 'de-DE',
      viewport: { width: 1280, height: 800 },
      bypassCSP: true,
    });
    page = await context.newPage();
    await page.goto(`${server.url}/results?wave=${waveId}`);
    await page.fill('input[name=name]', name);
    await page.fill('input[name=password]', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-results-ready]');
  };

  it('a print of the results page is recorded, and an admin reads it on the trail page', async () => {
    await logIn(ADMIN_NAME);
    await page.screenshot({ path: join(SHOTS, 'results-admin-toolbar.png') });
    // Printing to PDF is a print as Chromium runs it: the page's beforeprint handler fires.
    await page.pdf();
    await page.getByRole('link', { name: 'Protokoll' }).click();
    await page.waitForSelector('h1');
    expect(page.url()).toBe(`${server.url}/results/audit`);
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.first().textContent()).toContain('Bericht gedruckt');
    expect(await rows.first().textContent()).toContain(`Welle ${waveId}`);
    const body = await page.textContent('body');
    for (const words of ['Anmeldung', 'Welle angelegt', 'Kiosk hinzugefügt', 'cli:it']) {
      expect(body).toContain(words);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'audit-trail.png'), fullPage: true });
    await context.close();
  });

  it('the "seit" filter keeps the page axe-clean, also when it says a date is wrong', async () => {
    await logIn(ADMIN_NAME);
    await page.goto(`${server.url}/results/audit?since=2020-02-30`);
    await expect.poll(() => page.textContent('[role=alert]')).toContain('ist kein Datum');
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('input[name=since]', '2099-01-01');
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await expect
      .poll(() => page.textContent('main'))
      .toContain('Keine Einträge seit dem 01.01.2099');
    await context.close();
  });

  it('an evaluator sees no link to the trail, and the page refuses it', async () => {
    await logIn(EVALUATOR);
    expect(await page.getByRole('link', { name: 'Protokoll' }).count()).toBe(0);
    const res = await page.goto(`${server.url}/results/audit`);
    expect(res?.status()).toBe(403);
    expect(await page.textContent('h1')).toBe('Nicht freigegeben');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('npm run report leaves one entry, under the command, though it prints through the page', async () => {
    const reports = async () => {
      const store = openSqliteStore(server.dbPath);
      try {
        return (await store.listAudit()).filter((e) => e.action === 'report');
      } finally {
        await store.close();
      }
    };
    const before = (await reports()).length;
    const dir = await mkdtemp(join(tmpdir(), 'urne-audit-report-'));
    try {
      await promisify(execFile)(
        'npm',
        ['run', '--silent', 'report', '--', '--wave', String(waveId)].concat([
          '--out',
          join(dir, 'bericht.pdf'),
          '--db',
          server.dbPath,
        ]),
        { env: { ...process.env, URNE_DIST: DIST_DIR }, timeout: 100_000 },
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const added = (await reports()).slice(before);
    expect(added.map((e) => [e.actor, e.detail])).toEqual([
      [`cli:${userInfo().username} (als ${ADMIN_NAME})`, { wave: waveId }],
    ]);
  });
});
