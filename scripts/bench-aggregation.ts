/**
 * `npm run bench` (second part): the evaluation over 1,000,000 stored answer sets. Generates
 * the answers into a temp SQLite file (one prepared statement, one transaction), then times
 *  1. the cold fill of answer_counts: the store counting all of them in SQL, as it does on the
 *     first look at the results after a bulk load, and the longest the event loop waited;
 *  2. buildSummary for one wave (counts, shares, intervals, per day, flagged, free texts,
 *     cross-tab, wave comparison) as GET /api/v1/results/summary runs it (goal: about a second).
 *   node --import tsx scripts/bench-aggregation.ts [--sets 1000000] [--naive]
 * --naive also times one question the plain way (GROUP BY json_extract over every row).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { buildSummary } from '../src/server/results/summary.ts';
import { COUNT_CHUNK } from '../src/server/store/results-counts.ts';
import { openSqliteStore } from '../src/server/store/sqlite-store.ts';
import { seedDefaultSurvey } from '../src/server/survey-catalog.ts';
import { buergerbueroSurvey } from '../src/shared/survey/buergerbuero-survey.ts';
import { surveyVersion } from '../src/shared/survey/survey-version.ts';
import { addExampleWaves, sampleAnswerSet, seededRandom } from './sample-answers.ts';

const { values } = parseArgs({
  options: {
    sets: { type: 'string', default: '1000000' },
    naive: { type: 'boolean', default: false },
  },
});
const total = Number(values.sets);
const OFFICES = ['Bürgerbüro Lünen', 'Bürgerbüro Brambauer', 'Bürgerbüro Horstmar'];
const dir = mkdtempSync(join(tmpdir(), 'urne-bench-aggregation-'));
const path = join(dir, 'urne.db');
const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(2);

function generate(version: string): void {
  void openSqliteStore(path).close(); // the real schema
  const db = new Database(path);
  // Only for generating test data fast; the server itself writes with synchronous = FULL.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insert = db.prepare(
    'INSERT INTO answer_sets (survey_id, survey_version, office, day, answers, flagged) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const random = seededRandom(1);
  const start = performance.now();
  db.transaction(() => {
    // Ordered by day and office, as kiosks deliver them: a batch holds one office's day.
    const days = Array.from({ length: 27 }, (_, d) =>
      new Date(Date.UTC(2026, 5, 18 + d)).toISOString().slice(0, 10),
    );
    for (let i = 0; i < total; i++) {
      const slot = Math.floor((i * days.length * OFFICES.length) / total);
      const day = days[Math.floor(slot / OFFICES.length)] ?? '2026-06-18';
      const office = OFFICES[slot % OFFICES.length] ?? '';
      const set = sampleAnswerSet(buergerbueroSurvey, version, office, day, random);
      insert.run(
        set.surveyId,
        set.surveyVersion,
        set.office,
        set.day,
        JSON.stringify(set.answers),
        set.flagged ? 1 : 0,
      );
    }
  })();
  db.close();
  console.log(`generated ${total.toLocaleString('en-US')} answer sets in ${seconds(start)} s`);
}

try {
  const version = await surveyVersion(buergerbueroSurvey);
  console.log(`${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)}`);
  generate(version);
  const store = openSqliteStore(path);
  await seedDefaultSurvey(store);
  const wave = await addExampleWaves(store);
  // How long other requests would wait: the largest gap between ticks of a 5 ms timer.
  let stall = 0;
  let tick = performance.now();
  const ticker = setInterval(() => {
    stall = Math.max(stall, performance.now() - tick);
    tick = performance.now();
  }, 5);
  const counting = performance.now();
  const cpuBefore = process.cpuUsage();
  await store.countFlagged({
    surveyId: buergerbueroSurvey.id,
    from: '2026-06-18',
    to: '2026-06-18',
    includeFlagged: true,
  });
  clearInterval(ticker);
  const cpu = process.cpuUsage(cpuBefore);
  console.log(
    `cold fill of answer_counts, all ${total.toLocaleString('en-US')} answer sets counted in SQL ` +
      `(${COUNT_CHUNK.toLocaleString('en-US')} per transaction): ${seconds(counting)} s ` +
      `(${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU); ` +
      `longest wait of the event loop meanwhile: ${Math.round(stall)} ms`,
  );
  for (const run of ['first', 'second']) {
    const start = performance.now();
    const summary = await buildSummary(store, { wave: wave.id });
    console.log(
      `aggregation of one wave's full results (${run} run): ${seconds(start)} s for n = ${(summary.n ?? 0).toLocaleString('en-US')} ` +
        `(${summary.questions.length} questions, ${summary.flagged.toLocaleString('en-US')} flagged left out) — goal ≈ 1 s`,
    );
  }
  const start = performance.now();
  await buildSummary(store, {
    wave: wave.id,
    office: OFFICES[0],
    group: 'passport',
  });
  console.log(`same, filtered by office and reason: ${seconds(start)} s`);
  await store.close();
  if (values.naive) {
    const db = new Database(path, { readonly: true });
    const naive = performance.now();
    db.prepare(
      "SELECT json_extract(answers, '$.overall') AS v, COUNT(*) AS n FROM answer_sets WHERE survey_id = ? AND day BETWEEN ? AND ? AND flagged = 0 GROUP BY v",
    ).all(buergerbueroSurvey.id, '2026-06-18', '2026-07-14');
    console.log(
      `for comparison, ONE question via GROUP BY json_extract over every row: ${seconds(naive)} s`,
    );
    db.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
