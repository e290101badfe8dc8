/**
 * `npm run bench`: ingest throughput of the endpoint (answer sets per second
 * through real HTTP + validation + SQLite) beside the raw better-sqlite3 bulk
 * insert of the same rows, measured in the same run. A benchmark, not a test:
 * it prints figures and never fails on them. Usage:
 *   npm run bench [-- --sets 50000 --connections 16 --rounds 5]
 *
 * Each round measures raw and HTTP back to back on fresh databases; the
 * headline is the median of the rounds, because a shared machine's load
 * swings single figures by a factor of two.
 *
 * 16 connections by default, like 16 kiosks sending after a network outage:
 * each connection waits for its batch's durable commit before it sends the
 * next, so with only a few of them the run measures the round trip (about
 * 20 ms with 4) while the server has CPU to spare. Throughput is what the
 * server takes when enough batches arrive to keep it busy; there the writer
 * also commits several batches at once. `--connections 4` shows the other
 * figure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../src/server/node.ts';
import type { AnswerSet } from '../src/shared/answer-schema.ts';
import { BATCHES_PATH, MAX_BATCH_SIZE } from '../src/shared/wire-schema.ts';
import { buergerbueroSurvey } from '../src/survey/buergerbuero-survey.ts';
import { surveyVersion } from '../src/survey/survey-version.ts';
import { type BenchRequest, runClients } from './bench-client.ts';
import { rawInsertRate } from './bench-raw.ts';
import { sampleAnswerSet, seededRandom } from './sample-answers.ts';

const { values } = parseArgs({
  options: {
    sets: { type: 'string', default: '50000' },
    connections: { type: 'string', default: '16' },
    rounds: { type: 'string', default: '5' },
  },
});
const total = Number(values.sets);
const connections = Number(values.connections);
const rounds = Number(values.rounds);
const office = 'Bürgerbüro Lünen';
const dir = mkdtempSync(join(tmpdir(), 'urne-bench-'));

function generate(version: string, count: number, seed: number, day?: string): AnswerSet[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const d = day ?? `2026-06-${String(18 + (i % 12)).padStart(2, '0')}`;
    return sampleAnswerSet(buergerbueroSurvey, version, office, d, random);
  });
}

/** The sets as the kiosk sends them: sealed batches of MAX_BATCH_SIZE with a random v4 id. */
function toRequests(sets: AnswerSet[], version: string): BenchRequest[] {
  const requests: BenchRequest[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < sets.length; i += MAX_BATCH_SIZE) {
    const batchId = crypto.randomUUID();
    const answerSets = sets.slice(i, i + MAX_BATCH_SIZE);
    const batch = { batchId, surveyId: buergerbueroSurvey.id, surveyVersion: version, office };
    requests.push({ id: batchId, body: encoder.encode(JSON.stringify({ ...batch, answerSets })) });
  }
  return requests;
}

async function httpIngest(round: number, sets: AnswerSet[], version: string): Promise<number> {
  const server = await startServer({
    dbPath: join(dir, `http-${round}.db`),
    port: 0,
    rateLimitPerMinute: 1_000_000,
  });
  try {
    const token = await server.addKiosk(office);
    const url = server.url + BATCHES_PATH;
    // Warm-up (JIT, caches, worker start) with batches that are not counted.
    const warmup = toRequests(generate(version, 25 * MAX_BATCH_SIZE, 7, '2026-06-17'), version);
    await runClients(url, token, warmup, connections);
    const requests = toRequests(sets, version);
    const { accepted, seconds } = await runClients(url, token, requests, connections);
    if (accepted !== sets.length) throw new Error(`server accepted ${accepted} of ${sets.length}`);
    return sets.length / seconds;
  } finally {
    await server.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(9);
const pct = (n: number) => `${(n * 100).toFixed(1)} %`;

try {
  const version = await surveyVersion(buergerbueroSurvey);
  const sets = generate(version, total, 42);
  console.log(`${total} answer sets, batches of ${MAX_BATCH_SIZE}, ${connections} connections`);
  const bulk: number[] = [];
  const perBatch: number[] = [];
  const http: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    // Every figure shares the machine with whatever else runs; the load says how much.
    const load = loadavg()[0]?.toFixed(2);
    const b = rawInsertRate(join(dir, `bulk-${round}.db`), sets, Number.POSITIVE_INFINITY);
    const p = rawInsertRate(join(dir, `batch-${round}.db`), sets, MAX_BATCH_SIZE);
    const h = await httpIngest(round, sets, version);
    bulk.push(b);
    perBatch.push(p);
    http.push(h);
    console.log(
      `round ${round} (load ${load}): bulk ${fmt(b)}, per-batch commits ${fmt(p)}, HTTP ${fmt(h)} sets/s, ratio ${pct(h / b)}`,
    );
  }
  const [b, p, h] = [median(bulk), median(perBatch), median(http)];
  console.log(`${cpus().length} CPUs, load average now ${loadavg().map((l) => l.toFixed(2))}`);
  console.log(`median of ${rounds} rounds:`);
  console.log(`raw better-sqlite3 bulk insert      : ${fmt(b)} answer sets/s`);
  console.log(`  (raw, one commit per ${MAX_BATCH_SIZE} rows : ${fmt(p)} answer sets/s)`);
  console.log(`HTTP + validation + SQLite          : ${fmt(h)} answer sets/s`);
  console.log(`ratio                               : ${pct(h / b)} (goal ≥ 50 %)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
