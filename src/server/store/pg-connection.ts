import postgres from 'postgres';

/** A PostgreSQL connection pool, as every pg-*.ts file receives it. */
export type Pg = postgres.Sql;
/** The pool or one transaction on it: what a query helper needs. */
export type PgQuery = postgres.Sql | postgres.TransactionSql;

/**
 * The PostgreSQL client is `postgres` (porsager/postgres), not `pg` (node-postgres): one package
 * with no dependencies of its own and its TypeScript types inside (pg needs eight packages plus
 * @types/pg), parameters always sent apart from the SQL text, and `begin()` pins a transaction to
 * one connection of the pool, which is exactly what saveBatch's all-or-nothing needs. Both are
 * well kept; this one adds the least to audit.
 *
 * `url` is DATABASE_URL. A Unix socket is given the libpq way, `?host=/run/postgresql`, which the
 * client does not read from a URL itself. BIGINT comes back as a string (the client's default):
 * the random keys of answer_sets and envelopes use 63 bits and must never pass through a JS number.
 */
export function connectPostgres(url: string, options: { max?: number } = {}): Pg {
  const parsed = new URL(url);
  const socketDir = parsed.searchParams.get('host');
  parsed.searchParams.delete('host');
  return postgres(parsed.toString(), {
    ...(socketDir ? { host: socketDir } : {}),
    max: options.max ?? 10,
    // The counter's one statement (results-counts-pg.ts) looks costly to the planner, and JIT
    // compiling it took seconds for a handful of rows; Urne's queries are small, so none is worth
    // compiling.
    connection: { jit: 'off' },
    // Notices (e.g. "relation already exists, skipping") are not worth a line in the server's log.
    onnotice: () => {},
  });
}

/** SQL written with `?` placeholders (results-sql.ts, shared with SQLite) in PostgreSQL's `$n`. */
export function dollarParams(text: string): string {
  let n = 0;
  return text.replaceAll('?', () => `$${++n}`);
}

/** PostgreSQL's unique_violation, e.g. a second opening of the same urn. */
export const UNIQUE_VIOLATION = '23505';
