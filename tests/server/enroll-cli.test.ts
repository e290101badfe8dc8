import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENROLL_PATH, EnrollResponse } from '../../src/shared/enrollment-schema.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { surveyVersion } from '../../src/shared/survey/survey-version.ts';
import { compiledEntry } from './compiled.ts';
import { makeTempDir, openTestApp, type TestApp } from './fixtures.ts';

const run = promisify(execFile);
const OFFICE = 'Bürgerbüro Lünen-Süd';

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

async function kiosk(...args: string[]) {
  try {
    const out = await run(process.execPath, [...compiledEntry('server/cli/kiosk'), ...args], {
      env: { ...process.env, URNE_DB: t.dbPath },
    });
    return { code: 0, ...out };
  } catch (err) {
    return err as { code: number; stdout: string; stderr: string };
  }
}

describe('npm run kiosk -- enroll | period | survey', () => {
  it('prints a one-time link and its QR code, writes the SVG, and the link enrolls a kiosk', async () => {
    const svg = join(temp.dir, 'kiosk.svg');
    const out = await kiosk(
      ...['enroll', '--office', OFFICE, '--base-url', 'https://umfrage.example.de'],
      ...['--expires-days', '2', '--qr-out', svg],
    );
    expect(out.code, out.stderr).toBe(0);
    const link = out.stdout.match(/https:\/\/umfrage\.example\.de\/\?enroll=([A-Za-z0-9_-]{43})/);
    expect(link).not.toBeNull();
    expect(out.stdout).toMatch(/[▀▄█]/); // the terminal QR code
    expect(await readFile(svg, 'utf8')).toMatch(/<svg[^>]*viewBox/);

    const period = await kiosk(
      'period',
      '--office',
      OFFICE,
      '--from',
      '2026-06-18',
      '--to',
      '2026-07-14',
    );
    expect(period.code, period.stderr).toBe(0);

    const res = await t.app.request(ENROLL_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: link?.[1] }),
    });
    expect(res.status).toBe(200);
    const { configuration } = EnrollResponse.parse(await res.json());
    expect(configuration.office).toBe(OFFICE);
    expect(configuration.period).toEqual({ from: '2026-06-18', to: '2026-07-14' });
  });

  it('refuses a period that ends before it starts, and a broken survey file, changing nothing', async () => {
    const before = await t.store.findOfficeSurvey(OFFICE);
    const wrong = await kiosk(
      'period',
      '--office',
      OFFICE,
      '--from',
      '2026-07-14',
      '--to',
      '2026-06-18',
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/not changed: to: the period must not end before it starts/);

    const file = join(temp.dir, 'survey.json');
    await writeFile(file, JSON.stringify({ ...buergerbueroSurvey, questions: [] }));
    const broken = await kiosk('survey', '--office', OFFICE, '--file', file);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/survey was not changed.*needs at least one question/s);
    expect(await t.store.findOfficeSurvey(OFFICE)).toEqual(before);
  });

  it('assigns a new survey version, stored so that both versions are accepted', async () => {
    // Shorter, and still with the overall question the welcome asks.
    const questions = buergerbueroSurvey.questions.filter((q, i) => i < 3 || q.id === 'overall');
    const changed = { ...buergerbueroSurvey, questions };
    const file = join(temp.dir, 'short.json');
    await writeFile(file, JSON.stringify(changed));
    const out = await kiosk('survey', '--office', OFFICE, '--file', file);
    expect(out.code, out.stderr).toBe(0);
    const version = await surveyVersion(changed);
    expect(out.stdout).toContain(version);
    expect((await t.store.findOfficeSurvey(OFFICE))?.surveyVersion).toBe(version);
    expect(await t.store.findSurvey(changed.id, version)).toEqual(changed);
    expect(await t.store.findSurvey(changed.id, t.version)).toBeDefined();
    // Published without the editor's question "still the same?": nothing confirmed, so the wave
    // comparison marks every question whose meaning changed.
    const period = await t.store.findOfficeSurvey(OFFICE);
    expect(await t.store.listSurveyPublications(changed.id)).toEqual([
      {
        surveyId: changed.id,
        version,
        previousVersion: t.version,
        from: period?.from,
        to: period?.to,
        sameQuestions: [],
      },
    ]);
  });
});
