import { openPostgresStore } from './pg-store.ts';
import type { ServerStore, StoreOptions } from './server-store.ts';
import { openSqliteStore } from './sqlite-store.ts';

/**
 * The one place that chooses the store: PostgreSQL when DATABASE_URL names one
 * (postgres:// or postgresql://), else the SQLite file at `dbPath`, exactly as before there was a
 * choice. Why the `postgres` client: pg-connection.ts.
 */
export async function openStore(
  options: {
    dbPath: string;
    databaseUrl?: string | undefined;
  } & StoreOptions,
): Promise<ServerStore> {
  const url = options.databaseUrl?.trim();
  if (!url) return openSqliteStore(options.dbPath, options);
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new Error('DATABASE_URL must start with postgres:// (or be unset for SQLite).');
  }
  return openPostgresStore(url, options);
}

/** Where the store lives, for the start-up line: never the password in DATABASE_URL. */
export function describeStore(options: { dbPath: string; databaseUrl?: string | undefined }) {
  const url = options.databaseUrl?.trim();
  if (!url) return `database ${options.dbPath}`;
  const parsed = new URL(url);
  parsed.password = '';
  return `PostgreSQL ${parsed.toString()}`;
}
