import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { createRateLimiter } from '../../src/server/rate-limit.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { seedDefaultSurvey } from '../../src/server/survey-catalog.ts';
import { BATCHES_PATH } from '../../src/shared/wire-schema.ts';
import { compiledEntry } from './compiled.ts';
import { batchRequest, makeBatch, makeTempDir, OFFICE } from './fixtures.ts';

const run = promisify(execFile);

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(() => temp.remove());

function kiosk(dbPath: string, ...args: string[]) {
  return run(process.execPath, [...compiledEntry('server/cli/kiosk'), ...args], {
    env: { ...process.env, URNE_DB: dbPath },
  });
}

describe('npm run kiosk', () => {
  it('adds a kiosk (token shown once), lists it without the token, and revokes it (then 401)', async () => {
    const dbPath = join(temp.dir, 'cli', 'urne.db');
    const added = await kiosk(dbPath, 'add', '--office', OFFICE);
    const token = added.stdout.match(/^[A-Za-z0-9_-]{43}$/m)?.[0];
    expect(token).toBeDefined();
    expect(added.stdout).toContain('Kiosk 1 registered');

    const listed = await kiosk(dbPath, 'list');
    expect(listed.stdout).toMatch(
      new RegExp(`^1\\tactive\\t\\d{4}-\\d{2}-\\d{2}\\t${OFFICE}$`, 'm'),
    );
    expect(listed.stdout).not.toContain(token);

    // The server sees the revocation without restarting: tokens are checked per request.
    const store = openSqliteStore(dbPath);
    const version = await seedDefaultSurvey(store);
    const app = createApp({
      store,
      rateLimiter: createRateLimiter(100),
      bodyLimitBytes: 1 << 20,
      log: () => {},
    });
    const post = () => app.request(BATCHES_PATH, batchRequest(token ?? '', makeBatch(version, 1)));
    expect((await post()).status).toBe(201);
    expect((await kiosk(dbPath, 'revoke', '1')).stdout).toContain('Kiosk 1 can no longer');
    expect((await post()).status).toBe(401);
    await store.close();
    const [relisted, unknown] = await Promise.all([
      kiosk(dbPath, 'list'),
      kiosk(dbPath, 'revoke', '99').catch((err: unknown) => err),
    ]);
    expect(relisted.stdout).toMatch(/^1\trevoked\t/m);
    expect(unknown).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('no kiosk with the id "99"'),
    });
  });
});

describe('npm start (src/server/main.ts)', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGKILL');
  });

  it('registers a first kiosk on an empty database, prints its URL, serves, and stops on SIGTERM', async () => {
    const dbPath = join(temp.dir, 'start', 'urne.db');
    child = spawn(process.execPath, compiledEntry('server/main'), {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', URNE_DB: dbPath, URNE_DIST: temp.dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    const deadline = Date.now() + 15_000;
    while (!/\?token=/.test(out) && Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const url = out.match(/Urne is serving (http:\/\/127\.0\.0\.1:\d+)/)?.[1];
    const tokenUrl = out.match(/(http:\/\/\S+)\/\?token=([A-Za-z0-9_-]{43})$/m);
    expect(url).toBeDefined();
    expect(tokenUrl?.[1]).toBe(url);
    expect(out).toContain(`registered for "${OFFICE}"`);

    expect((await fetch(`${url}/api/v1/health`)).status).toBe(200);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(out).toContain('SIGTERM: shutting down');

    const list = await kiosk(dbPath, 'list');
    expect(list.stdout).toMatch(/^1\tactive\t/m);
  });
});
