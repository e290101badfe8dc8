import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { seedDefaultSurvey } from '../../src/server/survey-catalog.ts';
import { compiledEntry } from './compiled.ts';
import { batchOf, makeTempDir } from './fixtures.ts';
import { answerSet, SURVEY } from './results-fixtures.ts';

const run = promisify(execFile);
const cli = (name: string) => compiledEntry(`server/cli/${name}`);

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(() => temp.remove());

const command = (dbPath: string, name: string, ...args: string[]) =>
  run(process.execPath, [...cli(name), ...args], { env: { ...process.env, URNE_DB: dbPath } });

describe('npm run retention and the periods of npm run evaluator', () => {
  it('sets the periods per wave, refuses texts kept longer than sets, and lists them', async () => {
    const dbPath = join(temp.dir, 'periods.db');
    const add = (name: string, from: string, to: string, ...keep: string[]) =>
      command(
        dbPath,
        'evaluator',
        'wave',
        'add',
        '--survey',
        SURVEY,
        '--name',
        name,
        '--from',
        from,
        '--to',
        to,
        '--open',
        ...keep,
      );
    const added = await add(
      '2020',
      '2020-06-01',
      '2020-06-30',
      '--keep-sets-months',
      '24',
      '--keep-texts-months',
      '6',
    );
    expect(added.stdout).toContain('deleted 24 months after its last day, its free texts 6 months');
    await expect(
      add(
        '2021',
        '2021-06-01',
        '2021-06-30',
        '--keep-sets-months',
        '6',
        '--keep-texts-months',
        '12',
      ),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('no longer than the sets'),
    });
    await expect(
      add('2021', '2021-06-01', '2021-06-30', '--keep-sets-months', '0'),
    ).rejects.toMatchObject({
      code: 1,
    });
    const listed = await command(dbPath, 'evaluator', 'wave', 'list');
    expect(listed.stdout).toContain(
      '1\t2020-06-01\t2020-06-30\tbuergerbuero_zufriedenheit\t24 months\t6 months\t–\t2020',
    );
  });

  it('a dry run prints what is due and changes nothing; a run deletes it and records the command', async () => {
    const dbPath = join(temp.dir, 'run.db');
    await command(
      dbPath,
      'evaluator',
      'wave',
      'add',
      '--survey',
      SURVEY,
      '--name',
      '2020',
      '--from',
      '2020-06-01',
      '--to',
      '2020-06-30',
      '--open',
    );
    const store = openSqliteStore(dbPath);
    try {
      const v = await seedDefaultSurvey(store);
      await store.saveBatch(
        batchOf([1, 2, 3].map((o) => answerSet(v, '2020-06-10', { overall: o }))),
      );
    } finally {
      await store.close();
    }
    const dry = await command(dbPath, 'retention', '--dry-run');
    expect(dry.stdout).toContain('Would delete: wave 1 "2020": 3 answer sets');
    expect(dry.stdout).toContain(
      'wave 1 "2020": texts kept until 2020-09-30, answer sets until 2021-06-30',
    );
    const done = await command(dbPath, 'retention');
    expect(done.stdout).toContain('Deleted: wave 1 "2020": 3 answer sets');
    expect((await command(dbPath, 'retention')).stdout).toContain('Nothing is due for deletion.');
    const reopened = openSqliteStore(dbPath);
    try {
      const audit = (await reopened.listAudit()).filter((e) => e.action === 'deletion');
      expect(audit.map((e) => e.detail)).toEqual([
        { wave: 1, what: 'texts', count: 0 },
        { wave: 1, what: 'sets', count: 3 },
      ]);
      expect(audit.every((e) => e.actor.startsWith('cli'))).toBe(true);
    } finally {
      await reopened.close();
    }
    const listed = await command(dbPath, 'evaluator', 'wave', 'list');
    expect(listed.stdout).toMatch(/texts \d{4}-\d\d-\d\d, sets \d{4}-\d\d-\d\d\t2020$/m);
    await expect(command(dbPath, 'evaluator', 'wave', 'remove', '1')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('were deleted on'),
    });
    const recount = await command(dbPath, 'evaluator', 'recount');
    expect(recount.stdout).toContain(
      'Kept as they were (answer sets deleted on schedule): wave 1 "2020"',
    );
  });
});
