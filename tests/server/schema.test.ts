import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchContentHash } from '../../src/server/store/batch-hash.ts';
import { MIGRATIONS } from '../../src/server/store/migrations.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { seedDefaultSurvey } from '../../src/server/survey-catalog.ts';
import { ANSWER_SET_KEYS } from '../../src/shared/answer-schema.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { surveyVersion } from '../../src/shared/survey/survey-version.ts';
import { makeBatch, makeTempDir } from './fixtures.ts';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(() => temp.remove());

function columns(db: Database.Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}

describe('SQLite schema', () => {
  it('answer_sets has exactly the fields of an answer set, nothing that could identify anyone', async () => {
    const path = join(temp.dir, 'columns.db');
    await openSqliteStore(path).close();
    const db = new Database(path, { readonly: true });
    const snake = ANSWER_SET_KEYS.map((k) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
    expect(columns(db, 'answer_sets')).toEqual(snake);
    // No count per batch: beside the arrival order it told how many sets came together.
    expect(columns(db, 'batches')).toEqual(['batch_id', 'content_hash']);
    expect(columns(db, 'kiosks')).toEqual(['id', 'office', 'token_hash', 'revoked', 'created_day']);
    db.close();
  });

  it('upgrades an older database: rows shuffled and counted anew, batches without their count', async () => {
    const path = join(temp.dir, 'version3.db');
    const old = new Database(path);
    for (const step of MIGRATIONS.slice(0, 3)) old.exec(step.sqlite);
    old.exec(
      'CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (3)',
    );
    const batch = makeBatch('0123456789abcdef', 4);
    old
      .prepare('INSERT INTO batches (batch_id, content_hash, answer_count) VALUES (?, ?, 4)')
      .run(batch.batchId, batchContentHash(batch));
    // 300 rows in the order they arrived, as version 3 stored them, all of them counted.
    const insert = old.prepare(
      "INSERT INTO answer_sets (survey_id, survey_version, office, day, answers) VALUES ('s', '0123456789abcdef', 'A', '2026-06-18', ?)",
    );
    for (let i = 0; i < 300; i++) insert.run(JSON.stringify({ n: i }));
    old.exec(
      "INSERT INTO answer_counts_watermark VALUES (1, 300); INSERT INTO answer_counts VALUES ('s', '2026-06-18', 'A', 0, '', '', '', 300)",
    );
    old.close();

    const store = openSqliteStore(path);
    expect(await store.saveBatch(batch)).toEqual({ kind: 'duplicate', accepted: 4 });
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(columns(db, 'batches')).toEqual(['batch_id', 'content_hash']);
    const order = db.prepare('SELECT answers FROM answer_sets').pluck().all() as string[];
    const arrival = order.map((a) => (JSON.parse(a) as { n: number }).n);
    expect([...arrival].sort((a, b) => a - b)).toEqual(Array.from({ length: 300 }, (_, i) => i));
    // No longer in arrival order: a shuffle keeps about one neighbour pair in 300 in order.
    const kept = arrival.filter((a, i) => i > 0 && a === (arrival[i - 1] ?? -2) + 1).length;
    expect(kept).toBeLessThan(30);
    // Counted again from the shuffled rows, lazily.
    expect(db.prepare('SELECT COUNT(*) FROM answer_sets_uncounted').pluck().get()).toBe(300);
    expect(db.prepare('SELECT COUNT(*) FROM answer_counts').pluck().get()).toBe(0);
    db.close();
  });

  it('creates the folder, uses WAL, and migrates once (reopening keeps data)', async () => {
    const path = join(temp.dir, 'nested', 'deeper', 'urne.db');
    const store = openSqliteStore(path);
    const version = await seedDefaultSurvey(store);
    const batch = makeBatch(version, 3);
    await store.saveBatch(batch);
    await store.close();

    const again = openSqliteStore(path);
    expect(await seedDefaultSurvey(again)).toBe(version);
    await again.close();

    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version FROM schema_version').all()).toEqual([
      { version: MIGRATIONS.length },
    ]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM answer_sets').get()).toEqual({ n: 3 });
    expect(db.prepare('SELECT survey_id, version FROM surveys').all()).toEqual([
      { survey_id: buergerbueroSurvey.id, version: await surveyVersion(buergerbueroSurvey) },
    ]);
    db.close();
  });

  it('stores a kiosk token only as its hash', async () => {
    const path = join(temp.dir, 'tokens.db');
    const store = openSqliteStore(path);
    const { registerKiosk } = await import('../../src/server/tokens.ts');
    const { token } = await registerKiosk(store, 'Bürgerbüro Lünen');
    await store.close();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const db = new Database(path, { readonly: true });
    const dump = JSON.stringify(db.prepare('SELECT * FROM kiosks').all());
    db.close();
    expect(dump).not.toContain(token);
    expect(dump).toMatch(/"token_hash":"[0-9a-f]{64}"/);
  });

  it('refuses a database from a newer version of Urne', async () => {
    const path = join(temp.dir, 'future.db');
    await openSqliteStore(path).close();
    const db = new Database(path);
    db.prepare('UPDATE schema_version SET version = ?').run(MIGRATIONS.length + 1);
    db.close();
    expect(() => openSqliteStore(path)).toThrow(/newer than this program knows/);
  });
});
