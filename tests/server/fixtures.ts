import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { sampleAnswerSet, seededRandom } from '../../scripts/sample-answers.ts';
import { createApp } from '../../src/server/app.ts';
import type { StuffingLimits } from '../../src/server/kiosk-tally.ts';
import { createRateLimiter } from '../../src/server/rate-limit.ts';
import { openPostgresStore } from '../../src/server/store/pg-store.ts';
import type { ServerStore } from '../../src/server/store/server-store.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { seedDefaultSurvey } from '../../src/server/survey-catalog.ts';
import { registerKiosk } from '../../src/server/tokens.ts';
import { type AnswerSet, dayOf } from '../../src/shared/answer-schema.ts';
import type { Brand } from '../../src/shared/brand-schema.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import {
  BATCHES_PATH,
  type OpenBatch as Batch,
  ErrorBody,
  IDEMPOTENCY_KEY_HEADER,
} from '../../src/shared/wire-schema.ts';
import {
  createTestDatabase,
  DEFAULT_STORE,
  dumpPg,
  queryPg,
  type StoreKind,
} from './pg-fixtures.ts';

export type { StoreKind } from './pg-fixtures.ts';

export const OFFICE = 'Bürgerbüro Lünen';

export async function makeTempDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'urne-server-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  store: ServerStore;
  /** Which store this app runs on: DEFAULT_STORE (pg-fixtures.ts) unless the test chose. */
  kind: StoreKind;
  /** The SQLite file (also set, unused, on PostgreSQL). */
  dbPath: string;
  /** The PostgreSQL database's URL, when kind is 'postgres'. */
  databaseUrl?: string;
  /** Every table's rows (dumpReceived), on either store. */
  dump(): Promise<Record<string, unknown[]>>;
  /** How many rows answer_sets holds, read past the store as an operator would. */
  countAnswerSets(): Promise<number>;
  /**
   * One statement with `?` parameters, straight on the database past the store, as an operator
   * could: rows of a query, [] for anything else. Keep it to SQL both stores understand.
   */
  sql<T = Record<string, unknown>>(text: string, params?: (string | number)[]): Promise<T[]>;
  token: string;
  version: string;
  logs: string[];
  close(): Promise<void>;
}

/**
 * The real app on a real store — a SQLite file in a temp dir, or a fresh PostgreSQL database
 * (pg-fixtures.ts) — with one registered kiosk.
 */
export async function openTestApp(
  options: {
    rateLimitPerMinute?: number;
    bodyLimitBytes?: number;
    distDir?: string;
    stuffing?: StuffingLimits;
    brand?: Brand;
    store?: StoreKind;
  } = {},
): Promise<TestApp> {
  const kind = options.store ?? DEFAULT_STORE;
  const temp = await makeTempDir();
  const dbPath = join(temp.dir, 'urne.db');
  const pg = kind === 'postgres' ? await createTestDatabase() : undefined;
  const store = pg ? await openPostgresStore(pg.url) : openSqliteStore(dbPath);
  const version = await seedDefaultSurvey(store);
  const { token } = await registerKiosk(store, OFFICE);
  const logs: string[] = [];
  const app = createApp({
    store,
    rateLimiter: createRateLimiter(options.rateLimitPerMinute ?? 10_000),
    bodyLimitBytes: options.bodyLimitBytes ?? 1024 * 1024,
    distDir: options.distDir,
    stuffing: options.stuffing,
    brand: options.brand,
    log: (line) => logs.push(line),
  });
  return {
    app,
    store,
    kind,
    dbPath,
    databaseUrl: pg?.url,
    token,
    version,
    logs,
    dump: async () => (pg ? dumpPg(pg.url) : dumpReceived(dbPath)),
    countAnswerSets: async () =>
      pg
        ? ((await queryPg<{ n: number }>(pg.url, 'SELECT COUNT(*) AS n FROM answer_sets'))[0]?.n ??
          0)
        : countAnswerSets(dbPath),
    sql: async <T>(text: string, params: (string | number)[] = []) =>
      pg ? queryPg<T>(pg.url, text, params) : querySqlite<T>(dbPath, text, params),
    close: async () => {
      await store.close();
      await pg?.drop();
      await temp.remove();
    },
  };
}

let seed = 1;

/**
 * A batch as a kiosk sends it, answered today: inside the period an office gets when its kiosk
 * first fetches a configuration (which starts today), and never a day still to come.
 */
export function makeBatch(version: string, count = 3, office = OFFICE): Batch {
  const random = seededRandom(seed++);
  const today = dayOf(new Date());
  const answerSets: AnswerSet[] = Array.from({ length: count }, () =>
    sampleAnswerSet(buergerbueroSurvey, version, office, today, random),
  );
  return {
    batchId: randomUUID(),
    surveyId: buergerbueroSurvey.id,
    surveyVersion: version,
    office,
    answerSets,
  };
}

/**
 * Answer sets as one Batch for store.saveBatch (which stores whatever it is given, since the
 * checks come before it): a fresh id, and the batch's survey and office taken from the first set.
 */
export function batchOf(answerSets: readonly AnswerSet[]): Batch {
  const first = answerSets[0];
  if (!first) throw new Error('batchOf needs at least one answer set');
  const { surveyId, surveyVersion, office } = first;
  return { batchId: randomUUID(), surveyId, surveyVersion, office, answerSets: [...answerSets] };
}

/** The request a kiosk sends for `batch` (POST /api/v1/batches), for fetch or app.request. */
export function batchRequest(token: string, batch: Batch): RequestInit {
  return {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      [IDEMPOTENCY_KEY_HEADER]: batch.batchId,
    },
    body: JSON.stringify(batch),
  };
}

/** POSTs a batch the way the kiosk does; `init` overrides any part of the request. */
export async function postBatch(
  t: TestApp,
  body: unknown,
  init: { token?: string | null; headers?: Record<string, string>; rawBody?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const token = init.token === undefined ? t.token : init.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  const id = (body as { batchId?: unknown } | null)?.batchId;
  if (typeof id === 'string') headers['Idempotency-Key'] = id;
  return t.app.request(BATCHES_PATH, {
    method: 'POST',
    headers: { ...headers, ...init.headers },
    body: init.rawBody ?? JSON.stringify(body),
  });
}

/**
 * Sends a request that must be refused and checks what every refusal promises: the status, a
 * JSON body whose error is a sentence (no code, no stack trace), and not one row changed.
 */
export async function expectRejected(
  t: TestApp,
  request: Promise<Response>,
  status: number,
): Promise<{ res: Response; body: ErrorBody }> {
  const before = await t.dump();
  const res = await request;
  expect(res.status).toBe(status);
  expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
  const body = ErrorBody.parse(await res.json());
  expect(body.error).toMatch(/^[A-Z].*\.$/);
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts:\d+/);
  expect(await t.dump()).toEqual(before);
  return { res, body };
}

/**
 * Everything the server holds, table by table — every table in sqlite_master,
 * so a new one is covered without touching this: compared before and after a
 * rejected request. Rows are sorted, so only content counts, not page order;
 * tables with a rowid keep it, so a deleted-and-reinserted row shows.
 */
export function dumpReceived(dbPath: string): Record<string, unknown[]> {
  const db = new Database(dbPath, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all() as { name: string; sql: string }[];
    const dump: Record<string, unknown[]> = {};
    for (const { name, sql } of tables) {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      const columns = /WITHOUT\s+ROWID/i.test(sql) ? '*' : 'rowid AS _rowid, *';
      const rows = db.prepare(`SELECT ${columns} FROM ${quoted}`).all();
      dump[name] = rows.map((row) => JSON.stringify(row)).sort();
    }
    return dump;
  } finally {
    db.close();
  }
}

function querySqlite<T>(dbPath: string, text: string, params: (string | number)[]): T[] {
  const db = new Database(dbPath);
  try {
    const statement = db.prepare(text);
    if (statement.reader) return statement.all(...params) as T[];
    statement.run(...params);
    return [];
  } finally {
    db.close();
  }
}

export function countAnswerSets(dbPath: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM answer_sets').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
