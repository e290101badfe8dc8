/**
 * `npm run bench`: ingest throughput of the endpoint (answer sets per second
 * through real HTTP + validation + SQLite) beside the raw better-sqlite3 bulk
 * insert of the same rows, measured in the same run. A benchmark, not a test:
 * it prints figures and never fails on them. Usage:
 *   npm run bench [-- --sets 50000 --connections 4]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { startServer } from '../src/server/node.ts';
import { openSqliteStore } from '../src/server/store/sqlite-store.ts';
import type { AnswerSet } from '../src/shared/answer-schema.ts';
import { BATCHES_PATH, MAX_BATCH_SIZE } from '../src/shared/wire-schema.ts';
import { buergerbueroSurvey } from '../src/survey/buergerbuero-survey.ts';
import { surveyVersion } from '../src/survey/survey-version.ts';
import { type BenchRequest, runClients } from './bench-client.ts';
import { sampleAnswerSet, seededRandom } from './sample-answers.ts';

const { values } = parseArgs({
  options: {
    sets: { type: 'string', default: '50000' },
    connections: { type: 'string', default: '4' },
  },
});
const total = Number(values.sets);
const connections = Number(values.connections);
const office = 'Bürgerbüro Lünen';
const dir = mkdtempSync(join(tmpdir(), 'urne-bench-'));

function generate(version: string): AnswerSet[] {
  const random = seededRandom(42);
  return Array.from({ length: total }, (_, i) => {
    const day = `2026-06-${String(18 + (i % 12)).padStart(2, '0')}`;
    return sampleAnswerSet(buergerbueroSurvey, version, office, day, random);
  });
}

/** The floor: the same rows through one prepared statement in one transaction, same pragmas. */
function rawInsert(sets: AnswerSet[]): number {
  const path = join(dir, 'raw.db');
  void openSqliteStore(path).close(); // same schema and pragmas as the server
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const insert = db.prepare(
    'INSERT INTO answer_sets (survey_id, survey_version, office, day, answers, flagged) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const start = performance.now();
  db.transaction(() => {
    for (const s of sets) {
      insert.run(
        s.surveyId,
        s.surveyVersion,
        s.office,
        s.day,
        JSON.stringify(s.answers),
        s.flagged ? 1 : 0,
      );
    }
  })();
  const seconds = (performance.now() - start) / 1000;
  db.close();
  return sets.length / seconds;
}

async function httpIngest(sets: AnswerSet[], version: string): Promise<number> {
  const server = await startServer({
    dbPath: join(dir, 'http.db'),
    port: 0,
    rateLimitPerMinute: 1_000_000,
  });
  try {
    const token = await server.addKiosk(office);
    const requests: BenchRequest[] = [];
    for (let i = 0; i < sets.length; i += MAX_BATCH_SIZE) {
      const batchId = crypto.randomUUID();
      const answerSets = sets.slice(i, i + MAX_BATCH_SIZE);
      const batch = {
        batchId,
        surveyId: buergerbueroSurvey.id,
        surveyVersion: version,
        office,
        answerSets,
      };
      requests.push({ id: batchId, body: JSON.stringify(batch) });
    }
    const url = server.url + BATCHES_PATH;
    // Warm-up (JIT, caches) with a few batches that are not counted.
    const warmup = Array.from({ length: 25 }, () => makeWarmup(version));
    await runClients(url, token, warmup, connections);
    const { accepted, seconds } = await runClients(url, token, requests, connections);
    if (accepted !== sets.length) throw new Error(`server accepted ${accepted} of ${sets.length}`);
    return sets.length / seconds;
  } finally {
    await server.close();
  }
}

function makeWarmup(version: string): BenchRequest {
  const random = seededRandom(7);
  const batchId = crypto.randomUUID();
  const answerSets = Array.from({ length: MAX_BATCH_SIZE }, () =>
    sampleAnswerSet(buergerbueroSurvey, version, office, '2026-06-17', random),
  );
  const batch = {
    batchId,
    surveyId: buergerbueroSurvey.id,
    surveyVersion: version,
    office,
    answerSets,
  };
  return { id: batchId, body: JSON.stringify(batch) };
}

try {
  const version = await surveyVersion(buergerbueroSurvey);
  const sets = generate(version);
  console.log(`${total} answer sets, batches of ${MAX_BATCH_SIZE}, ${connections} connections`);
  // Both figures share the machine with whatever else runs; the load says how much.
  console.log(`${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)}`);
  const raw = rawInsert(sets);
  const http = await httpIngest(sets, version);
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log(`raw better-sqlite3 bulk insert : ${fmt(raw)} answer sets/s`);
  console.log(`HTTP + validation + SQLite     : ${fmt(http)} answer sets/s`);
  console.log(
    `ratio                          : ${((http / raw) * 100).toFixed(1)} % (goal ≥ 50 %)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
