import { createHash, randomUUID } from 'node:crypto';
import { MIGRATIONS } from '../../src/server/store/migrations.ts';
import { connectPostgres } from '../../src/server/store/pg-connection.ts';
import { openPostgresStore } from '../../src/server/store/pg-store.ts';

/**
 * The PostgreSQL server the tests use: URNE_TEST_PG_URL (scripts/pg-test-cluster.sh starts a
 * throwaway one and prints it; .ci/run does so before npm test). Each test app gets a database
 * of its own, copied from a template that is migrated once per schema: a copy takes a few
 * milliseconds where running the migrations each time would take far longer.
 */
export const PG_URL = process.env.URNE_TEST_PG_URL?.trim() || undefined;

/** The stores the store-touching tests run on: both, or SQLite alone (warned; an error on CI). */
export const STORES: readonly StoreKind[] = storesToTest();
export type StoreKind = 'sqlite' | 'postgres';

function storesToTest(): StoreKind[] {
  if (PG_URL) return ['sqlite', 'postgres'];
  if (process.env.CI === 'true') {
    throw new Error(
      'CI=true but URNE_TEST_PG_URL is not set: the server tests must run on PostgreSQL too (see scripts/pg-test-cluster.sh).',
    );
  }
  console.warn(
    'URNE_TEST_PG_URL is not set: the PostgreSQL variants of the server tests are skipped. Start one with: eval "$(scripts/pg-test-cluster.sh)"',
  );
  return ['sqlite'];
}

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

/** Runs one query on a test database through a connection of its own, as an operator's psql. */
export async function queryPg<T>(url: string, text: string): Promise<T[]> {
  const sql = connectPostgres(url, { max: 1 });
  try {
    return [...(await sql.unsafe<T[]>(text))];
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
