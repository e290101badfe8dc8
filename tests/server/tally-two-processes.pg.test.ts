import type { ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/server/store/pg-store.ts';
import { seedDefaultSurvey } from '../../src/server/survey-catalog.ts';
import { registerKiosk } from '../../src/server/tokens.ts';
import { dayOf } from '../../src/shared/answer-schema.ts';
import { BATCHES_PATH } from '../../src/shared/wire-schema.ts';
import { batchOf, batchRequest, OFFICE } from './fixtures.ts';
import { createTestDatabase, queryPg } from './pg-fixtures.ts';
import { answerSet } from './results-fixtures.ts';
import { startServerProcess, stopServerProcess } from './server-process.ts';

// The ballot-stuffing tally (kiosk-tally.ts) with two server processes on one database: a run of
// identical answer sets from one kiosk, sent alternately to either process, is one run. The
// processes compare keyed hashes, so they must share the key (URNE_TALLY_SECRET); each drawing its
// own, the run would start anew at every switch and 12 identical sets would pass unflagged, as
// the second case shows. The run limit is 10 (DEFAULT_STUFFING_LIMITS).
const SECRET = 'a-test-secret-of-at-least-32-characters';
const RUN = 12;
const today = dayOf(new Date());
const servers: ChildProcess[] = [];
const databases: Awaited<ReturnType<typeof createTestDatabase>>[] = [];
afterAll(async () => {
  for (const child of servers) await stopServerProcess(child);
  for (const db of databases) await db.drop();
});

/** Two processes on a fresh database, with `env`; sends RUN identical sets one by one, alternating. */
async function sendRunThroughBoth(env: NodeJS.ProcessEnv, marker: string): Promise<number[]> {
  const db = await createTestDatabase();
  databases.push(db);
  const store = await openPostgresStore(db.url);
  let token: string;
  let version: string;
  try {
    version = await seedDefaultSurvey(store);
    token = (await registerKiosk(store, OFFICE)).token;
  } finally {
    await store.close();
  }
  const both = await Promise.all([
    startServerProcess(db.url, env),
    startServerProcess(db.url, env),
  ]);
  servers.push(...both.map((s) => s.child));
  for (let i = 0; i < RUN; i++) {
    const set = answerSet(version, today, { improve: marker, overall: 4 });
    const res = await fetch(
      `${both[i % 2]?.url}${BATCHES_PATH}`,
      batchRequest(token, batchOf([set])),
    );
    expect(res.status).toBe(201);
  }
  const rows = await queryPg<{ flagged: number }>(db.url, 'SELECT flagged FROM answer_sets');
  expect(rows).toHaveLength(RUN);
  return rows.map((r) => r.flagged).sort();
}

describe('the identical-run tally with two processes on one PostgreSQL database', () => {
  it('flags a run split across both when they share URNE_TALLY_SECRET', async () => {
    const flags = await sendRunThroughBoth({ URNE_TALLY_SECRET: SECRET }, 'shared');
    expect(flags).toEqual([...Array(10).fill(0), 1, 1]);
  }, 120_000);

  it('misses it when each process draws its own key (the default for one process)', async () => {
    const flags = await sendRunThroughBoth({ URNE_TALLY_SECRET: '' }, 'own');
    expect(flags).toEqual(Array(RUN).fill(0));
  }, 120_000);
});
