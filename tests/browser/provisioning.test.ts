import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEnrollment } from '../../src/server/enrollment.ts';
import { type RunningServer, startServer } from '../../src/server/node.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import {
  DIST_DIR,
  describeBrowser,
  type KioskBrowser,
  launchBrowser,
  launchKioskBrowser,
} from './harness.ts';
import { tapThroughWithRemark } from './kiosk-steps.ts';

const OFFICE = 'Bürgerbüro Brambauer';

/** Reads the kiosk's settings straight from IndexedDB, as an auditor would. */
function readSettings(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open('urne');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('settings', 'readonly');
          const keys = tx.objectStore('settings').getAllKeys();
          const values = tx.objectStore('settings').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve(Object.fromEntries(keys.result.map((k, i) => [String(k), values.result[i]])));
          };
        };
      }),
  );
}

/**
 * Issue 4's provisioning path end to end: IT creates a one-time link, the
 * built kiosk served by the real endpoint opens it, enrolls, drops the code
 * from the address bar, and a survey tapped through arrives under the office
 * the link was made for. The same link in a fresh browser is refused.
 */
describeBrowser('provisioning a tablet by link', () => {
  let dir: string;
  let dbPath: string;
  let server: RunningServer;
  let kiosk: KioskBrowser;
  let second: Browser;
  let link: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'urne-provisioning-'));
    dbPath = join(dir, 'urne.db');
    server = await startServer({ dbPath, distDir: DIST_DIR });
    // What `npm run kiosk -- enroll` does, on a second connection to the same database file.
    const admin = openSqliteStore(dbPath);
    try {
      const created = await createEnrollment(admin, { office: OFFICE, baseUrl: server.url });
      link = created.link;
    } finally {
      await admin.close();
    }
    kiosk = await launchKioskBrowser();
    second = await launchBrowser();
  });
  afterAll(async () => {
    await kiosk?.close();
    await second?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const officeRows = () => {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT office, answers FROM answer_sets').all() as {
        office: string;
        answers: string;
      }[];
    } finally {
      db.close();
    }
  };

  it('the link enrolls the kiosk, leaves the address bar, and answers arrive under its office', async () => {
    const page = kiosk.context.pages()[0] ?? (await kiosk.context.newPage());
    const url = new URL(link);
    url.searchParams.set('thankYouMs', '500');
    url.searchParams.set('confirmMs', '0');
    await page.goto(url.href);
    await page.getByRole('button', { name: 'Umfrage starten' }).waitFor();
    await expect.poll(() => page.url()).toBe(`${server.url}/?thankYouMs=500&confirmMs=0`);

    const settings = await readSettings(page);
    expect(settings).toMatchObject({
      office: OFFICE,
      endpoint: server.url,
      needsPin: true,
      enrollProblem: '',
      configuration: { office: OFFICE },
    });
    expect(String(settings.token)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(settings)).not.toContain(url.searchParams.get('enroll'));

    await tapThroughWithRemark(page, 'provisioned-1');
    await expect.poll(officeRows, { timeout: 30_000 }).toHaveLength(1);
    expect(officeRows()[0]?.office).toBe(OFFICE);
    expect(JSON.parse(officeRows()[0]?.answers ?? '{}')).toMatchObject({
      improve: 'provisioned-1',
    });
  }, 120_000);

  it('the same link again (fresh browser) is refused: no token, a clear message, no crash', async () => {
    const context = await second.newContext({ locale: 'de-DE', hasTouch: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(link);
    await page.getByRole('button', { name: 'Umfrage starten' }).waitFor();
    await expect.poll(() => page.url()).toBe(`${server.url}/`);
    const settings = await readSettings(page);
    expect(settings.token).toBeUndefined();
    expect(settings.needsPin).toBeUndefined();
    expect(settings.enrollProblem).toMatch(/Einrichtungslink wurde schon benutzt/);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
