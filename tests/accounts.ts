import { foldLogin } from '../src/server/auth/account-name.ts';
import { hashPassword } from '../src/server/auth/password.ts';
import type { Account, AccountStore, Role } from '../src/server/store/account-store.ts';

/** The account most tests log in with: an admin, who sees every office as the old password did. */
export const ADMIN_NAME = 'Auswertung';

/** Adds an account straight to the store (the CLI's way is tested in accounts-cli.test.ts). */
export async function addTestAccount(
  store: AccountStore,
  password: string,
  options: { name?: string; role?: Role; offices?: string[] } = {},
): Promise<Account> {
  const name = options.name ?? ADMIN_NAME;
  const account = await store.addAccount({
    login: foldLogin(name),
    name,
    role: options.role ?? 'admin',
    offices: options.offices ?? [],
    passwordHash: await hashPassword(password),
  });
  if (!account) throw new Error(`account "${name}" exists already`);
  return account;
}
