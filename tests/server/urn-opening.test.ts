import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openUrn } from '../../src/server/sealed/open-urn.ts';
import { UrnError, type UrnProblem } from '../../src/server/sealed/urn-problems.ts';
import type { AnswerSet } from '../../src/shared/answer-schema.ts';
import { fromBase64Url, sealAnswerSet, toBase64Url } from '../../src/shared/sealed/envelope.ts';
import type { SealedAnswerSet } from '../../src/shared/sealed/sealed-schema.ts';
import { canonicalJson } from '../../src/shared/survey/survey-version.ts';
import { OFFICE, openTestApp, type TestApp } from './fixtures.ts';
import {
  AFTER_END,
  distinctSets,
  HOLDERS,
  insertEnvelopes,
  putEnvelopes,
  type SealedTestWave,
  sealedWave,
  WAVE,
} from './urn-fixtures.ts';

let t: TestApp;
let wave: SealedTestWave;

beforeEach(async () => {
  t = await openTestApp();
  wave = await sealedWave(t.store);
});
afterEach(() => t.close());

/** Runs a refused opening: a UrnError with a sentence, and not one row of the database changed. */
async function refused(shares: string[], now = AFTER_END, waveId = wave.id): Promise<UrnProblem> {
  const before = await t.dump();
  const err = await openUrn(t.store, waveId, shares, now).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UrnError);
  expect((err as Error).message).toMatch(/^[A-Z0-9].*\.$/);
  expect(await t.dump()).toEqual(before);
  return (err as UrnError).problem;
}

const rows = <T>(sql: string): T[] => {
  const db = new Database(t.dbPath, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
};

/** An answer set as a comparable string, however it was stored. */
const asText = (s: AnswerSet) =>
  canonicalJson({ ...s, answers: canonicalJson(s.answers), flagged: s.flagged === true });

function storedSets(): string[] {
  return rows<{
    survey_id: string;
    survey_version: string;
    office: string;
    day: string;
    answers: string;
    flagged: number;
  }>('SELECT * FROM answer_sets').map((r) =>
    asText({
      surveyId: r.survey_id,
      surveyVersion: r.survey_version,
      office: r.office,
      day: r.day,
      answers: JSON.parse(r.answers),
      ...(r.flagged ? { flagged: true as const } : {}),
    }),
  );
}

/** Recomputed here as docs/urn-ceremony.en.md tells a reader to, not with the product's code. */
const independentHash = (envelopes: readonly SealedAnswerSet[]) =>
  createHash('sha256')
    .update(
      envelopes
        .map((e) => `${e.enc}.${e.ct}`)
        .sort()
        .join('\n'),
      'utf8',
    )
    .digest('hex');

const fileBytes = () =>
  Buffer.concat(
    [t.dbPath, `${t.dbPath}-wal`].filter(existsSync).map((f) => readFileSync(f)),
  ).toString('latin1');

describe('the opening refuses, changing nothing', () => {
  beforeEach(async () => {
    await putEnvelopes(t.dbPath, wave, distinctSets(t.version, 5, [OFFICE]));
  });

  it('before the wave has ended (its last day is not over)', async () => {
    const lastDay = new Date(`${WAVE.to}T23:59:00`);
    expect(await refused(wave.shares.slice(0, 2), lastDay)).toMatchObject({
      code: 'wave-not-ended',
      lastDay: WAVE.to,
    });
  });

  it('with one share of two needed, or one share given twice', async () => {
    expect(await refused([wave.shares[0] ?? ''])).toEqual({
      code: 'shares-too-few',
      given: 1,
      needed: 2,
    });
    expect(await refused([wave.shares[1] ?? '', wave.shares[1] ?? ''])).toMatchObject({
      code: 'share-twice',
    });
  });

  it('with a share of another wave', async () => {
    const other = await sealedWave(t.store, { name: '2027', from: '2027-06-18', to: '2027-07-14' });
    expect(await refused([wave.shares[0] ?? '', other.shares[1] ?? ''])).toMatchObject({
      code: 'share-wave',
      waveId: other.id,
    });
  });

  it('with one character of a share mistyped', async () => {
    const share = wave.shares[2] ?? '';
    const at = share.indexOf('\n') + 3; // a character of line 2
    const typo = `${share.slice(0, at)}${share[at] === 'A' ? 'B' : 'A'}${share.slice(at + 1)}`;
    expect(await refused([wave.shares[0] ?? '', typo])).toEqual({
      code: 'share-line-check',
      line: 2,
    });
  });

  it('for a wave that does not exist or is not sealed', async () => {
    expect(await refused(wave.shares, AFTER_END, 99)).toEqual({ code: 'wave-unknown', waveId: 99 });
    const open = await t.store.addWave({
      surveyId: 'buergerbuero_zufriedenheit',
      name: 'offen',
      from: '2025-01-01',
      to: '2025-01-31',
      sealed: false,
    });
    expect(await refused(wave.shares, AFTER_END, open.id)).toMatchObject({
      code: 'wave-not-sealed',
    });
  });

  it('leaves the envelopes, no answer set and no record behind each refusal', async () => {
    await refused([wave.shares[0] ?? '']);
    expect(rows('SELECT * FROM envelopes')).toHaveLength(5);
    expect(rows('SELECT * FROM answer_sets')).toHaveLength(0);
    expect(rows('SELECT * FROM urn_openings')).toHaveLength(0);
  });
});

describe('two of three holders open the urn', () => {
  it('stores exactly the sealed sets, deletes the envelopes, writes a right record', async () => {
    const sets = distinctSets(t.version, 40, [OFFICE, 'Bürgerbüro Brambauer']);
    const envelopes = await putEnvelopes(t.dbPath, wave, sets);
    // One set the server flagged itself (a kiosk's implausible day): stored flagged.
    const [serverFlagged] = distinctSets(t.version, 41, [OFFICE]).slice(40);
    if (!serverFlagged) throw new Error('no set');
    const flaggedEnvelope = await sealAnswerSet(serverFlagged, wave.key);
    insertEnvelopes(t.dbPath, [flaggedEnvelope], true);
    const all = [...envelopes, flaggedEnvelope];
    expect(fileBytes()).toContain(envelopes[0]?.ct.slice(0, 40));

    const { opening } = await openUrn(
      t.store,
      wave.id,
      [wave.shares[2] ?? '', wave.shares[0] ?? ''],
      AFTER_END,
    );

    const expected = [...sets, { ...serverFlagged, flagged: true as const }].map(asText).sort();
    expect(storedSets().sort()).toEqual(expected);
    expect(rows('SELECT * FROM envelopes')).toHaveLength(0);
    expect(opening).toEqual({
      waveId: wave.id,
      openedAt: AFTER_END.toISOString(),
      holders: [
        { number: 1, label: HOLDERS[0] },
        { number: 3, label: HOLDERS[2] },
      ],
      received: 41,
      valid: 41,
      invalid: 0,
      duplicates: 0,
      ciphertextSha256: independentHash(all),
    });
    expect(await t.store.findUrnOpening(wave.id)).toEqual(opening);
    // The results count them: the lazy counter's queue holds every stored set.
    expect(rows('SELECT * FROM answer_sets_uncounted')).toHaveLength(41);

    // No ciphertext left in the file (nor in its write-ahead log).
    const bytes = fileBytes();
    for (const e of all) {
      expect(bytes).not.toContain(e.ct.slice(0, 40));
      expect(bytes).not.toContain(e.enc.slice(0, 40));
    }

    // The stored order is not the order the envelopes were in.
    const byKey = rows<{ answers: string; day: string }>(
      'SELECT answers, day FROM answer_sets ORDER BY rowid',
    ).map((r) => Number(/Nummer (\d+)/.exec(r.answers)?.[1]));
    const byDayThenArrival = [...byKey].sort(
      (a, b) => (sets[a]?.day ?? '').localeCompare(sets[b]?.day ?? '') || a - b,
    );
    expect(byKey).not.toEqual(byDayThenArrival);
  });

  it('counts a tampered, a moved and an unfitting envelope invalid and a copy as duplicate', async () => {
    const sets = distinctSets(t.version, 6, [OFFICE]);
    const unfitting = { ...sets[0], answers: { overall: 9 } } as AnswerSet; // not a 1–5 scale
    const unknownVersion = { ...sets[1], surveyVersion: 'ffffffffffffffff' } as AnswerSet;
    const envelopes = await putEnvelopes(t.dbPath, wave, [...sets, unfitting, unknownVersion]);
    const [first, second] = envelopes;
    if (!first || !second) throw new Error('no envelopes');
    insertEnvelopes(t.dbPath, [first]); // the same envelope twice
    const db = new Database(t.dbPath);
    const ct = fromBase64Url(second.ct);
    ct[10] = (ct[10] ?? 0) ^ 1;
    db.prepare('UPDATE envelopes SET ct = ? WHERE ct = ?').run(toBase64Url(ct), second.ct);
    db.prepare("UPDATE envelopes SET day = '2026-06-30' WHERE enc = ?").run(envelopes[2]?.enc);
    db.close();

    const { opening } = await openUrn(t.store, wave.id, wave.shares.slice(1), AFTER_END);
    expect(opening).toMatchObject({ received: 9, valid: 4, invalid: 4, duplicates: 1 });
    expect(storedSets().sort()).toEqual(
      [sets[0], sets[3], sets[4], sets[5]].map((s) => asText(s as AnswerSet)).sort(),
    );
  });

  it('leaves the urn sealed when an envelope arrives between reading and writing', async () => {
    await putEnvelopes(t.dbPath, wave, distinctSets(t.version, 3, [OFFICE]));
    const late = distinctSets(t.version, 4, [OFFICE]).slice(3);
    // A late kiosk batch landing while the envelopes are being decrypted.
    const racing = {
      ...t.store,
      listEnvelopes: async (id: number) => {
        const read = await t.store.listEnvelopes(id);
        await putEnvelopes(t.dbPath, wave, late);
        return read;
      },
    };
    const err = await openUrn(racing, wave.id, wave.shares.slice(0, 2), AFTER_END).catch(
      (e: unknown) => e,
    );
    expect((err as UrnError).problem).toEqual({ code: 'urn-changed', waveId: wave.id });
    expect(rows('SELECT * FROM envelopes')).toHaveLength(4);
    expect(rows('SELECT * FROM answer_sets')).toHaveLength(0);
    expect(rows('SELECT * FROM urn_openings')).toHaveLength(0);
    // Opened again, it takes the late one too.
    const { opening } = await openUrn(t.store, wave.id, wave.shares.slice(0, 2), AFTER_END);
    expect(opening).toMatchObject({ received: 4, valid: 4 });
  });

  it('opens an empty urn, and refuses a second opening', async () => {
    const { opening } = await openUrn(t.store, wave.id, wave.shares.slice(0, 2), AFTER_END);
    expect(opening).toMatchObject({ received: 0, valid: 0, invalid: 0, duplicates: 0 });
    expect(opening.ciphertextSha256).toBe(createHash('sha256').update('').digest('hex'));
    expect(await refused(wave.shares.slice(0, 2))).toMatchObject({ code: 'urn-opened' });
  });
});
