import type Database from 'better-sqlite3';
import { ACCOUNT_COLUMNS, type AccountRow, toAccount } from './account-row.ts';
import type { AccountStore } from './account-store.ts';

/** Accounts and sessions on SQLite (account-store.ts). */
export function createSqliteAccountStore(db: Database.Database): AccountStore {
  const officesOf = (id: number) =>
    (
      db
        .prepare('SELECT office FROM account_offices WHERE account_id = ? ORDER BY office')
        .all(id) as { office: string }[]
    ).map((r) => r.office);
  const endSessions = db.prepare('DELETE FROM sessions WHERE account_id = ?');

  const addAccount = db.transaction((a: Parameters<AccountStore['addAccount']>[0]) => {
    const result = db
      .prepare(
        `INSERT INTO accounts (login, name, role, password_hash) VALUES (?, ?, ?, ?)
         ON CONFLICT (login) DO NOTHING`,
      )
      .run(a.login, a.name, a.role, a.passwordHash);
    if (result.changes === 0) return undefined;
    const id = Number(result.lastInsertRowid);
    const addOffice = db.prepare('INSERT INTO account_offices (account_id, office) VALUES (?, ?)');
    for (const office of new Set(a.offices)) addOffice.run(id, office);
    return id;
  });
  const update = (sql: string) =>
    db.transaction((id: number, value: string | number) => {
      const changed = db.prepare(sql).run(value, id).changes > 0;
      if (changed) endSessions.run(id);
      return changed;
    });
  const setDisabled = update('UPDATE accounts SET disabled = ? WHERE id = ?');
  const setPassword = update('UPDATE accounts SET password_hash = ? WHERE id = ?');

  return {
    async addAccount(account) {
      const id = addAccount(account);
      if (id === undefined) return undefined;
      const row = db.prepare(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE id = ?`).get(id);
      return toAccount(row as AccountRow, officesOf(id));
    },
    async listAccounts() {
      const rows = db
        .prepare(`SELECT ${ACCOUNT_COLUMNS} FROM accounts ORDER BY login`)
        .all() as AccountRow[];
      return rows.map((r) => toAccount(r, officesOf(r.id)));
    },
    async findAccountByLogin(login) {
      const row = db
        .prepare(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE login = ?`)
        .get(login) as AccountRow | undefined;
      return row && { ...toAccount(row, officesOf(row.id)), passwordHash: row.password_hash };
    },
    async setAccountDisabled(id, disabled) {
      // A disabled account's sessions end with it; enabling again starts none.
      return setDisabled(id, disabled ? 1 : 0);
    },
    async setAccountPassword(id, passwordHash) {
      return setPassword(id, passwordHash);
    },
    async addSession(sessionHash, accountId, expiresAt) {
      db.prepare(
        'INSERT INTO sessions (session_hash, account_id, expires_at) VALUES (?, ?, ?)',
      ).run(sessionHash, accountId, expiresAt);
    },
    async findSession(sessionHash, now) {
      db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now);
      const row = db
        .prepare(
          `SELECT ${ACCOUNT_COLUMNS.replaceAll(/(\w+)/g, 'a.$1')} FROM sessions s
           JOIN accounts a ON a.id = s.account_id
           WHERE s.session_hash = ? AND a.disabled = 0`,
        )
        .get(sessionHash) as AccountRow | undefined;
      return row && toAccount(row, officesOf(row.id));
    },
    async removeSession(sessionHash) {
      db.prepare('DELETE FROM sessions WHERE session_hash = ?').run(sessionHash);
    },
  };
}
