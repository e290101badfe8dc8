/**
 * `npm run bench` (third part): one office's results among 100 offices, 1,000,000 answer sets,
 * on both stores (issue "Many offices on PostgreSQL", goal ≤ 1 s each). Per store it loads the
 * sets (the real schema; rows straight into answer_sets, as an import would), lets the store's own
 * counter fill answer_counts, and times buildSummary for one office as the results page calls it
 * (GET /api/v1/results/summary?wave=…&office=…: the whole disclosure engine, which also counts
 * the coarser views the office's figures could be subtracted from), beside the whole wave.
 *
 * PostgreSQL: URNE_TEST_PG_URL or DATABASE_URL names a server on which this may create and drop
 * a database of its own; without either it says so and runs SQLite only.
 *   node --import tsx scripts/bench-offices.ts [--sets 1000000] [--offices 100] [--store sqlite|postgres]
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { buildSummary } from '../src/server/results/summary.ts';
import { dayKeys } from '../src/server/store/day-keys.ts';
import { connectPostgres } from '../src/server/store/pg-connection.ts';
import { type AnswerSetRow, insertAnswerSets } from '../src/server/store/pg-save-batch.ts';
import { openPostgresStore } from '../src/server/store/pg-store.ts';
import type { ServerStore } from '../src/server/store/server-store.ts';
import { openSqliteStore } from '../src/server/store/sqlite-store.ts';
import { seedDefaultSurvey } from '../src/server/survey-catalog.ts';
import type { AnswerSet } from '../src/shared/answer-schema.ts';
import { buergerbueroSurvey } from '../src/shared/survey/buergerbuero-survey.ts';
import { surveyVersion } from '../src/shared/survey/survey-version.ts';
import { addExampleWaves, sampleAnswerSet, seededRandom } from './sample-answers.ts';

const { values } = parseArgs({
  options: {
    sets: { type: 'string', default: '1000000' },
    offices: { type: 'string', default: '100' },
    store: { type: 'string' },
  },
});
const total = Number(values.sets);
const OFFICES = Array.from(
  { length: Number(values.offices) },
  (_, i) => `Bürgerbüro ${String(i + 1).padStart(3, '0')}`,
);
/** The office timed: one in the middle, nothing special about it. */
const OFFICE = OFFICES[Math.floor(OFFICES.length / 2)] ?? '';
const DAYS = Array.from({ length: 27 }, (_, d) =>
  new Date(Date.UTC(2026, 5, 18 + d)).toISOString().slice(0, 10),
);
const PG_URL = (process.env.URNE_TEST_PG_URL || process.env.DATABASE_URL)?.trim() || undefined;
const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(2);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join('/');

/** The sets in chunks, ordered by day and office as kiosks deliver them (a batch: one office's day). */
function* answerSets(version: string, chunk: number): Generator<AnswerSet[]> {
  const random = seededRandom(1);
  let sets: AnswerSet[] = [];
  for (let i = 0; i < total; i++) {
    const slot = Math.floor((i * DAYS.length * OFFICES.length) / total);
    const day = DAYS[Math.floor(slot / OFFICES.length)] ?? '2026-06-18';
    const office = OFFICES[slot % OFFICES.length] ?? '';
    sets.push(sampleAnswerSet(buergerbueroSurvey, version, office, day, random));
    if (sets.length === chunk) {
      yield sets;
      sets = [];
    }
  }
  if (sets.length > 0) yield sets;
}

/** dayKeys per 5,000 (getRandomValues gives at most 64 kB at once; a batch is at most 200). */
const keysOf = (sets: readonly AnswerSet[]) =>
  Array.from({ length: Math.ceil(sets.length / 5_000) }, (_, i) =>
    dayKeys(sets.slice(i * 5_000, (i + 1) * 5_000).map((s) => s.day)),
  ).flat();

function loadSqlite(path: string, version: string): void {
  void openSqliteStore(path).close(); // the real schema
  const db = new Database(path);
  // Only for loading test data fast; the server itself writes with synchronous = FULL.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insert = db.prepare(
    'INSERT INTO answer_sets (rowid, survey_id, survey_version, office, day, answers, flagged) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (const sets of answerSets(version, 10_000)) {
      const keys = keysOf(sets);
      sets.forEach((s, i) => {
        insert.run(
          keys[i],
          s.surveyId,
          s.surveyVersion,
          s.office,
          s.day,
          JSON.stringify(s.answers),
          s.flagged ? 1 : 0,
        );
      });
    }
  })();
  db.close();
}

/** Multi-row INSERTs (insertAnswerSets: 5,000 rows each, queued for the counter), 50,000 per commit. */
async function loadPostgres(url: string, version: string): Promise<void> {
  const sql = connectPostgres(url, { max: 1 });
  try {
    for (const sets of answerSets(version, 50_000)) {
      const keys = keysOf(sets);
      const rows: AnswerSetRow[] = sets.map((s, i) => ({
        id: String(keys[i]),
        survey_id: s.surveyId,
        survey_version: s.surveyVersion,
        office: s.office,
        day: s.day,
        answers: JSON.stringify(s.answers),
        flagged: s.flagged ? 1 : 0,
      }));
      await sql.begin((tx) => insertAnswerSets(tx, rows));
    }
  } finally {
    await sql.end();
  }
}

/** Counts (the store's own lazy counter, as on an evaluator's first look), then times the queries. */
async function timeStore(name: string, store: ServerStore, afterCount?: () => Promise<void>) {
  await seedDefaultSurvey(store);
  const wave = await addExampleWaves(store);
  const counting = performance.now();
  await store.countFlagged({
    surveyId: buergerbueroSurvey.id,
    from: DAYS[0] ?? '',
    to: DAYS[0] ?? '',
    includeFlagged: true,
  });
  console.log(`${name}: answer_counts filled by the store's counter in ${seconds(counting)} s`);
  await afterCount?.();
  for (const run of ['first', 'second', 'third']) {
    const start = performance.now();
    const summary = await buildSummary(store, { wave: wave.id, office: OFFICE });
    console.log(
      `${name}: one office's full results (${run} run): ${seconds(start)} s for ${OFFICE}, ` +
        `n = ${(summary.n ?? 0).toLocaleString('en-US')}${summary.suppressed ? ' (SUPPRESSED)' : ''} ` +
        `(load ${load()}) — goal ≤ 1 s`,
    );
  }
  const start = performance.now();
  const whole = await buildSummary(store, { wave: wave.id });
  console.log(
    `${name}: the whole wave, all ${OFFICES.length} offices: ${seconds(start)} s, ` +
      `n = ${(whole.n ?? 0).toLocaleString('en-US')}`,
  );
}

async function benchSqlite(version: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'urne-bench-offices-'));
  try {
    const path = join(dir, 'urne.db');
    const start = performance.now();
    loadSqlite(path, version);
    console.log(
      `SQLite: loaded ${total.toLocaleString('en-US')} answer sets in ${seconds(start)} s`,
    );
    const store = openSqliteStore(path);
    try {
      await timeStore('SQLite', store);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchPostgres(adminUrl: string, version: string): Promise<void> {
  const name = `urne_bench_${randomUUID().replaceAll('-', '')}`;
  const admin = connectPostgres(adminUrl, { max: 1 });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await admin.unsafe(`CREATE DATABASE ${name}`);
  try {
    await (await openPostgresStore(url.toString())).close(); // the real schema
    const start = performance.now();
    await loadPostgres(url.toString(), version);
    console.log(
      `PostgreSQL: loaded ${total.toLocaleString('en-US')} answer sets in ${seconds(start)} s`,
    );
    const store = await openPostgresStore(url.toString());
    const sql = connectPostgres(url.toString(), { max: 1 });
    try {
      // What autovacuum does by itself a minute after a bulk change: the planner's statistics.
      await timeStore('PostgreSQL', store, async () => {
        await sql`ANALYZE`;
      });
    } finally {
      await sql.end();
      await store.close();
    }
  } finally {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

const version = await surveyVersion(buergerbueroSurvey);
console.log(
  `one office of ${OFFICES.length}, ${total.toLocaleString('en-US')} answer sets; ` +
    `${cpus().length} CPUs, load average ${load()}`,
);
if (values.store !== 'postgres') await benchSqlite(version);
if (values.store !== 'sqlite') {
  if (PG_URL) await benchPostgres(PG_URL, version);
  else {
    console.log(
      'PostgreSQL: skipped — set URNE_TEST_PG_URL or DATABASE_URL (eval "$(scripts/pg-test-cluster.sh)" starts a throwaway server)',
    );
  }
}
