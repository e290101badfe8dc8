import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { holdCeremony } from '../../src/server/sealed/key-ceremony.ts';
import { shareText } from '../../src/server/sealed/share-codec.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { seedDefaultSurvey } from '../../src/server/survey-catalog.ts';
import { Backup } from '../../src/shared/backup-schema.ts';
import { LOGIN_PATH, SUMMARY_PATH } from '../../src/shared/results/results-paths.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { ADMIN_NAME, addTestAccount } from '../accounts.ts';
import {
  describeBrowser,
  launchKioskBrowser,
  startEndpoint,
  useServerAndBrowser,
} from './harness.ts';
import {
  QUICK_ROUNDS,
  readAnswers,
  readableAnswerWords,
  tapThroughWithRemark,
} from './kiosk-steps.ts';
import { dumpDatabase, openStaffPanel, welcome } from './staff-steps.ts';

const OFFICE = 'Bürgerbüro Lünen';
const WAVE = { name: 'Sommer 2026', from: '2026-06-18', to: '2026-07-14' };
/** The tablet's clock: a day of the (past) wave, so the server's today lies after its end. */
const TABLET_TIME = new Date('2026-06-24T10:30:00');
const HOLDERS = ['Leitung Bürgerbüro', 'Datenschutz', 'Personalrat'];
const PASSWORD = 'urnenoeffnung-2026';
const SURVEYS = 30;
const PIN = '2580';
const HOLD_MS = 600;

interface Urn {
  waveId: number;
  /** The holders' shares as printed on their sheets. */
  shares: string[];
}

/** Before the server starts: the office's period, the sealed wave, its ceremony, the login. */
async function prepareUrn(dbPath: string): Promise<Urn> {
  const store = openSqliteStore(dbPath);
  try {
    await store.setOfficeSurvey({
      office: OFFICE,
      surveyId: buergerbueroSurvey.id,
      surveyVersion: await seedDefaultSurvey(store),
      from: WAVE.from,
      to: WAVE.to,
    });
    const wave = await store.addWave({ surveyId: buergerbueroSurvey.id, ...WAVE, sealed: true });
    const ceremony = await holdCeremony(wave.id, { holders: HOLDERS, threshold: 2 });
    await store.setWaveKey(wave.id, {
      publicKey: Buffer.from(ceremony.publicKey).toString('base64url'),
      fingerprint: ceremony.fingerprint,
      holders: HOLDERS,
      threshold: 2,
    });
    await addTestAccount(store, PASSWORD);
    return { waveId: wave.id, shares: ceremony.shares.map((s) => shareText(s.lines)) };
  } finally {
    await store.close();
  }
}

/**
 * The whole sealed ballot box in one run: a kiosk taps a sealed wave's surveys offline,
 * nothing readable is on the tablet, in its backup or in the server's database file; the results
 * show only the count; the urn opens with two of three shares (not with one), once; its record is
 * right, a tampered envelope is counted invalid, and the opened answers are what was tapped.
 */
describeBrowser('the sealed ballot box, from the tablet to the opening', () => {
  let urn: Urn | undefined;
  const world = useServerAndBrowser(
    () =>
      startEndpoint(async (dbPath) => {
        urn = await prepareUrn(dbPath);
      }),
    launchKioskBrowser,
  );
  const prepared = (): Urn => {
    if (!urn) throw new Error('the endpoint prepares the urn first');
    return urn;
  };
  const readDb = <T>(read: (db: Database.Database) => T): T => {
    const db = new Database(world.server.dbPath, { fileMustExist: true });
    try {
      return read(db);
    } finally {
      db.close();
    }
  };
  const envelopes = () =>
    readDb((db) => db.prepare('SELECT enc, ct FROM envelopes').all()) as {
      enc: string;
      ct: string;
    }[];
  const storedRemarks = () =>
    readDb((db) =>
      (db.prepare('SELECT answers FROM answer_sets').all() as { answers: string }[]).map(
        (row) => (JSON.parse(row.answers) as { improve?: string }).improve,
      ),
    );

  const openPanel = (page: Page) => openStaffPanel(page, PIN, HOLD_MS);

  /** Submits the opening form with these shares; returns the page's status. */
  async function submitShares(page: Page, waveId: number, shares: string[]): Promise<number> {
    await page.goto(`${world.server.url}/results/urn/${waveId}`);
    const fields = page.locator('textarea[name="share"]');
    for (const [i, share] of shares.entries()) await fields.nth(i).fill(share);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Urne öffnen' }).click(),
    ]);
    await page.waitForLoadState();
    return response.status();
  }

  it('30 surveys tapped offline stay sealed until two of three holders open the urn', async () => {
    const { waveId, shares } = prepared();
    const token = await world.server.addKiosk(OFFICE);
    const page = world.browser.context.pages()[0] ?? (await world.browser.context.newPage());
    const fetched: string[] = [];
    page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
    await page.clock.setFixedTime(TABLET_TIME);
    await page.goto(
      `${world.server.url}/?thankYouMs=500&confirmMs=0&minSurveyMs=0&cooldownMs=0&longPressMs=${HOLD_MS}&${QUICK_ROUNDS}&token=${encodeURIComponent(token)}`,
    );
    await welcome(page);
    // The wave's key comes with the configuration of the kiosk's first round.
    await openPanel(page);
    await expect
      .poll(() => page.locator('[data-status="urn"] dd').textContent(), { timeout: 15_000 })
      .toMatch(/^versiegelt · Schlüssel /);
    await page.getByRole('button', { name: 'Schließen' }).click();
    // Once the key is there the kiosk fetches the sealing code when idle (App.tsx). This page
    // is the tablet's very first load, which the service worker does not control until a
    // reload, so cutting the network before that fetch (seen once under CI load) would leave
    // Send unable to seal: a tablet that had been running for more than a moment has it.
    await expect
      .poll(() => fetched.some((path) => path.startsWith('/assets/envelope-')))
      .toBe(true);

    // Offline: the tablet keeps every answer, sealed.
    await world.browser.context.setOffline(true);
    const remarks = Array.from({ length: SURVEYS }, (_, i) => `Urnentest-${i}-Zq9`);
    for (const remark of remarks) {
      await tapThroughWithRemark(page, remark);
      await page.locator('.welcome').waitFor();
    }
    // The answers' and batches' records (not the settings: they hold the survey's definition, so
    // its ids, by right).
    const onTablet =
      JSON.stringify((await readAnswers(page)).values) + (await dumpDatabase(page, ['batches']));
    for (const word of readableAnswerWords(remarks)) expect(onTablet).not.toContain(word);

    await openPanel(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Sicherung exportieren' }).click(),
    ]);
    const backupText = await readFile((await download.path()) as string, 'utf8');
    const backup = Backup.parse(JSON.parse(backupText));
    expect(backup.batches.reduce((n, b) => n + b.answerSets.length, 0)).toBe(SURVEYS);
    for (const word of readableAnswerWords(remarks)) expect(backupText).not.toContain(word);
    await page.getByRole('button', { name: 'Schließen' }).click();

    // Online again: the rounds deliver every envelope into the urn, and nothing readable.
    await world.browser.context.setOffline(false);
    await expect.poll(() => envelopes().length, { timeout: 30_000 }).toBe(SURVEYS);
    expect(storedRemarks()).toEqual([]);
    const bytes = ['', '-wal']
      .map((suffix) => {
        try {
          return readFileSync(`${world.server.dbPath}${suffix}`).toString('latin1');
        } catch {
          return '';
        }
      })
      .join('');
    // The right files were read: the envelopes themselves are there, in clear base64url.
    expect(bytes).toContain(envelopes()[0]?.enc);
    for (const remark of remarks) expect(bytes).not.toContain(remark);

    // The evaluators see only how many answers the urn holds.
    const summary = await page.evaluate(
      async ({ login, summaryPath, name, password, wave }) => {
        const auth = await fetch(login, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ name, password }),
        });
        if (!auth.ok) throw new Error(`login: ${auth.status}`);
        const res = await fetch(`${summaryPath}?wave=${wave}&flagged=include`);
        return res.json();
      },
      {
        login: LOGIN_PATH,
        summaryPath: SUMMARY_PATH,
        name: ADMIN_NAME,
        password: PASSWORD,
        wave: waveId,
      },
    );
    expect(summary.urn.total).toBe(SURVEYS);
    expect(JSON.stringify(summary)).not.toContain('Urnentest');
    expect(summary.questions ?? []).toEqual([]);

    // Someone with the database file changes one byte of one envelope before the opening.
    const before = envelopes();
    const [victim] = before;
    if (!victim) throw new Error('no envelope');
    const flipped = victim.ct.startsWith('A') ? `B${victim.ct.slice(1)}` : `A${victim.ct.slice(1)}`;
    // By its enc: rowids are 63-bit keys (day and random bits), beyond a JS number's precision.
    const changed = readDb(
      (db) =>
        db.prepare('UPDATE envelopes SET ct = ? WHERE enc = ?').run(flipped, victim.enc).changes,
    );
    expect(changed).toBe(1);
    const received = envelopes();
    const expectedHash = createHash('sha256')
      .update(
        received
          .map((e) => `${e.enc}.${e.ct}`)
          .sort()
          .join('\n'),
      )
      .digest('hex');

    // One share is not enough: a sentence, and the urn stays as it was.
    expect(await submitShares(page, waveId, [shares[0] ?? ''])).toBe(400);
    await page.getByRole('alert').waitFor();
    expect(envelopes()).toHaveLength(SURVEYS);
    expect(storedRemarks()).toEqual([]);

    // Two of three open it: the record's figures, then the answers as tapped, minus the tampered.
    expect(await submitShares(page, waveId, [shares[2] ?? '', shares[0] ?? ''])).toBe(200);
    const record = (await page.locator('body').textContent())?.replace(/\s+/g, ' ') ?? '';
    expect(record).toContain('Niederschrift über die Öffnung der Urne');
    expect(record).toMatch(/envelopes received ?30(?!\d)/);
    expect(record).toMatch(/Gültig \/ valid ?29(?!\d)/);
    expect(record).toMatch(/Ungültig \/ invalid ?1(?!\d)/);
    expect(record).toMatch(/Doppelt \/ duplicates ?0(?!\d)/);
    expect(record.replace(/ /g, '')).toContain(expectedHash);
    expect(record).toContain('Leitung Bürgerbüro');
    expect(record).toContain('Personalrat');
    expect(envelopes()).toEqual([]);
    const opened = storedRemarks();
    expect(opened).toHaveLength(SURVEYS - 1);
    expect(new Set(opened).size).toBe(SURVEYS - 1);
    for (const remark of opened) expect(remarks).toContain(remark);

    // The results now show the opened answers (asked from the results page: the record's own
    // page allows no requests at all).
    await page.goto(`${world.server.url}/results`);
    const after = await page.evaluate(
      async ({ summaryPath, wave }) => (await fetch(`${summaryPath}?wave=${wave}`)).json(),
      { summaryPath: SUMMARY_PATH, wave: waveId },
    );
    expect(after.urn).toBeUndefined();
    expect(after.n).toBe(SURVEYS - 1);

    // A second opening is refused, and changes nothing.
    const again = await page.evaluate(
      async ({ path, shares }) => {
        const body = new URLSearchParams();
        for (const share of shares) body.append('share', share);
        return (await fetch(path, { method: 'POST', body })).status;
      },
      { path: `/results/urn/${waveId}`, shares: [shares[1] ?? '', shares[2] ?? ''] },
    );
    expect(again).toBe(409);
    expect(storedRemarks()).toHaveLength(SURVEYS - 1);
    // 30 citizens of 14 screens each (the welcome's face, "Weiter", 12 questions), tapped by a
    // driver on a shared machine: more than the default two minutes, as sync-kiosk's 20.
  }, 240_000);
});
