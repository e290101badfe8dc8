import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupFileError, importBackup, parseBackup } from '../../src/server/import-backup.ts';
import { IMPORT_PATH } from '../../src/server/routes/import.ts';
import { createSurveyCatalog } from '../../src/server/survey-catalog.ts';
import type { Backup } from '../../src/shared/backup-schema.ts';
import { compiledEntry } from './compiled.ts';
import {
  makeBatch,
  makeTempDir,
  OFFICE,
  openTestApp,
  postBatch,
  type TestApp,
} from './fixtures.ts';

const run = promisify(execFile);

let t: TestApp;
let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  t = await openTestApp();
  temp = await makeTempDir();
});
afterAll(async () => {
  await t.close();
  await temp.remove();
});

const backupOf = (batches: Backup['batches']): Backup => ({
  format: 'urne-backup',
  formatVersion: 1,
  office: OFFICE,
  exportedDay: '2026-06-20',
  batches,
});

/** The import CLI as IT runs it, in a child process, on the test's database. */
async function importCli(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [
      ...compiledEntry('server/cli/import'),
      ...[file, '--db', t.dbPath],
    ]);
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('backup import', () => {
  it('npm run import: the same file twice adds its answers once', async () => {
    const file = join(temp.dir, 'backup.json');
    await writeFile(
      file,
      JSON.stringify(backupOf([makeBatch(t.version, 3), makeBatch(t.version, 2)])),
    );
    const first = await importCli(file);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/2 batches: 2 stored, 0 already there, 0 refused; 5 new answers/);
    expect(await t.countAnswerSets()).toBe(5);

    const second = await importCli(file);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/2 batches: 0 stored, 2 already there, 0 refused; 0 new answers/);
    expect(await t.countAnswerSets()).toBe(5);
  });

  it('a malformed file: a clear error naming what is wrong, nothing stored', async () => {
    const before = await t.dump();
    const batch = makeBatch(t.version, 2);
    const badSets = batch.answerSets.map((set, i) =>
      i === 1 ? { ...set, day: 'yesterday' } : set,
    );
    const broken = backupOf([{ ...batch, answerSets: badSets }]);
    const file = join(temp.dir, 'broken.json');
    await writeFile(file, JSON.stringify({ ...broken, exportedAt: '2026-06-20T10:11:12Z' }));
    const result = await importCli(file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not a valid Urne backup\. Nothing was stored/);
    expect(result.stderr).toMatch(/batches\[0\]\.answerSets\[1\]\.day: must be a day YYYY-MM-DD/);
    expect(result.stderr).toMatch(/exportedAt/);

    await writeFile(file, '{"format": "urne-backup", ');
    expect((await importCli(file)).stderr).toMatch(/not valid JSON\. Nothing was stored/);
    expect(() => parseBackup('[]')).toThrow(BackupFileError);
    expect(await t.dump()).toEqual(before);
  });

  it('a batch imported first and later sent by sync is a duplicate, stored once', async () => {
    const batch = makeBatch(t.version, 4);
    const deps = { store: t.store, catalog: createSurveyCatalog(t.store) };
    const summary = await importBackup(deps, parseBackup(JSON.stringify(backupOf([batch]))));
    expect(summary.results).toEqual([{ batchId: batch.batchId, status: 'stored', answerSets: 4 }]);
    const before = await t.countAnswerSets();

    const res = await postBatch(t, batch);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ batchId: batch.batchId, accepted: 4, duplicate: true });
    expect(await t.countAnswerSets()).toBe(before);
  });

  it('a batch sent by sync first is "already there" on import; a refused batch does not stop the rest', async () => {
    const synced = makeBatch(t.version, 2);
    expect((await postBatch(t, synced)).status).toBe(201);
    const unknownVersion = { ...makeBatch(t.version, 1) };
    unknownVersion.surveyVersion = '0123456789abcdef';
    for (const set of unknownVersion.answerSets) set.surveyVersion = '0123456789abcdef';
    const fresh = makeBatch(t.version, 3);
    const before = await t.countAnswerSets();
    const deps = { store: t.store, catalog: createSurveyCatalog(t.store) };
    const summary = await importBackup(
      deps,
      parseBackup(JSON.stringify(backupOf([synced, unknownVersion, fresh]))),
    );
    expect(summary.results.map((r) => r.status)).toEqual(['duplicate', 'refused', 'stored']);
    expect(summary.results[1]).toMatchObject({
      problem: expect.stringMatching(/does not know version/),
    });
    expect(summary.storedAnswerSets).toBe(3);
    expect(await t.countAnswerSets()).toBe(before + 3);
  });

  it('a batch of another office inside the backup makes the whole file invalid', () => {
    const foreign = makeBatch(t.version, 1, 'Bürgerbüro Brambauer');
    expect(() => parseBackup(JSON.stringify(backupOf([foreign])))).toThrow(
      /batches\[0\]\.office: must equal the backup's office/,
    );
  });

  it('POST /api/v1/import: needs the token of a kiosk of that office; twice stores once', async () => {
    const body = JSON.stringify(backupOf([makeBatch(t.version, 2)]));
    const post = (token: string | undefined, text = body) =>
      t.app.request(IMPORT_PATH, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: text,
      });
    const before = await t.countAnswerSets();
    expect((await post(undefined)).status).toBe(401);
    const malformed = await post(t.token, '{"format":"urne-backup"}');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({
      error: expect.stringMatching(/not a valid Urne backup/),
    });

    const first = await post(t.token);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({
      storedAnswerSets: 2,
      results: [{ status: 'stored' }],
    });
    const second = await post(t.token);
    expect(await second.json()).toMatchObject({
      storedAnswerSets: 0,
      results: [{ status: 'duplicate' }],
    });
    expect(await t.countAnswerSets()).toBe(before + 2);
  });
});
