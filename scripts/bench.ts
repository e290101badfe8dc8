/**
 * `npm run bench` (first part): ingest as kiosks see it. The compiled server
 * (dist-server/, as `npm start` runs it) in a child process of its own, on a
 * fresh SQLite file; 50 kiosks in this process, each sending a batch, waiting
 * for the 201, sending the next — once with batches of 1 answer set (a survey
 * just finished), once with batches of 200 (a kiosk catching up after days
 * offline). Prints answer sets per second, p50/p99 latency per batch and the
 * server's peak RSS, beside the raw better-sqlite3 insert rate of the same
 * rows. A benchmark, not a test: it prints figures and never fails on them.
 *   node --import tsx scripts/bench.ts [--kiosks 50] [--seconds 10]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openSqliteStore } from '../src/server/store/sqlite-store.ts';
import { seedDefaultSurvey } from '../src/server/survey-catalog.ts';
import type { AnswerSet } from '../src/shared/answer-schema.ts';
import { buergerbueroSurvey } from '../src/shared/survey/buergerbuero-survey.ts';
import { surveyVersion } from '../src/shared/survey/survey-version.ts';
import { BATCHES_PATH } from '../src/shared/wire-schema.ts';
import { rawInsertRate } from './bench-raw.ts';
import { sampleAnswerSet, seededRandom } from './sample-answers.ts';

const { values } = parseArgs({
  options: {
    kiosks: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
  },
});
const kiosks = Number(values.kiosks);
const seconds = Number(values.seconds);
const office = 'Bürgerbüro Lünen';
const dir = mkdtempSync(join(tmpdir(), 'urne-bench-'));
const SERVER = new URL('../dist-server/server/main.js', import.meta.url);

interface Server {
  url: string;
  token: string;
  child: ChildProcess;
}

/**
 * Starts the built server on a fresh database; its first start registers a kiosk and prints the
 * token. The office's survey period is set first, to the June the generated sets fall in: the
 * first start would otherwise fix it from today, and the server refuses days outside it.
 */
async function startServer(name: string): Promise<Server> {
  const store = openSqliteStore(join(dir, `${name}.db`));
  await store.setOfficeSurvey({
    office,
    surveyId: buergerbueroSurvey.id,
    surveyVersion: await seedDefaultSurvey(store),
    from: '2026-06-01',
    to: '2026-06-30',
  });
  await store.close();
  const child = spawn(process.execPath, [SERVER.pathname], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      URNE_DB: join(dir, `${name}.db`),
      URNE_RATE_LIMIT: '100000000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  while (!/\?token=/.test(out)) {
    if (child.exitCode !== null) throw new Error(`the server stopped: ${out}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const url = /Urne is serving (\S+)/.exec(out)?.[1] ?? '';
  const token = /\?token=(\S+)/.exec(out)?.[1] ?? '';
  return { url, token, child };
}

/** The server's peak resident memory so far (VmHWM), in MiB. */
function peakRssMiB(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
}

function generate(version: string, count: number, seed: number): AnswerSet[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const day = `2026-06-${String(18 + (i % 12)).padStart(2, '0')}`;
    return sampleAnswerSet(buergerbueroSurvey, version, office, day, random);
  });
}

function post(agent: Agent, server: Server, body: string, id: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.url}${BATCHES_PATH}`,
      {
        method: 'POST',
        agent,
        headers: {
          Authorization: `Bearer ${server.token}`,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          'Idempotency-Key': id,
        },
      },
      (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.once('error', reject);
    req.end(body);
  });
}

/**
 * `kiosks` senders for `seconds`, each waiting for its reply before it sends again: at once
 * (`everyMs` 0, what the server can take), or one batch every `everyMs` per kiosk (what a kiosk
 * waits for in a busy office), the kiosks' starts spread over that interval.
 */
async function ingest(
  server: Server,
  agent: Agent,
  sets: AnswerSet[],
  batchSize: number,
  version: string,
  everyMs = 0,
) {
  const latencies: number[] = [];
  let next = 0;
  let stored = 0;
  const until = performance.now() + seconds * 1000;
  const kiosk = async (k: number) => {
    let due = performance.now() + (everyMs * k) / kiosks;
    while (performance.now() < until) {
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      due += everyMs;
      const start = (next++ * batchSize) % (sets.length - batchSize);
      const batchId = crypto.randomUUID();
      const answerSets = sets.slice(start, start + batchSize);
      const body = JSON.stringify({
        batchId,
        surveyId: buergerbueroSurvey.id,
        surveyVersion: version,
        office,
        answerSets,
      });
      const sent = performance.now();
      const status = await post(agent, server, body, batchId);
      if (status !== 201) throw new Error(`HTTP ${status}`);
      latencies.push(performance.now() - sent);
      stored += batchSize;
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: kiosks }, (_, k) => kiosk(k)));
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { perSecond: stored / elapsed, p50: at(0.5), p99: at(0.99), batches: latencies.length };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(8);
const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(9);

try {
  const version = await surveyVersion(buergerbueroSurvey);
  const sets = generate(version, 20_000, 42);
  console.log(`${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(2))}`);
  console.log(`raw better-sqlite3 insert of the same rows (WAL, synchronous = FULL):`);
  for (const [label, per] of [
    ['one transaction for all', Number.POSITIVE_INFINITY],
    ['one commit per 200 rows', 200],
    ['one commit per row', 1],
  ] as const) {
    const rate = rawInsertRate(
      join(dir, `raw-${per}.db`),
      sets.slice(0, per === 1 ? 2000 : undefined),
      per,
    );
    console.log(`  ${label.padEnd(24)}: ${fmt(rate)} answer sets/s`);
  }
  console.log(
    `HTTP, ${kiosks} kiosks sending for ${seconds} s each run, the server in its own process:`,
  );
  const runs = [
    { batchSize: 1, everyMs: 0, what: 'batches of   1, back to back' },
    { batchSize: 1, everyMs: 1000, what: 'batches of   1, one a second each' },
    { batchSize: 200, everyMs: 0, what: 'batches of 200, back to back' },
  ];
  for (const { batchSize, everyMs, what } of runs) {
    const server = await startServer(`http-${batchSize}-${everyMs}`);
    // One keep-alive connection per kiosk, opened in the warm-up: on a saturated server, Node
    // serves the busy connections first and a new one can wait seconds for its first reply
    // (docs/performance.md), which would measure connection set-up, not ingest.
    const agent = new Agent({ keepAlive: true, maxSockets: kiosks });
    try {
      // Warm-up (JIT, page cache, connections), not counted.
      await ingest(server, agent, sets, batchSize, version).catch(() => undefined);
      const r = await ingest(server, agent, sets, batchSize, version, everyMs);
      console.log(
        `  ${what.padEnd(33)}: ${fmt(r.perSecond)} answer sets/s, p50 ${ms(r.p50)}, p99 ${ms(r.p99)} per batch (${r.batches} batches), server peak RSS ${peakRssMiB(server.child).toFixed(0)} MiB`,
      );
    } finally {
      agent.destroy();
      server.child.kill('SIGTERM');
      await once(server.child, 'exit');
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
