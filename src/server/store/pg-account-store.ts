import { ACCOUNT_COLUMNS, type AccountRow, toAccount } from './account-row.ts';
import type { AccountStore } from './account-store.ts';
import type { Pg, PgQuery } from './pg-connection.ts';

/** sqlite-account-store.ts on PostgreSQL. */
export function createPgAccountStore(sql: Pg): AccountStore {
  const columns = sql.unsafe(ACCOUNT_COLUMNS);
  const joined = sql.unsafe(ACCOUNT_COLUMNS.replaceAll(/(\w+)/g, 'a.$1'));
  const officesOf = async (q: PgQuery, id: number) =>
    (
      await q<{ office: string }[]>`
        SELECT office FROM account_offices WHERE account_id = ${id} ORDER BY office`
    ).map((r) => r.office);
  const withOffices = async (row: AccountRow) => toAccount(row, await officesOf(sql, row.id));

  return {
    async addAccount(a) {
      return sql.begin(async (tx) => {
        const [row] = await tx<AccountRow[]>`
          INSERT INTO accounts (login, name, role, password_hash)
          VALUES (${a.login}, ${a.name}, ${a.role}, ${a.passwordHash})
          ON CONFLICT (login) DO NOTHING RETURNING ${columns}`;
        if (!row) return undefined;
        for (const office of new Set(a.offices)) {
          await tx`INSERT INTO account_offices (account_id, office) VALUES (${row.id}, ${office})`;
        }
        return toAccount(row, await officesOf(tx, row.id));
      });
    },
    async listAccounts() {
      const rows = await sql<AccountRow[]>`SELECT ${columns} FROM accounts ORDER BY login`;
      return Promise.all(rows.map(withOffices));
    },
    async findAccountByLogin(login) {
      const [row] = await sql<AccountRow[]>`SELECT ${columns} FROM accounts WHERE login = ${login}`;
      return row && { ...(await withOffices(row)), passwordHash: row.password_hash };
    },
    async setAccountDisabled(id, disabled) {
      return sql.begin(async (tx) => {
        const done = await tx`UPDATE accounts SET disabled = ${disabled ? 1 : 0} WHERE id = ${id}`;
        if (done.count > 0) await tx`DELETE FROM sessions WHERE account_id = ${id}`;
        return done.count > 0;
      });
    },
    async setAccountPassword(id, passwordHash) {
      return sql.begin(async (tx) => {
        const done = await tx`UPDATE accounts SET password_hash = ${passwordHash} WHERE id = ${id}`;
        if (done.count > 0) await tx`DELETE FROM sessions WHERE account_id = ${id}`;
        return done.count > 0;
      });
    },
    async addSession(sessionHash, accountId, expiresAt) {
      await sql`INSERT INTO sessions (session_hash, account_id, expires_at)
        VALUES (${sessionHash}, ${accountId}, ${expiresAt})`;
    },
    async findSession(sessionHash, now) {
      await sql`DELETE FROM sessions WHERE expires_at <= ${now}`;
      const [row] = await sql<AccountRow[]>`
        SELECT ${joined} FROM sessions s JOIN accounts a ON a.id = s.account_id
        WHERE s.session_hash = ${sessionHash} AND a.disabled = 0`;
      return row && withOffices(row);
    },
    async removeSession(sessionHash) {
      await sql`DELETE FROM sessions WHERE session_hash = ${sessionHash}`;
    },
  };
}
