import { type LoginDelayStore, waitEndsAt } from './login-delay-store.ts';
import type { Pg } from './pg-connection.ts';

/**
 * login_delays on PostgreSQL: the client's row is created if missing, then locked (FOR UPDATE),
 * so tries sent to two processes at once are counted one after the other.
 */
export function createPgLoginDelayStore(sql: Pg): LoginDelayStore {
  return {
    async takeLoginTry(client, now, delayAfter, maxAgeMs) {
      return sql.begin(async (tx) => {
        await tx`DELETE FROM login_delays WHERE last_ms < ${now - maxAgeMs}`;
        await tx`INSERT INTO login_delays (client, failures, until_ms, last_ms)
          VALUES (${client}, 0, 0, ${now}) ON CONFLICT (client) DO NOTHING`;
        const [row] = await tx<{ failures: number; until_ms: string }[]>`
          SELECT failures, until_ms FROM login_delays WHERE client = ${client} FOR UPDATE`;
        const until = Number(row?.until_ms ?? 0);
        if (now < until) return { ok: false as const, waitMs: until - now };
        const failures = (row?.failures ?? 0) + 1;
        await tx`UPDATE login_delays SET failures = ${failures},
          until_ms = ${waitEndsAt(now, delayAfter(failures))}, last_ms = ${now} WHERE client = ${client}`;
        return { ok: true as const };
      });
    },
    async forgetLoginTries(client) {
      await sql`DELETE FROM login_delays WHERE client = ${client}`;
    },
  };
}
