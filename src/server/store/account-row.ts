import type { Account, Role } from './account-store.ts';

export interface AccountRow {
  id: number;
  login: string;
  name: string;
  role: string;
  disabled: number;
  password_hash: string;
}

/** The columns every account query reads (account-row.ts maps them). */
export const ACCOUNT_COLUMNS = 'id, login, name, role, disabled, password_hash';

/** One accounts row and its offices, as both stores read them. */
export const toAccount = (row: AccountRow, offices: string[]): Account => ({
  id: row.id,
  login: row.login,
  name: row.name,
  role: row.role as Role,
  offices: row.role === 'admin' ? [] : offices,
  disabled: row.disabled !== 0,
});
