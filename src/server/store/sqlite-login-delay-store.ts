import type Database from 'better-sqlite3';
import { type LoginDelayStore, waitEndsAt } from './login-delay-store.ts';

interface DelayRow {
  failures: number;
  until_ms: number;
}

/** login_delays on SQLite: an IMMEDIATE transaction, so two processes on one file take turns. */
export function createSqliteLoginDelayStore(db: Database.Database): LoginDelayStore {
  const take = db.transaction(
    (client: string, now: number, delayAfter: (n: number) => number, maxAgeMs: number) => {
      db.prepare('DELETE FROM login_delays WHERE last_ms < ?').run(now - maxAgeMs);
      const row = db
        .prepare('SELECT failures, until_ms FROM login_delays WHERE client = ?')
        .get(client) as DelayRow | undefined;
      if (row && now < row.until_ms) return { ok: false as const, waitMs: row.until_ms - now };
      const failures = (row?.failures ?? 0) + 1;
      db.prepare(
        `INSERT INTO login_delays (client, failures, until_ms, last_ms) VALUES (?, ?, ?, ?)
         ON CONFLICT (client) DO UPDATE SET failures = excluded.failures,
           until_ms = excluded.until_ms, last_ms = excluded.last_ms`,
      ).run(client, failures, waitEndsAt(now, delayAfter(failures)), now);
      return { ok: true as const };
    },
  );
  return {
    async takeLoginTry(client, now, delayAfter, maxAgeMs) {
      return take.immediate(client, now, delayAfter, maxAgeMs);
    },
    async forgetLoginTries(client) {
      db.prepare('DELETE FROM login_delays WHERE client = ?').run(client);
    },
  };
}
