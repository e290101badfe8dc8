import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEnrollment } from '../../src/server/enrollment.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import {
  describeBrowser,
  type Endpoint,
  type KioskBrowser,
  launchBrowser,
  launchKioskBrowser,
  startEndpoint,
} from './harness.ts';
import { QUICK_ROUNDS, tapThroughWithRemark } from './kiosk-steps.ts';
import { enterPin, longPressCorner, welcome } from './staff-steps.ts';

const OFFICE = 'Bürgerbüro Brambauer';
/** A second link for the same tablet: re-registering a kiosk that already has a PIN. */
const OFFICE_2 = 'Bürgerbüro Altlünen';
const PIN = '2468';
const HOLD_MS = 600;
const DAY_MS = 86_400_000;

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
 * from the address bar, asks at once for a PIN, and a survey tapped through
 * arrives under the office the link was made for. A used or expired link is
 * refused on screen in one plain sentence.
 */
describeBrowser('provisioning a tablet by link', () => {
  let server: Endpoint;
  let kiosk: KioskBrowser;
  let second: Browser;
  let link: string;
  let link2: string;
  let expiredLink: string;
  beforeAll(async () => {
    server = await startEndpoint();
    // What `npm run kiosk -- enroll` does, on a second connection to the same database file.
    const admin = openSqliteStore(server.dbPath);
    try {
      const baseUrl = server.url;
      link = (await createEnrollment(admin, { office: OFFICE, baseUrl })).link;
      link2 = (await createEnrollment(admin, { office: OFFICE_2, baseUrl })).link;
      // Made 8 days ago with the default 7 days' validity: expired yesterday.
      const now = new Date(Date.now() - 8 * DAY_MS);
      expiredLink = (await createEnrollment(admin, { office: 'Bürgerbüro Alt', baseUrl, now }))
        .link;
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
  });

  const officeRows = () => {
    const db = new Database(server.dbPath, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT office, answers FROM answer_sets').all() as {
        office: string;
        answers: string;
      }[];
    } finally {
      db.close();
    }
  };

  /** Opens `link` in a fresh browser profile (no token, no PIN), with page errors collected. */
  async function freshPage(target: string) {
    const context = await second.newContext({ locale: 'de-DE', hasTouch: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const url = new URL(target);
    url.searchParams.set('longPressMs', String(HOLD_MS));
    await page.goto(url.href);
    return { context, page, errors };
  }

  it('the link enrolls the kiosk, leaves the address bar, asks for a PIN, and answers arrive under its office', async () => {
    const page = kiosk.context.pages()[0] ?? (await kiosk.context.newPage());
    const url = new URL(link);
    url.searchParams.set('thankYouMs', '500');
    url.searchParams.set('confirmMs', '0');
    url.searchParams.set('longPressMs', String(HOLD_MS));
    // Quick rounds: the survey below reaches the server within a second.
    for (const [key, value] of new URLSearchParams(QUICK_ROUNDS)) url.searchParams.set(key, value);
    await page.goto(url.href);
    // Straight to choosing the PIN: nobody has to know about the hidden corner yet.
    await page.getByRole('heading', { name: 'Neue PIN festlegen' }).waitFor();
    await expect
      .poll(() => page.url())
      .toBe(`${server.url}/?thankYouMs=500&confirmMs=0&longPressMs=${HOLD_MS}&${QUICK_ROUNDS}`);

    const settings = await readSettings(page);
    expect(settings).toMatchObject({
      office: OFFICE,
      endpoint: server.url,
      needsPin: true,
      enrollProblem: null,
      configuration: { office: OFFICE },
    });
    expect(String(settings.token)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(settings)).not.toContain(url.searchParams.get('enroll'));

    await enterPin(page, PIN);
    await enterPin(page, PIN);
    await page.getByRole('heading', { name: 'Personalbereich' }).waitFor();
    expect(await readSettings(page)).toMatchObject({ needsPin: false });
    await page.getByRole('button', { name: 'Schließen' }).click();

    await tapThroughWithRemark(page, 'provisioned-1');
    await expect.poll(officeRows, { timeout: 30_000 }).toHaveLength(1);
    expect(officeRows()[0]?.office).toBe(OFFICE);
    expect(JSON.parse(officeRows()[0]?.answers ?? '{}')).toMatchObject({
      improve: 'provisioned-1',
    });
  }, 120_000);

  it('a new link on a kiosk that has a PIN: "Eingerichtet für …", and the PIN stays', async () => {
    const page = kiosk.context.pages()[0] ?? (await kiosk.context.newPage());
    const url = new URL(link2);
    url.searchParams.set('longPressMs', String(HOLD_MS));
    await page.goto(url.href);
    const notice = page.locator('[data-notice="ok"]');
    await notice.getByRole('heading', { name: `Eingerichtet für ${OFFICE_2}` }).waitFor();
    expect(await notice.textContent()).toContain('Die bisherige PIN');
    const settings = await readSettings(page);
    expect(settings).toMatchObject({ office: OFFICE_2, needsPin: false });

    await page.getByRole('button', { name: 'OK', exact: true }).click();
    await welcome(page);
    // Not "choose a PIN" for whoever holds the corner next: the old PIN opens the panel.
    await longPressCorner(page, HOLD_MS);
    await page.getByRole('heading', { name: 'PIN eingeben' }).waitFor();
    await enterPin(page, PIN);
    await page.getByRole('heading', { name: 'Personalbereich' }).waitFor();
  }, 60_000);

  it('the same link again (fresh browser) is refused on screen in plain words, in the panel too, no token', async () => {
    const { context, page, errors } = await freshPage(link);
    const notice = page.locator('[data-notice="refused"]');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('alert');
    const used =
      'Dieser Einrichtungslink wurde schon benutzt. Jeder Link funktioniert nur einmal; bitte bei der IT einen neuen anfordern.';
    expect(await notice.locator('p').textContent()).toBe(used);
    await expect.poll(() => page.url()).toBe(`${server.url}/?longPressMs=${HOLD_MS}`);
    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => notice.locator('p').textContent())
      .toBe(
        'This provisioning link was already used. Each link works once; please ask IT for a new one.',
      );
    await page.getByRole('button', { name: 'OK', exact: true }).click();
    await welcome(page);

    const settings = await readSettings(page);
    expect(settings.token).toBeUndefined();
    expect(settings.needsPin).toBeUndefined();
    expect(settings.enrollProblem).toEqual({ code: 'used' });

    // The panel's "Set-up" line says the same, in the panel's language.
    await longPressCorner(page, HOLD_MS);
    await page.getByRole('heading', { name: 'Neue PIN festlegen' }).waitFor();
    await enterPin(page, PIN);
    await enterPin(page, PIN);
    const line = page.locator('[data-status="enroll"] dd');
    await expect.poll(() => line.textContent()).toBe(used);
    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => line.textContent())
      .toMatch(/^This provisioning link was already used\./);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('an expired link is refused on screen with its own sentence', async () => {
    const { context, page, errors } = await freshPage(expiredLink);
    const notice = page.locator('[data-notice="refused"]');
    await notice.waitFor();
    expect(await notice.locator('p').textContent()).toBe(
      'Dieser Einrichtungslink ist abgelaufen. Bitte bei der IT einen neuen anfordern.',
    );
    expect((await readSettings(page)).token).toBeUndefined();
    await page.getByRole('button', { name: 'OK', exact: true }).click();
    await welcome(page);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
