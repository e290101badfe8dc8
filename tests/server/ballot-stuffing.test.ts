import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerKiosk } from '../../src/server/tokens.ts';
import { dayOf } from '../../src/shared/answer-schema.ts';
import { batchOf, openTestApp, postBatch, type TestApp } from './fixtures.ts';
import { answerSet } from './results-fixtures.ts';

// One kiosk token could store 200 identical answer sets per request. Such sets are kept but
// flagged (results leave flagged sets out by default). Limits shrunk for the test: 30 sets per
// kiosk and day, runs of 10 identical sets.
let t: TestApp;
const today = dayOf(new Date());
beforeAll(async () => {
  t = await openTestApp({ stuffing: { setsPerKioskDay: 30, identicalRun: 10 } });
});
afterAll(() => t.close());

/** Flags of the stored sets whose free text is `marker`, in no particular order. */
async function flagsOf(marker: string): Promise<number[]> {
  // Matched here, not in SQL: the JSON functions differ between SQLite and PostgreSQL.
  const rows = await t.sql<{ flagged: number; answers: string }>(
    'SELECT flagged, answers FROM answer_sets',
  );
  return rows
    .filter((r) => (JSON.parse(r.answers) as { improve?: string }).improve === marker)
    .map((r) => r.flagged)
    .sort();
}

const sets = (marker: string, n: number, distinct = false) =>
  Array.from({ length: n }, (_, i) =>
    answerSet(t.version, today, { improve: marker, overall: distinct ? (i % 5) + 1 : 4 }),
  );

describe('ballot stuffing', () => {
  it('flags identical sets after a run of 10, across batches, and a different set ends the run', async () => {
    expect((await postBatch(t, batchOf(sets('run', 8)))).status).toBe(201);
    expect((await postBatch(t, batchOf(sets('run', 5)))).status).toBe(201);
    // 13 identical in a row: the 11th to 13th are flagged, the sets stay.
    expect(await flagsOf('run')).toEqual([...Array(10).fill(0), 1, 1, 1]);
    const other = answerSet(t.version, today, { improve: 'other', overall: 2 });
    expect((await postBatch(t, batchOf([other, ...sets('after', 3)]))).status).toBe(201);
    expect(await flagsOf('after')).toEqual([0, 0, 0]);
  });

  it('flags what one kiosk sends beyond its daily limit, counts a re-sent batch once, and leaves other kiosks alone', async () => {
    // 17 sets so far today; 13 more reach the limit of 30.
    const upTo = batchOf(sets('upto', 13, true));
    expect((await postBatch(t, upTo)).status).toBe(201);
    expect((await postBatch(t, upTo)).status).toBe(200); // a duplicate adds nothing to the tally
    expect(await flagsOf('upto')).toEqual(Array(13).fill(0));
    expect((await postBatch(t, batchOf(sets('beyond', 4, true)))).status).toBe(201);
    expect(await flagsOf('beyond')).toEqual([1, 1, 1, 1]);

    const second = await registerKiosk(t.store, 'Bürgerbüro Lünen');
    const res = await postBatch(t, batchOf(sets('second', 4, true)), { token: second.token });
    expect(res.status).toBe(201);
    expect(await flagsOf('second')).toEqual([0, 0, 0, 0]);
  });

  it('keeps a tally that no answer set can be matched to', async () => {
    const days = await t.sql('SELECT * FROM kiosk_days');
    expect(days.map((d) => Object.keys(d).sort())).toEqual(
      days.map(() => ['day', 'kiosk_id', 'last_mac', 'run', 'sets']),
    );
    // The keyed hash of the last set is not a plain hash of any stored answers.
    const answers = await t.sql<{ answers: string }>('SELECT answers FROM answer_sets');
    const macs = days.map((d) => d.last_mac);
    for (const { answers: text } of answers) expect(macs).not.toContain(text);
  });
});
