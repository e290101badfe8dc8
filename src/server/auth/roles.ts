import type { Account } from '../store/account-store.ts';

/**
 * Who may do what (issue 13). admin: everything, every office (kiosks, waves, keys, accounts, the
 * urn's opening, the audit trail); evaluator: results and the raw export of its offices; viewer:
 * the results page and the report of its offices, never the raw export.
 */
export const mayExport = (a: Account): boolean => a.role !== 'viewer';
export const isAdmin = (a: Account): boolean => a.role === 'admin';

/** The offices an account sees: every office for an admin, else the ones it was given. */
export function seesOffice(a: Account, office: string): boolean {
  return isAdmin(a) || a.offices.includes(office);
}

/** Whether the account sees all of `offices` (a total over them, a merged group of them). */
export function seesAll(a: Account, offices: readonly string[]): boolean {
  return offices.every((o) => seesOffice(a, o));
}
