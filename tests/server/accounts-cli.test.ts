import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../src/server/auth/password.ts';
import { MIGRATIONS } from '../../src/server/store/migrations.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { compiledEntry } from './compiled.ts';
import { makeTempDir } from './fixtures.ts';

// `npm run accounts` as IT runs it: the compiled CLI, a real SQLite file, the password on stdin.
const CLI = compiledEntry('server/cli/accounts');
const PASSWORD = 'ein langes Passwort für die Auswertung';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(() => temp.remove());

/** Runs the CLI with `input` on stdin; resolves to the exit code and what it printed. */
async function accounts(dbPath: string, input: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, URNE_DB: dbPath };
  delete env.URNE_ACCOUNT_PASSWORD;
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [...CLI, ...args], { env });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  child.stdin.end(input);
  const [code] = await once(child, 'exit');
  return { code: code as number, out };
}

async function withStore<T>(dbPath: string, work: (s: ReturnType<typeof openSqliteStore>) => T) {
  const store = openSqliteStore(dbPath);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

describe('npm run accounts', () => {
  it('adds accounts with a scrypt hash, refuses what would be wrong, and lists them', async () => {
    const db = join(temp.dir, 'accounts.db');
    const add = (input: string, ...args: string[]) => accounts(db, input, 'add', ...args);
    expect((await add(`${PASSWORD}\n`, '--name', 'Frau Meier', '--role', 'evaluator')).out).toMatch(
      /--office/,
    );
    expect(
      (await add('kurz\n', '--name', 'Frau Meier', '--role', 'viewer', '--office', 'A')).code,
    ).toBe(1);
    expect((await add(`${PASSWORD}\n`, '--name', 'X', '--role', 'chef')).code).toBe(1);
    expect(
      (await add(`${PASSWORD}\n`, '--name', 'IT', '--role', 'admin', '--office', 'A')).code,
    ).toBe(1);
    const meier = await add(
      `${PASSWORD}\n`,
      ...['--name', 'Frau Meier', '--role', 'evaluator'],
      ...['--office', 'Bürgerbüro Lünen', '--office', 'Bürgerbüro Brambauer'],
    );
    expect(meier.code, meier.out).toBe(0);
    expect((await add(`${PASSWORD}\n`, '--name', 'frau  meier', '--role', 'admin')).out).toMatch(
      /already/,
    );
    expect((await add(`${PASSWORD}\n`, '--name', 'IT Lünen', '--role', 'admin')).code).toBe(0);
    const list = await accounts(db, '', 'list');
    expect(list.out).toContain('Frau Meier\tevaluator\tBürgerbüro Brambauer, Bürgerbüro Lünen');
    expect(list.out).toContain('IT Lünen\tadmin\talle Standorte');
    await withStore(db, async (store) => {
      const found = await store.findAccountByLogin('frau meier');
      expect(found?.passwordHash).toMatch(/^scrypt\$/);
      expect(await verifyPassword(PASSWORD, found?.passwordHash ?? '')).toBe(true);
      const trail = await store.listAudit();
      expect(trail.map((e) => e.action)).toEqual(['account-add', 'account-add']);
      expect(trail[0]?.actor).toMatch(/^cli/);
      expect(JSON.stringify(trail)).not.toContain(PASSWORD);
    });
  });

  it('disables, enables and resets a password, ending the sessions each time', async () => {
    const db = join(temp.dir, 'manage.db');
    await accounts(
      db,
      `${PASSWORD}\n`,
      'add',
      '--name',
      'Herr Schulz',
      '--role',
      'viewer',
      '--office',
      'A',
    );
    const id = await withStore(db, async (store) => {
      const account = await store.findAccountByLogin('herr schulz');
      await store.addSession('a'.repeat(64), account?.id ?? 0, Date.now() + 3600_000);
      return account?.id ?? 0;
    });
    expect((await accounts(db, '', 'disable', '--name', 'Herr Schulz')).code).toBe(0);
    await withStore(db, async (store) => {
      expect(await store.findSession('a'.repeat(64), Date.now())).toBeUndefined();
      expect((await store.listAccounts())[0]?.disabled).toBe(true);
    });
    expect((await accounts(db, '', 'enable', '--name', 'herr schulz')).code).toBe(0);
    await withStore(db, (store) => store.addSession('b'.repeat(64), id, Date.now() + 3600_000));
    const reset = await accounts(
      db,
      'ein ganz neues Passwort\n',
      'reset-password',
      '--name',
      'Herr Schulz',
    );
    expect(reset.code, reset.out).toBe(0);
    await withStore(db, async (store) => {
      expect(await store.findSession('b'.repeat(64), Date.now())).toBeUndefined();
      const account = await store.findAccountByLogin('herr schulz');
      expect(await verifyPassword('ein ganz neues Passwort', account?.passwordHash ?? '')).toBe(
        true,
      );
      expect((await store.listAudit()).map((e) => e.action)).toEqual([
        'account-add',
        'account-disable',
        'account-enable',
        'account-password',
      ]);
    });
    expect((await accounts(db, '', 'disable', '--name', 'Niemand')).code).toBe(1);
  });
});

describe('the update from the single results password', () => {
  it('turns the old password into the admin account "admin", which keeps its password', async () => {
    const db = join(temp.dir, 'old.db');
    const old = new Database(db);
    const before = 7; // the schema before accounts (migration 8)
    for (const step of MIGRATIONS.slice(0, before)) old.exec(step.sqlite);
    old.exec(`CREATE TABLE schema_version (version INTEGER NOT NULL);
      INSERT INTO schema_version (version) VALUES (${before})`);
    const oldHash = await hashPassword(PASSWORD);
    old.prepare('INSERT INTO evaluator_password (id, password_hash) VALUES (1, ?)').run(oldHash);
    old.prepare("INSERT INTO evaluator_sessions VALUES ('x', 1)").run();
    old.close();
    await withStore(db, async (store) => {
      const [admin, ...others] = await store.listAccounts();
      expect(others).toEqual([]);
      expect(admin).toMatchObject({ login: 'admin', name: 'admin', role: 'admin', offices: [] });
      const found = await store.findAccountByLogin('admin');
      expect(await verifyPassword(PASSWORD, found?.passwordHash ?? '')).toBe(true);
    });
  });
});
