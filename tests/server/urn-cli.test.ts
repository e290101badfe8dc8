import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { seedDefaultSurvey } from '../../src/server/survey-catalog.ts';
import { compiledEntry } from './compiled.ts';
import { makeTempDir, OFFICE } from './fixtures.ts';
import { distinctSets, putEnvelopes, type SealedTestWave, sealedWave } from './urn-fixtures.ts';

const URNE = compiledEntry('server/cli/urne');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI === 'true') {
  // As tests/browser/harness.ts: in CI a missing browser is a broken set-up, never a skip.
  throw new Error(`Chromium not found at ${CHROMIUM}; .ci/run must install it.`);
}

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let dbPath: string;
let wave: SealedTestWave;

/** Runs `npm run urne -- …` as IT does, compiled, with `stdin` piped in (not a terminal). */
function urne(stdin: string, ...args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [...URNE, ...args], {
      env: { ...process.env, URNE_DB: dbPath },
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

beforeAll(async () => {
  temp = await makeTempDir();
  dbPath = join(temp.dir, 'urne.db');
  const store = openSqliteStore(dbPath);
  const version = await seedDefaultSurvey(store);
  // The wave ended in July 2026: the real clock of the CLI is later.
  wave = await sealedWave(store);
  await store.close();
  await putEnvelopes(dbPath, wave, distinctSets(version, 12, [OFFICE]));
});
afterAll(() => temp.remove());

describe('npm run urne -- open', () => {
  it('refuses one share of two with a sentence, writes nothing', async () => {
    const out = join(temp.dir, 'refused');
    const r = await urne(`${wave.shares[0]}\n`, 'open', '--wave', String(wave.id), '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('2 different shares are needed to open the urn, but 1 was given.');
    expect(existsSync(out)).toBe(false);
  });

  it('opens with two shares (one on a line, one as the sheet’s four lines) and writes the record', async () => {
    const out = join(temp.dir, 'record');
    const oneLine = (wave.shares[2] ?? '').replaceAll('\n', ' ');
    const r = await urne(
      `${oneLine}\n${wave.shares[0]}\n`,
      'open',
      '--wave',
      String(wave.id),
      '--out',
      out,
    );
    expect(r.stderr).toBe(hasChromium ? '' : expect.stringContaining('PDF'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`The urn of wave ${wave.id} is open.`);
    expect(r.stdout).toMatch(/Envelopes received: +12\n/);
    expect(r.stdout).toMatch(/Valid \(stored\): +12\n/);
    expect(r.stdout).toMatch(/Holders present: +1\. Leitung Bürgerbüro, 3\. Personalrat\n/);
    const html = readFileSync(join(out, `niederschrift-wave-${wave.id}.html`), 'utf8');
    expect(html).toContain('Niederschrift über die Öffnung der Urne');
    expect(html).toContain('Personalrat');
    if (hasChromium) {
      const pdf = readFileSync(join(out, `niederschrift-wave-${wave.id}.pdf`));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } else {
      console.warn(`No Chromium at ${CHROMIUM}: the PDF was not checked.`);
    }

    const again = await urne(`${oneLine}\n${wave.shares[0]}\n`, 'open', '--wave', String(wave.id));
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/was already opened/);
  });
});
