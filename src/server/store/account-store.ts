/** What an account may do (issue 13); who may do what is decided in auth/roles.ts. */
export type Role = 'admin' | 'evaluator' | 'viewer';
export const ROLES: readonly Role[] = ['admin', 'evaluator', 'viewer'];

/** A named staff account. Never a citizen's: citizens have no accounts. */
export interface Account {
  id: number;
  /** The name folded for the login (auth/account-name.ts): unique. */
  login: string;
  /** The name as given, for lists and the audit trail. */
  name: string;
  role: Role;
  /** The offices whose results it sees; an admin sees every office and has none listed. */
  offices: string[];
  disabled: boolean;
}

export interface NewAccount {
  login: string;
  name: string;
  role: Role;
  offices: readonly string[];
  passwordHash: string;
}

/** Accounts and their sessions. Session ids are stored as SHA-256 hashes only (auth/sessions.ts). */
export interface AccountStore {
  /** Undefined, adding nothing, when the login is taken. */
  addAccount(account: NewAccount): Promise<Account | undefined>;
  listAccounts(): Promise<Account[]>;
  findAccountByLogin(login: string): Promise<(Account & { passwordHash: string }) | undefined>;
  /** Returns false when there is no such account. Ends its sessions when disabling. */
  setAccountDisabled(id: number, disabled: boolean): Promise<boolean>;
  /** Returns false when there is no such account. Ends its sessions. */
  setAccountPassword(id: number, passwordHash: string): Promise<boolean>;
  addSession(sessionHash: string, accountId: number, expiresAt: number): Promise<void>;
  /**
   * The account of a live session at `now` (epoch ms), or undefined when the session is unknown,
   * expired, or its account is disabled. Drops expired sessions.
   */
  findSession(sessionHash: string, now: number): Promise<Account | undefined>;
  removeSession(sessionHash: string): Promise<void>;
}
