import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_PATH } from '../../src/server/routes/import.ts';
import type { AuditEntry } from '../../src/server/store/audit-store.ts';
import { ENROLL_PATH } from '../../src/shared/enrollment-schema.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { compiledEntry } from './compiled.ts';
import { makeBatch, makeTempDir, OFFICE, openTestApp, type TestApp } from './fixtures.ts';
import { SURVEY } from './results-fixtures.ts';
import { sealedWave } from './urn-fixtures.ts';

// Every staff command leaves exactly its one entry in the audit trail (issue 13, point 6), run as
// IT runs it: the compiled CLI in a child process, on the test's store (SQLite or PostgreSQL).
const ME = `cli:${userInfo().username}`;

let t: TestApp;
let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  t = await openTestApp();
  temp = await makeTempDir();
});
afterAll(async () => {
  await t?.close();
  await temp?.remove();
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run <entry> -- …args`, compiled, on the test's database; `stdin` piped in. */
function cli(entry: string, args: string[], stdin = ''): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [...compiledEntry(`server/cli/${entry}`), ...args], {
      env: { ...process.env, URNE_DB: t.dbPath, DATABASE_URL: t.databaseUrl ?? '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** Runs `work` and returns the entries it added, oldest first. */
async function entriesOf(work: () => Promise<unknown>): Promise<AuditEntry[]> {
  const before = (await t.store.listAudit()).length;
  await work();
  return (await t.store.listAudit()).slice(before);
}

/** Runs a command that must succeed; returns the entries it added, as [actor, action, detail]. */
async function recorded(entry: string, args: string[], stdin = '') {
  const added = await entriesOf(async () => {
    const r = await cli(entry, args, stdin);
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
  });
  return added.map((e) => [e.actor, e.action, e.detail]);
}

const OTHER = 'Bürgerbüro Brambauer';

describe('npm run kiosk', () => {
  it('add and revoke: the kiosk and its office, never its token', async () => {
    let token = '';
    const added = await entriesOf(async () => {
      const r = await cli('kiosk', ['add', '--office', ` ${OTHER} `]);
      token = r.stdout.match(/^[A-Za-z0-9_-]{43}$/m)?.[0] ?? '';
    });
    expect(token).not.toBe('');
    const id = (await t.store.listKiosks()).find((k) => k.office === OTHER)?.id;
    expect(added.map((e) => [e.actor, e.action, e.detail])).toEqual([
      [ME, 'kiosk-add', { kiosk: id, office: OTHER }],
    ]);
    expect(await recorded('kiosk', ['revoke', String(id)])).toEqual([
      [ME, 'kiosk-revoke', { kiosk: id, office: OTHER }],
    ]);
    // A refused command changed nothing, and records nothing.
    expect(await entriesOf(() => cli('kiosk', ['revoke', '999']))).toEqual([]);
    expect(JSON.stringify(await t.store.listAudit())).not.toContain(token);
  });

  it('enroll: that a link exists and until when, never the link; its use adds the kiosk', async () => {
    let code = '';
    const made = await entriesOf(async () => {
      const r = await cli('kiosk', [
        ...['enroll', '--office', OTHER, '--base-url', 'https://umfrage.example.de'],
        ...['--expires-days', '2'],
      ]);
      code = r.stdout.match(/\?enroll=([A-Za-z0-9_-]{43})/)?.[1] ?? '';
    });
    expect(code).not.toBe('');
    expect(made.map((e) => [e.actor, e.action])).toEqual([[ME, 'enrollment-code']]);
    expect(made[0]?.detail).toEqual({
      office: OTHER,
      until: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/),
    });
    const enrolled = await entriesOf(async () => {
      const res = await t.app.request(ENROLL_PATH, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code }),
      });
      expect(res.status).toBe(200);
    });
    const kiosk = (await t.store.listKiosks()).at(-1)?.id;
    expect(enrolled.map((e) => [e.actor, e.action, e.detail])).toEqual([
      ['Einrichtungslink', 'kiosk-add', { kiosk, office: OTHER, enrolled: true }],
    ]);
    expect(JSON.stringify(await t.store.listAudit())).not.toContain(code);
  });

  it('period and survey: the office and what it now runs', async () => {
    expect(
      await recorded('kiosk', [
        'period',
        '--office',
        OTHER,
        '--from',
        '2026-06-18',
        '--to',
        '2026-07-14',
      ]),
    ).toEqual([[ME, 'period-set', { office: OTHER, from: '2026-06-18', to: '2026-07-14' }]]);
    // Only showing the period changes nothing.
    expect(await recorded('kiosk', ['period', '--office', OTHER])).toEqual([]);
    const file = join(temp.dir, 'survey.json');
    const questions = buergerbueroSurvey.questions.filter((q, i) => i < 3 || q.id === 'overall');
    await writeFile(file, JSON.stringify({ ...buergerbueroSurvey, questions }));
    const [entry, ...more] = await recorded('kiosk', ['survey', '--office', OTHER, '--file', file]);
    expect(more).toEqual([]);
    expect(entry).toEqual([
      ME,
      'survey-set',
      { office: OTHER, survey: SURVEY, version: expect.any(String) },
    ]);
  });
});

describe('npm run evaluator -- wave', () => {
  it('add and remove: the wave, its name, survey, period and deletion schedule', async () => {
    const args = ['wave', 'add', '--survey', SURVEY, '--name', 'Herbst', '--from', '2026-09-01'];
    const [entry, ...more] = await recorded('evaluator', [...args, '--to', '2026-09-30', '--open']);
    expect(more).toEqual([]);
    const wave = (await t.store.listWaves()).find((w) => w.name === 'Herbst')?.id;
    const period = { from: '2026-09-01', to: '2026-09-30' };
    expect(entry).toEqual([
      ME,
      'wave-add',
      {
        wave,
        name: 'Herbst',
        survey: SURVEY,
        ...period,
        sealed: false,
        keepSetsMonths: 12,
        keepTextsMonths: 3,
      },
    ]);
    expect(await recorded('evaluator', ['wave', 'remove', String(wave)])).toEqual([
      [ME, 'wave-remove', { wave, name: 'Herbst', ...period }],
    ]);
  });
});

describe('npm run urne', () => {
  it('keys create: the holders, the threshold and the public fingerprint, never a share', async () => {
    const { id } = await t.store.addWave({
      surveyId: SURVEY,
      // Far ahead: a sealed wave that covered today would refuse the plain batches below.
      name: 'Winter',
      from: '2099-12-01',
      to: '2099-12-31',
      sealed: true,
    });
    const out = join(temp.dir, 'sheets');
    const holders = 'Leitung Bürgerbüro,Datenschutz,Personalrat';
    const added = await recorded('urne', [
      ...['keys', 'create', '--wave', String(id), '--holders', holders],
      ...['--threshold', '2', '--out', out],
    ]);
    const key = await t.store.getWaveKey(id);
    expect(added).toEqual([
      [
        ME,
        'keys-create',
        {
          wave: id,
          holders: ['Leitung Bürgerbüro', 'Datenschutz', 'Personalrat'],
          threshold: 2,
          fingerprint: expect.any(String),
        },
      ],
    ]);
    expect(key).toBeDefined();
  });

  it('open: the holders present and how many answers were valid, never their shares', async () => {
    const wave = await sealedWave(t.store, {
      name: 'Sommer',
      from: '2026-06-18',
      to: '2026-07-14',
    });
    const shares = `${wave.shares[0]}\n\n${wave.shares[2]}\n`;
    const out = join(temp.dir, 'record');
    const added = await recorded('urne', ['open', '--wave', String(wave.id), '--out', out], shares);
    expect(added).toEqual([
      [
        ME,
        'urn-open',
        {
          wave: wave.id,
          holders: [expect.objectContaining({ number: 1 }), expect.objectContaining({ number: 3 })],
          valid: 0,
        },
      ],
    ]);
    const trail = JSON.stringify(await t.store.listAudit());
    for (const share of wave.shares) expect(trail).not.toContain(share.split('\n')[0]);
  });
});

describe('importing a kiosk backup', () => {
  const backup = (batches: ReturnType<typeof makeBatch>[]) =>
    JSON.stringify({
      format: 'urne-backup',
      formatVersion: 1,
      office: OFFICE,
      exportedDay: '2026-06-20',
      batches,
    });

  it('npm run import: whose backup and how many batches went where', async () => {
    const file = join(temp.dir, 'backup.json');
    await writeFile(file, backup([makeBatch(t.version, 3), makeBatch(t.version, 2)]));
    const counts = { office: OFFICE, exportedDay: '2026-06-20' };
    expect(await recorded('import', [file])).toEqual([
      [ME, 'import', { ...counts, stored: 2, duplicate: 0, refused: 0 }],
    ]);
    expect(await recorded('import', [file])).toEqual([
      [ME, 'import', { ...counts, stored: 0, duplicate: 2, refused: 0 }],
    ]);
  });

  it('POST /api/v1/import: the same, under the kiosk whose token sent it', async () => {
    const added = await entriesOf(async () => {
      const res = await t.app.request(IMPORT_PATH, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${t.token}` },
        body: backup([makeBatch(t.version, 2)]),
      });
      expect(res.status).toBe(200);
    });
    const kiosk = (await t.store.listKiosks()).find((k) => k.office === OFFICE)?.id;
    expect(added.map((e) => [e.actor, e.action, e.detail])).toEqual([
      [
        `Kiosk ${kiosk}`,
        'import',
        { office: OFFICE, exportedDay: '2026-06-20', stored: 1, duplicate: 0, refused: 0 },
      ],
    ]);
  });
});

describe('npm run audit -- list', () => {
  it('prints one line per entry, oldest first, from --since on', async () => {
    await t.store.appendAudit({
      at: '2020-03-01T08:00:00Z',
      actor: 'Frau Alt',
      action: 'login',
      detail: {},
    });
    await t.store.appendAudit({
      at: '2020-03-02T09:30:00Z',
      actor: 'Frau Alt',
      action: 'export',
      detail: { wave: 1, office: OFFICE, format: 'csv' },
    });
    const all = await cli('audit', ['list']);
    expect(all.code, all.stderr).toBe(0);
    const lines = all.stdout.trim().split('\n');
    expect(lines).toHaveLength((await t.store.listAudit()).length);
    expect(lines[0]).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC {2}cli:\S+ {2}kiosk added {2}kiosk \d+, office /,
    );

    // Oldest first is the order they were written in; --since leaves out what came before.
    const since = await cli('audit', ['list', '--since', '2020-03-02']);
    expect(since.code, since.stderr).toBe(0);
    expect(since.stdout).toContain(
      `\n2020-03-02 09:30:00 UTC  Frau Alt  export  wave 1, office ${OFFICE}, format csv\n`,
    );
    expect(since.stdout).not.toContain('Frau Alt  login');
    expect(since.stdout.trim().split('\n')).toHaveLength(lines.length - 1);
    const time = await cli('audit', ['list', '--since', '2020-03-01T09:00+01:00']);
    expect(time.stdout).toContain('Frau Alt  login');
    const later = await cli('audit', ['list', '--since', '2020-03-01T09:00:01+01:00']);
    expect(later.stdout).not.toContain('Frau Alt  login');
    expect(later.stdout).toContain('Frau Alt  export');
  });

  it('says what is wrong with a date that is none, and lists nothing', async () => {
    for (const bad of ['2026-02-30', 'letzte Woche']) {
      const r = await cli('audit', ['list', '--since', bad]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim()).toBe(
        `"${bad}" is not a date: give a day as 2026-06-01 or a time as 2026-06-01T10:00 (UTC).`,
      );
    }
    expect((await cli('audit', [])).code).toBe(1);
  });
});
