import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEnrollment } from '../../src/server/enrollment.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import {
  describeBrowser,
  type Endpoint,
  type KioskBrowser,
  launchKioskBrowser,
  startEndpoint,
} from './harness.ts';
import { QUICK_ROUNDS } from './kiosk-steps.ts';
import {
  dumpDatabase,
  enterPin,
  longPressCorner,
  tapThroughSurvey,
  welcome,
} from './staff-steps.ts';

const OFFICE = 'Bürgerbüro Horstmar';
const HOLD_MS = 600;
const PIN = '48213';
/** What enrollment and a failed attempt may change; the rest (sync times, PIN lock) moves on its own. */
const REGISTRATION = [
  'token',
  'endpoint',
  'office',
  'configuration',
  'enrollProblem',
  'needsPin',
  'pinHash',
];

/** The kiosk's settings straight from IndexedDB (via the raw dump), as an auditor would read them. */
async function readSettings(page: Page): Promise<Record<string, unknown>> {
  const stores = JSON.parse(await dumpDatabase(page)) as Record<string, [string[], unknown[]]>[];
  const [keys, values] = stores.find((s) => 'settings' in s)?.settings ?? [[], []];
  return Object.fromEntries(keys.map((key, i) => [key, values[i]]));
}

function pick(settings: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, settings[key]]));
}

/**
 * The iPad path of docs/install.md, step 2 "by hand": an installed app has no
 * address bar, so staff paste the provisioning link into the staff panel's
 * "Gerät einrichten" field. The built kiosk is served by the real endpoint;
 * answers must arrive in its SQLite file under the link's office.
 */
describeBrowser('setting up a tablet from the staff panel', () => {
  let server: Endpoint;
  let kiosk: KioskBrowser;
  let page: Page;
  let link: string;
  beforeAll(async () => {
    server = await startEndpoint();
    const admin = openSqliteStore(server.dbPath);
    try {
      link = (await createEnrollment(admin, { office: OFFICE, baseUrl: server.url })).link;
    } finally {
      await admin.close();
    }
    kiosk = await launchKioskBrowser();
    page = kiosk.context.pages()[0] ?? (await kiosk.context.newPage());
  });
  afterAll(async () => {
    await kiosk?.close();
    await server?.close();
  });

  const rows = () => {
    const db = new Database(server.dbPath, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT office FROM answer_sets').all() as { office: string }[];
    } finally {
      db.close();
    }
  };
  const field = () => page.getByRole('textbox', { name: 'Einrichtungslink oder Code' });
  const outcome = () => page.locator('[data-setup="outcome"]');

  it('a fresh kiosk: PIN, paste the link, "Einrichten" → set up for the office; answers arrive there', async () => {
    // Quick rounds: the survey at the end reaches the server within a second.
    await page.goto(
      `${server.url}/?longPressMs=${HOLD_MS}&thankYouMs=500&confirmMs=0&${QUICK_ROUNDS}`,
    );
    await welcome(page);
    await longPressCorner(page, HOLD_MS);
    await page.getByRole('heading', { name: 'Neue PIN festlegen' }).waitFor();
    await enterPin(page, PIN);
    await enterPin(page, PIN);
    // The set-up waits behind its own button, out of a clerk's way.
    await page.locator('summary', { hasText: 'Einrichtung (IT)' }).click();
    await page.getByRole('heading', { name: 'Gerät einrichten' }).waitFor();
    await page.getByText(/^Noch nicht eingerichtet:/).waitFor();
    const lastSync = () => page.locator('[data-status="last-sync"] dd').textContent();
    await expect.poll(lastSync).toContain('Dieses Gerät ist noch nicht eingerichtet');

    await field().fill(link);
    await page.getByRole('button', { name: 'Einrichten', exact: true }).click();
    await expect
      .poll(() => outcome().textContent(), { timeout: 20_000 })
      .toBe(
        `Eingerichtet für ${OFFICE}. Die Befragung dieses Büros startet, sobald Sie den Personalbereich schließen.`,
      );
    expect(await outcome().getAttribute('class')).not.toContain('staff__problem');
    expect(await field().inputValue()).toBe('');
    expect(await page.locator('[data-setup="current"]').textContent()).toContain(
      `Eingerichtet für ${OFFICE}.`,
    );

    // "Letzte Übertragung" said "not set up" before; the first round after set-up reached the
    // server (its configuration), which counts as a successful contact with nothing to send.
    await expect.poll(lastSync).toMatch(/^Erfolgreich am .*, seitdem ohne Probleme\.$/);

    const settings = await readSettings(page);
    expect(settings).toMatchObject({
      office: OFFICE,
      endpoint: server.url,
      enrollProblem: null,
      configuration: { office: OFFICE },
    });
    expect(String(settings.token)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Staff unlocked the panel with their PIN: enrollment must not open PIN choice to anyone.
    expect(settings.needsPin).not.toBe(true);
    expect(JSON.stringify(settings)).not.toContain(new URL(link).searchParams.get('enroll'));

    await page.getByRole('button', { name: 'Schließen' }).click();
    await welcome(page);
    await tapThroughSurvey(page);
    await expect.poll(rows, { timeout: 30_000 }).toHaveLength(1);
    expect(rows()).toEqual([{ office: OFFICE }]);
  }, 120_000);

  it('the used link pasted again is refused in plain words, and nothing changes', async () => {
    await welcome(page);
    await longPressCorner(page, HOLD_MS);
    // The PIN chosen before set-up still guards the panel (no new-PIN prompt).
    await page.getByRole('heading', { name: 'PIN eingeben' }).waitFor();
    await enterPin(page, PIN);
    // The set-up waits behind its own button, out of a clerk's way.
    await page.locator('summary', { hasText: 'Einrichtung (IT)' }).click();
    await page.getByRole('heading', { name: 'Gerät einrichten' }).waitFor();
    await page.getByText(`Eingerichtet für ${OFFICE}.`).waitFor();
    await expect
      .poll(() => page.locator('[data-status="last-sync"] dd').textContent())
      .toMatch(/^Erfolgreich am .*, seitdem ohne Probleme\.$/);
    const before = pick(await readSettings(page), REGISTRATION);

    await field().fill(link);
    await page.getByRole('button', { name: 'Einrichten', exact: true }).click();
    await expect
      .poll(() => outcome().textContent(), { timeout: 20_000 })
      .toBe(
        'Dieser Einrichtungslink wurde schon benutzt. Jeder Link funktioniert nur einmal; bitte bei der IT einen neuen anfordern.',
      );
    expect(await outcome().getAttribute('class')).toContain('staff__problem');
    expect(pick(await readSettings(page), REGISTRATION)).toEqual(before);

    // A link to another server is never redeemed there: refused as invalid, still nothing changed.
    await field().fill(link.replace(server.url, 'https://elsewhere.example'));
    await page.getByRole('button', { name: 'Einrichten', exact: true }).click();
    await expect
      .poll(() => outcome().textContent(), { timeout: 20_000 })
      .toMatch(/^Dieser Einrichtungslink ist ungültig\./);
    expect(pick(await readSettings(page), REGISTRATION)).toEqual(before);
    expect(rows()).toEqual([{ office: OFFICE }]);
  }, 60_000);
});
