import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledEntry } from './compiled.ts';
import { makeTempDir } from './fixtures.ts';

const run = promisify(execFile);
const CLI = compiledEntry('server/cli/evaluator');

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(() => temp.remove());

const evaluator = (dbPath: string, ...args: string[]) =>
  run(process.execPath, [...CLI, ...args], { env: { ...process.env, URNE_DB: dbPath } });

/** Runs the CLI with `input` on stdin; resolves to the exit code. */
async function withStdin(dbPath: string, input: string, ...args: string[]): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...process.env, URNE_DB: dbPath };
  delete env.URNE_ACCOUNT_PASSWORD;
  const child = spawn(process.execPath, [...CLI, ...args], {
    env,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  child.stdin.end(input);
  const [code] = await once(child, 'exit');
  return code as number;
}

describe('npm run evaluator', () => {
  it('points to the accounts where the single password was set', async () => {
    const dbPath = join(temp.dir, 'pw.db');
    expect(await withStdin(dbPath, 'ein langes Passwort für den Ausschuss\n', 'set-password')).toBe(
      1,
    );
  });

  it('adds and lists waves, and refuses an overlapping one or an impossible day', async () => {
    const dbPath = join(temp.dir, 'waves.db');
    const add = (name: string, from: string, to: string) =>
      evaluator(
        dbPath,
        'wave',
        'add',
        '--survey',
        'buergerbuero_zufriedenheit',
        '--name',
        name,
        '--from',
        from,
        '--to',
        to,
      );
    expect((await add('2026', '2026-06-18', '2026-07-14')).stdout).toContain('Wave 1 "2026"');
    await expect(add('Sommer', '2026-07-01', '2026-07-30')).rejects.toMatchObject({
      stderr: expect.stringContaining('überschneidet'),
    });
    await expect(add('2027', '2027-02-30', '2027-03-01')).rejects.toMatchObject({ code: 1 });
    const listed = await evaluator(dbPath, 'wave', 'list');
    expect(listed.stdout).toContain(
      '1\t2026-06-18\t2026-07-14\tbuergerbuero_zufriedenheit\t12 months\t3 months\t–\t2026',
    );
    expect((await evaluator(dbPath, 'recount')).stdout).toContain('Counted 0 answer sets');
  });
});
