import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pack, toBatchRows, unpack } from '../../src/server/store/batch-rows.ts';
import { createGroupWrite } from '../../src/server/store/batch-write-sql.ts';
import { connect } from '../../src/server/store/sqlite-connection.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { makeBatch, makeTempDir } from './fixtures.ts';

const VERSION = '0123456789abcdef';
let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(() => temp.remove());

describe('packing rows for the writer thread', () => {
  it('gives back exactly the rows, also for free text with line breaks, quotes and umlauts', () => {
    const batch = makeBatch(VERSION, 30);
    const first = batch.answerSets[0];
    if (!first) throw new Error('fixture');
    first.answers = { ...first.answers, remarks: 'Zeile 1\nZeile "2"\r\n\tÄöü' };
    first.flagged = true;
    const packed = pack(batch);
    expect('rows' in packed).toBe(false); // the compact form
    expect(unpack(packed)).toEqual(toBatchRows(batch));
  });

  it('sends sets of different offices or surveys as plain rows, unchanged', () => {
    const batch = makeBatch(VERSION, 4);
    const other = makeBatch(VERSION, 2, 'Bürgerbüro Brambauer');
    const mixed = {
      batchId: batch.batchId,
      answerSets: [...batch.answerSets, ...other.answerSets],
    };
    const packed = pack(mixed);
    expect('rows' in packed).toBe(true);
    expect(unpack(packed)).toEqual(toBatchRows(mixed));
  });
});

describe('writing a group of batches in one transaction', () => {
  it('keeps each batch all or nothing, and tells duplicates and conflicts apart', async () => {
    const path = join(temp.dir, 'group.db');
    await openSqliteStore(path).close(); // the schema
    const db = connect(path);
    const write = createGroupWrite(db);
    const a = makeBatch(VERSION, 3);
    const failing = makeBatch(VERSION, 4, 'Refused');
    const c = makeBatch(VERSION, 2);
    const conflicting = { ...makeBatch(VERSION, 2), batchId: a.batchId };
    // The real SQLite refuses the third answer set of `failing`, after two went in.
    db.exec(`CREATE TRIGGER refuse_third BEFORE INSERT ON answer_sets
      WHEN NEW.office = 'Refused' AND (SELECT COUNT(*) FROM answer_sets WHERE office = 'Refused') = 2
      BEGIN SELECT RAISE(ABORT, 'refused'); END;`);

    const results = write([a, failing, a, conflicting, c].map(toBatchRows));

    expect(results).toEqual([
      { ok: true, outcome: { kind: 'stored', accepted: 3 } },
      { ok: false, message: 'refused', code: 'SQLITE_CONSTRAINT_TRIGGER' },
      { ok: true, outcome: { kind: 'duplicate', accepted: 3 } },
      { ok: true, outcome: { kind: 'conflict' } },
      { ok: true, outcome: { kind: 'stored', accepted: 2 } },
    ]);
    db.close();
    const check = new Database(path, { readonly: true });
    const ids = check.prepare('SELECT batch_id FROM batches ORDER BY batch_id').pluck().all();
    expect(ids).toEqual([a.batchId, c.batchId].sort());
    expect(check.prepare('SELECT COUNT(*) FROM answer_sets').pluck().get()).toBe(5);
    check.close();
  });
});
