import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { surveyVersion } from '../../src/shared/survey/survey-version.ts';
import { BATCHES_PATH, BatchAck } from '../../src/shared/wire-schema.ts';
import { SERVER_BUILD } from './compiled.ts';
import { batchRequest, makeBatch, makeTempDir, OFFICE } from './fixtures.ts';

const run = promisify(execFile);
const ROOT = join(SERVER_BUILD, '..');

/**
 * What IT installs: the built app (dist/, dist-server/) with the production
 * dependencies only. `npm prune --omit=dev` on a copy of this checkout's
 * node_modules leaves exactly the tree `npm ci --omit=dev` would install
 * (same lockfile), without compiling better-sqlite3 again. Then the server and
 * the product commands run with plain `node`, as in production.
 */
describe('the production install (npm ci --omit=dev, then plain node)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let app: string;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    temp = await makeTempDir();
    app = join(temp.dir, 'urne');
    for (const item of ['package.json', 'package-lock.json', 'dist', 'dist-server']) {
      await cp(join(ROOT, item), join(app, item), { recursive: true });
    }
    // Hard links: a copy of 300 MB in well under a second, and prune only unlinks. Across
    // file systems (a separate /tmp) links fail: then a real copy.
    const modules = [join(ROOT, 'node_modules'), join(app, 'node_modules')];
    await run('cp', ['-al', ...modules]).catch(() => run('cp', ['-a', ...modules]));
    await run('npm', ['prune', '--omit=dev', '--offline', '--no-audit', '--no-fund'], {
      cwd: app,
    });
  }, 120_000);

  afterAll(async () => {
    child?.kill('SIGKILL');
    await temp.remove();
  });

  it('has no development package left', async () => {
    const installed = (name: string) => existsSync(join(app, 'node_modules', name, 'package.json'));
    for (const dev of ['tsx', 'typescript', 'vite', 'vitest', '@biomejs/biome']) {
      expect(installed(dev), dev).toBe(false);
    }
    for (const prod of ['hono', 'better-sqlite3', 'zod', 'playwright-core']) {
      expect(installed(prod), prod).toBe(true);
    }
  });

  it('starts the compiled server with plain node and stores a batch, and says how long that took', async () => {
    const started = performance.now();
    child = spawn(process.execPath, ['dist-server/server/main.js'], {
      cwd: app,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    const deadline = Date.now() + 15_000;
    while (!/\?token=/.test(out) && Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 10));
    }
    const token = out.match(/\/\?token=([A-Za-z0-9_-]{43})$/m)?.[1];
    const url = out.match(/Urne is serving (http:\/\/127\.0\.0\.1:\d+)/)?.[1];
    expect(token, out).toBeDefined();

    const batch = makeBatch(await surveyVersion(buergerbueroSurvey), 3, OFFICE);
    const res = await fetch(`${url}${BATCHES_PATH}`, batchRequest(token ?? '', batch));
    const ms = Math.round(performance.now() - started);
    expect(res.status).toBe(201);
    expect(BatchAck.parse(await res.json()).accepted).toBe(3);
    // A figure for the README, not a timed assertion: speed goals live in `npm run bench`.
    const ready = /ready (\d+) ms after start/.exec(out)?.[1];
    expect(ready, out).toBeDefined();
    console.log(
      `production server: listening ${ready} ms after start, first batch stored ${ms} ms after spawn`,
    );

    expect(out).toMatch(/Wave 1 "Demo" is open .*to seal a real one: .*keys create --wave <id>/);

    const home = await fetch(`${url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<div id="app">');
    child.kill('SIGTERM');
    await once(child, 'exit');
  });

  it('runs the commands IT uses (kiosk, import, evaluator, report) without dev packages', async () => {
    const node = (script: string, ...args: string[]) =>
      run(process.execPath, [`dist-server/server/cli/${script}.js`, ...args], {
        cwd: app,
        env: { ...process.env, NODE_OPTIONS: '' },
      }).catch((err: { code: number; stdout: string; stderr: string }) => err);
    expect((await node('kiosk', 'list')).stdout).toMatch(/^1\tactive\t/m);
    // The first start made an open demo wave, so the first kiosk's answers show at once.
    expect((await node('evaluator', 'wave', 'list')).stdout).toMatch(/^1\t.*\tDemo$/m);
    expect((await node('import', '--help')).stdout).toContain('Import a kiosk backup file');
    // Without a wave the report stops at its usage, after loading every module it needs
    // (playwright-core among them).
    const report = await node('report');
    expect(report).toMatchObject({ code: 1, stderr: expect.stringContaining('Usage:') });
  });
});
