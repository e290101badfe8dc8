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
 *     [--keep NAME]
 *
 * --keep NAME keeps the loaded and counted data (SQLite: NAME.db in the temp folder; PostgreSQL:
 * the database NAME) and, when it is already there, times it again without loading or counting:
 * for trying a change of the queries in minutes instead of the half hour a million takes. The
 * data is whatever --sets and --offices were at the first run; drop it by hand.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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
    keep: { type: 'string' },
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

/** The store with each call of its methods counted: how many queries one page asks. */
function countingCalls(store: ServerStore): { store: ServerStore; calls: () => number } {
  let calls = 0;
  const counted = Object.fromEntries(
    Object.entries(store).map(([key, value]) => [
      key,
      typeof value === 'function'
        ? (...args: unknown[]) => {
            calls++;
            return value.apply(store, args);
          }
        : value,
    ]),
  ) as unknown as ServerStore;
  return { store: counted, calls: () => calls };
}

/** Statements and their summed execution time in the server (pg_stat_statements), cumulative. */
type ServerTime = () => Promise<{ statements: number; ms: number }>;

/**
 * Counts (the store's own lazy counter, as on an evaluator's first look), then times the queries.
 * A kept database (--keep) already has its waves and counts: only the timing runs again. Beside
 * the wall clock, which a busy machine inflates, each run prints this process's CPU time, the
 * store calls, and on PostgreSQL (where pg_stat_statements is loaded) the statements the server
 * ran and their summed time there.
 */
async function timeStore(
  name: string,
  database: ServerStore,
  options: { afterCount?: () => Promise<void>; serverTime?: ServerTime } = {},
) {
  const { store, calls } = countingCalls(database);
  const kept = (await store.listWaves(buergerbueroSurvey.id)).find((w) => w.name === '2026');
  let wave = kept;
  if (!wave) {
    await seedDefaultSurvey(store);
    wave = await addExampleWaves(store);
    const counting = performance.now();
    await store.countFlagged({
      surveyId: buergerbueroSurvey.id,
      from: DAYS[0] ?? '',
      to: DAYS[0] ?? '',
      includeFlagged: true,
    });
    console.log(`${name}: answer_counts filled by the store's counter in ${seconds(counting)} s`);
    await options.afterCount?.();
  }
  const timed = async (office: string | undefined) => {
    const before = {
      calls: calls(),
      cpu: process.cpuUsage(),
      server: await options.serverTime?.(),
    };
    const start = performance.now();
    const summary = await buildSummary(store, { wave: wave.id, office });
    const wall = seconds(start);
    const cpu = process.cpuUsage(before.cpu);
    const after = await options.serverTime?.();
    const server =
      before.server && after
        ? `; server: ${after.statements - before.server.statements} statements, ` +
          `${((after.ms - before.server.ms) / 1000).toFixed(2)} s`
        : '';
    const usage =
      `(node CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s, ` +
      `${calls() - before.calls} store calls${server}; load ${load()})`;
    return { summary, wall, usage };
  };
  for (const run of ['first', 'second', 'third']) {
    const { summary, wall, usage } = await timed(OFFICE);
    console.log(
      `${name}: one office's full results (${run} run): ${wall} s for ${OFFICE}, ` +
        `n = ${(summary.n ?? 0).toLocaleString('en-US')}${summary.suppressed ? ' (SUPPRESSED)' : ''} ` +
        `${usage} — goal ≤ 1 s`,
    );
  }
  const { summary: whole, wall, usage } = await timed(undefined);
  console.log(
    `${name}: the whole wave, all ${OFFICES.length} offices: ${wall} s, ` +
      `n = ${(whole.n ?? 0).toLocaleString('en-US')} ${usage}`,
  );
}

/** pg_stat_statements of the bench's database, where the server loads it; else undefined. */
async function statementTime(
  sql: ReturnType<typeof connectPostgres>,
): Promise<ServerTime | undefined> {
  const [loaded] = await sql<{ on: boolean }[]>`
    SELECT current_setting('shared_preload_libraries') LIKE '%pg_stat_statements%' AS on`;
  if (!loaded?.on) return undefined;
  await sql`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`;
  return async () => {
    const [row] = await sql<{ statements: string; ms: number }[]>`
      SELECT coalesce(sum(calls), 0)::bigint AS statements,
        coalesce(sum(total_exec_time), 0)::float8 AS ms
      FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database
        WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_statements%'`;
    return { statements: Number(row?.statements ?? 0), ms: row?.ms ?? 0 };
  };
}

async function benchSqlite(version: string): Promise<void> {
  const dir = values.keep ? tmpdir() : mkdtempSync(join(tmpdir(), 'urne-bench-offices-'));
  try {
    const path = join(dir, values.keep ? `${values.keep}.db` : 'urne.db');
    if (!existsSync(path)) {
      const start = performance.now();
      loadSqlite(path, version);
      console.log(
        `SQLite: loaded ${total.toLocaleString('en-US')} answer sets in ${seconds(start)} s`,
      );
    } else console.log(`SQLite: reusing ${path}`);
    const store = openSqliteStore(path);
    try {
      await timeStore('SQLite', store);
    } finally {
      await store.close();
    }
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

async function benchPostgres(adminUrl: string, version: string): Promise<void> {
  const name = values.keep ?? `urne_bench_${randomUUID().replaceAll('-', '')}`;
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`--keep ${name}: not a database name`);
  const admin = connectPostgres(adminUrl, { max: 1 });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const [exists] = await admin<{ any: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = ${name}) AS any`;
  try {
    if (!exists?.any) {
      await admin.unsafe(`CREATE DATABASE ${name}`);
      await (await openPostgresStore(url.toString())).close(); // the real schema
      const start = performance.now();
      await loadPostgres(url.toString(), version);
      console.log(
        `PostgreSQL: loaded ${total.toLocaleString('en-US')} answer sets in ${seconds(start)} s`,
      );
    } else console.log(`PostgreSQL: reusing the database ${name}`);
    const store = await openPostgresStore(url.toString());
    const sql = connectPostgres(url.toString(), { max: 1 });
    try {
      // What autovacuum does by itself a minute after a bulk change: the planner's statistics.
      await timeStore('PostgreSQL', store, {
        afterCount: async () => {
          await sql`ANALYZE`;
        },
        serverTime: await statementTime(sql),
      });
    } finally {
      await sql.end();
      await store.close();
    }
  } finally {
    if (!values.keep) await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
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
