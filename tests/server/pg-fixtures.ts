import { createHash, randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { MIGRATIONS } from '../../src/server/store/migrations.ts';
import { connectPostgres, dollarParams } from '../../src/server/store/pg-connection.ts';
import { openPostgresStore } from '../../src/server/store/pg-store.ts';

/**
 * The PostgreSQL server the tests use: URNE_TEST_PG_URL (scripts/pg-test-cluster.sh starts a
 * throwaway one and prints it; .ci/run does so before npm test). Each test app gets a database
 * of its own, copied from a template that is migrated once per schema: a copy takes a few
 * milliseconds where running the migrations each time would take far longer.
 */
export const PG_URL = process.env.URNE_TEST_PG_URL?.trim() || undefined;

export type StoreKind = 'sqlite' | 'postgres';

/**
 * The store openTestApp uses unless told: vitest.config.ts runs the store-touching server tests a
 * second time as the project `server-pg`, with URNE_TEST_STORE=postgres.
 */
export const DEFAULT_STORE: StoreKind =
  process.env.URNE_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

function adminUrl(): string {
  if (!PG_URL) throw new Error('URNE_TEST_PG_URL is not set');
  return PG_URL;
}

/** The same URL on another database (the path names it; a socket stays in ?host=). */
export function urlOf(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

// Named after the migrations' text, so a changed schema gets a template of its own.
const TEMPLATE = `urne_template_${createHash('sha256')
  .update(JSON.stringify(MIGRATIONS))
  .digest('hex')
  .slice(0, 12)}`;

let templateReady: Promise<void> | undefined;

/** Creates and migrates the template once; test files in parallel wait on an advisory lock. */
function ensureTemplate(): Promise<void> {
  templateReady ??= (async () => {
    const admin = connectPostgres(adminUrl(), { max: 1 });
    try {
      await admin`SELECT pg_advisory_lock(hashtext('urne test template'))`;
      const found = await admin`SELECT 1 FROM pg_database WHERE datname = ${TEMPLATE}`;
      if (found.length === 0) {
        const building = `${TEMPLATE}_building`;
        await admin.unsafe(`DROP DATABASE IF EXISTS ${building}`);
        await admin.unsafe(`CREATE DATABASE ${building}`);
        await (await openPostgresStore(urlOf(building))).close();
        await admin.unsafe(`ALTER DATABASE ${building} RENAME TO ${TEMPLATE}`);
      }
      await admin`SELECT pg_advisory_unlock(hashtext('urne test template'))`;
    } finally {
      await admin.end();
    }
  })();
  return templateReady;
}

/** A fresh, migrated, empty database; `drop` removes it (closing its store first is the caller's). */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  await ensureTemplate();
  const name = `urne_test_${randomUUID().replaceAll('-', '')}`;
  const admin = connectPostgres(adminUrl(), { max: 1 });
  try {
    await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`);
  } finally {
    await admin.end();
  }
  return {
    url: urlOf(name),
    async drop() {
      const a = connectPostgres(adminUrl(), { max: 1 });
      try {
        await a.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await a.end();
      }
    },
  };
}

/**
 * Runs one statement (`?` parameters) on a test database through a connection of its own, as an
 * operator's psql would. BIGINT comes back as a number here, so COUNT(*) compares as on SQLite.
 */
export async function queryPg<T>(
  url: string,
  text: string,
  params: (string | number)[] = [],
): Promise<T[]> {
  const { pathname } = new URL(url);
  const socket = new URL(url).searchParams.get('host');
  const sql = postgres(url.replace(/\?.*$/, ''), {
    ...(socket ? { host: socket } : {}),
    database: pathname.slice(1),
    max: 1,
    onnotice: () => {},
    types: { int8: { to: 20, from: [20], parse: Number, serialize: String } },
  });
  try {
    return [...(await sql.unsafe<T[]>(dollarParams(text), params))];
  } finally {
    await sql.end();
  }
}

/** Every table's rows as sorted JSON (dumpReceived in fixtures.ts, on PostgreSQL). */
export async function dumpPg(url: string): Promise<Record<string, unknown[]>> {
  const sql = connectPostgres(url, { max: 1 });
  try {
    const tables = await sql<{ name: string }[]>`SELECT table_name AS name
      FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`;
    const dump: Record<string, unknown[]> = {};
    for (const { name } of tables) {
      const rows = await sql`SELECT * FROM ${sql(name)}`;
      dump[name] = rows.map((row) => JSON.stringify(row)).sort();
    }
    return dump;
  } finally {
    await sql.end();
  }
}
