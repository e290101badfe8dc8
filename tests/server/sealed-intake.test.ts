import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnrollment } from '../../src/server/enrollment.ts';
import { addDays } from '../../src/server/enrollment-configuration.ts';
import { IMPORT_PATH } from '../../src/server/routes/import.ts';
import { dayOf } from '../../src/shared/answer-schema.ts';
import {
  ENROLL_PATH,
  EnrollResponse,
  KIOSK_CONFIG_PATH,
} from '../../src/shared/enrollment-schema.ts';
import { KioskConfiguration } from '../../src/shared/kiosk-config-schema.ts';
import type { WaveSealingKey } from '../../src/shared/sealed/envelope.ts';
import {
  batchOf,
  expectRejected,
  OFFICE,
  openTestApp,
  postBatch,
  type TestApp,
} from './fixtures.ts';
import { answerSet, SURVEY } from './results-fixtures.ts';
import { sealedBatch, sealWave } from './sealed-fixtures.ts';

// The server's intake of a sealed wave, through the real route on a real SQLite file: envelopes
// sealed in Node as the kiosk seals them go into the urn unread, and whatever the urn cannot take
// is refused with a sentence, changing nothing (expectRejected).
const MARKER = 'Urnenprobe-7f3a';
const KIOSK_DAY_LIMIT = 12;
const today = dayOf(new Date());
const tomorrow = addDays(today, 1);
let t: TestApp;
let wave: number; // sealed, tomorrow to in six days; its ceremony is held in the first test
let keyless: number; // sealed, no ceremony yet
let open: number;
let key: WaveSealingKey;

const set = (day = tomorrow, improve = MARKER) => answerSet(t.version, day, { improve });
const rows = (sql: string) => t.sql<Record<string, number>>(sql);
const countEnvelopes = async () => (await rows('SELECT COUNT(*) AS n FROM envelopes'))[0]?.n;
/**
 * The database as a copy of its files would hold it: SQLite's main file and write-ahead log; on
 * PostgreSQL every table's rows.
 */
const fileBytes = async () =>
  t.kind === 'sqlite'
    ? [t.dbPath, `${t.dbPath}-wal`]
        .filter((f) => existsSync(f))
        .map((f) => readFileSync(f).toString('latin1'))
        .join('')
    : JSON.stringify(await t.dump());

beforeAll(async () => {
  t = await openTestApp({ stuffing: { setsPerKioskDay: KIOSK_DAY_LIMIT, identicalRun: 10 } });
  // The kiosk's first configuration fixes the office's period: today and 27 more days.
  await t.app.request(KIOSK_CONFIG_PATH, { headers: { Authorization: `Bearer ${t.token}` } });
  const add = async (name: string, from: string, to: string, sealed: boolean) =>
    (await t.store.addWave({ surveyId: SURVEY, name, from, to, sealed })).id;
  wave = await add('versiegelt', tomorrow, addDays(today, 6), true);
  keyless = await add('ohne Schlüssel', addDays(today, 10), addDays(today, 12), true);
  open = await add('offen', addDays(today, 14), addDays(today, 20), false);
});
afterAll(() => t.close());

describe('the configuration', () => {
  it('carries the urn on enrollment and in every round, and its key once the ceremony is held', async () => {
    const { code } = await createEnrollment(t.store, { office: OFFICE, baseUrl: 'http://x.test' });
    const enrolled = await t.app.request(ENROLL_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    const { token, configuration } = EnrollResponse.parse(await enrolled.json());
    expect(configuration.urn).toEqual({ wave, from: tomorrow, to: addDays(today, 6) });

    key = await sealWave(t.store, wave);
    const res = await t.app.request(KIOSK_CONFIG_PATH, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(KioskConfiguration.parse(await res.json()).urn).toEqual({
      wave,
      from: tomorrow,
      to: addDays(today, 6),
      key: {
        fingerprint: key.fingerprint,
        publicKey: Buffer.from(key.publicKey).toString('base64url'),
      },
    });
  });
});

describe('a sealed batch', () => {
  it('goes into the urn, and nothing readable of it into the database file', async () => {
    const batch = await sealedBatch([set(), set(), set()], key);
    const res = await postBatch(t, batch);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ batchId: batch.batchId, accepted: 3, duplicate: false });
    expect(await countEnvelopes()).toBe(3);
    expect(await t.countAnswerSets()).toBe(0);
    expect(await rows(`SELECT DISTINCT wave_id, office, day FROM envelopes`)).toEqual([
      { wave_id: wave, office: OFFICE, day: tomorrow },
    ]);
    const bytes = await fileBytes();
    for (const secret of [MARKER, '"overall":', '"reason":"passport"']) {
      expect(bytes).not.toContain(secret);
    }
    // The same search finds an open wave's answers, so it would have found these.
    expect((await postBatch(t, batchOf([set(today, 'Offene Probe')]))).status).toBe(201);
    expect(await fileBytes()).toContain('Offene Probe');
  });

  it('sent again is a duplicate; under its id with other content, 422', async () => {
    const batch = await sealedBatch([set()], key);
    expect((await postBatch(t, batch)).status).toBe(201);
    const again = await postBatch(t, batch);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ accepted: 1, duplicate: true });
    const resealed = { ...(await sealedBatch([set()], key)), batchId: batch.batchId };
    await expectRejected(t, postBatch(t, resealed), 422);
    expect(await countEnvelopes()).toBe(4);
  });

  it('beyond the kiosk day limit is stored flagged (identical runs cannot be seen in ciphertext)', async () => {
    const before = (await countEnvelopes()) ?? 0;
    const sets = Array.from({ length: KIOSK_DAY_LIMIT }, () => set());
    expect((await postBatch(t, await sealedBatch(sets, key))).status).toBe(201);
    const flagged = (await rows('SELECT COUNT(*) AS n FROM envelopes WHERE flagged = 1'))[0]?.n;
    // All of this kiosk's sets so far are tomorrow's: those past the limit are flagged.
    expect(flagged).toBe(before + sets.length - KIOSK_DAY_LIMIT);
  });
});

describe('a staff backup file with sealed batches', () => {
  it('is imported into the urn through the same checks (POST /api/v1/import); twice stores once', async () => {
    const batch = await sealedBatch([set(), set()], key);
    const body = JSON.stringify({
      format: 'urne-backup',
      formatVersion: 1,
      office: OFFICE,
      exportedDay: today,
      batches: [batch],
    });
    const post = () =>
      t.app.request(IMPORT_PATH, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${t.token}` },
        body,
      });
    const before = (await countEnvelopes()) ?? 0;
    expect(await (await post()).json()).toMatchObject({ storedAnswerSets: 2 });
    expect(await (await post()).json()).toMatchObject({ results: [{ status: 'duplicate' }] });
    expect(await countEnvelopes()).toBe(before + 2);
  });
});

describe('refused, nothing stored', () => {
  it.each([
    ['a wave that does not exist', () => ({ wave: 999 }), /no wave 999/],
    ['an open wave', () => ({ wave: open }), /is open, not sealed/],
    ['a sealed wave without a key', () => ({ wave: keyless }), /has no key yet/],
    ['another key', () => ({ fingerprint: '0123456789abcdef' }), /sealed to the key 0123/],
  ])('%s', async (_, change, why) => {
    const batch = await sealedBatch([set()], key);
    const changed = {
      ...batch,
      ...change(),
      answerSets: batch.answerSets.map((s) => ({ ...s, ...change() })),
    };
    const { body } = await expectRejected(t, postBatch(t, changed), 400);
    expect(body.error).toMatch(why);
    expect(body.error).toMatch(/Nothing was stored\.$/);
  });

  it('a wave of another survey', async () => {
    const other = await t.store.addWave({
      surveyId: 'andere_befragung',
      name: 'fremd',
      from: tomorrow,
      to: tomorrow,
      sealed: true,
    });
    const batch = await sealedBatch([set()], { ...key, wave: other.id });
    const { body } = await expectRejected(t, postBatch(t, batch), 400);
    expect(body.error).toMatch(/belongs to the survey "andere_befragung"/);
  });

  it.each([
    ['outside the wave', addDays(today, 8), /outside wave \d+ "versiegelt"/],
    ['not come yet (the usual day checks hold too)', addDays(today, 2), /has not come yet/],
  ])('a day %s', async (_, day, why) => {
    const batch = await sealedBatch([set(tomorrow), set(day)], key);
    const { body } = await expectRejected(t, postBatch(t, batch), 400);
    expect(body.details?.join(' ')).toMatch(why);
    expect(body.details?.[0]).toMatch(/^answerSets\[1\]/);
  });

  it('readable answer sets on a sealed wave’s days: the kiosk must encrypt', async () => {
    const { body } = await expectRejected(t, postBatch(t, batchOf([set(tomorrow)])), 400);
    expect(body.error).toMatch(/sealed wave.*encrypt.*update the kiosk/);
    expect(body.details).toEqual([
      `answerSets[0]: the day ${tomorrow} belongs to the sealed wave ${wave} "versiegelt"`,
    ]);
  });

  it('anything for a wave whose urn has been opened', async () => {
    await t.sql(
      `INSERT INTO urn_openings (wave_id, opened_at, holders, received, valid, invalid, duplicates,
       ciphertext_sha256) VALUES (?, '2026-01-01T00:00:00Z', '[]', 0, 0, 0, 0, '')`,
      [wave],
    );
    const batch = await sealedBatch([set()], key);
    const { body } = await expectRejected(t, postBatch(t, batch), 400);
    expect(body.error).toMatch(/has been opened; it takes no more answers/);
    await expectRejected(t, postBatch(t, batchOf([set(tomorrow)])), 400);
  });
});
