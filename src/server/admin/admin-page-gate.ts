import type { Context } from 'hono';
import { isAdmin } from '../auth/roles.ts';
import { sessionAccount } from '../auth/sessions.ts';
import type { Account, AccountStore } from '../store/account-store.ts';

/** Why an admin's server-rendered page is not shown, in words for the person at the browser. */
export interface PageRefusal {
  status: 401 | 403;
  title: string;
  sentence: string;
}

/**
 * The gate of the admins' server-rendered pages (urn opening, audit trail). A person without a
 * login is told where to log in (401); an evaluator or viewer is told the page is for admins
 * (403). Each page renders the refusal in its own frame, so only the decision lives here.
 */
export async function adminOfPage(
  c: Context,
  store: AccountStore,
  pageSubject: string,
): Promise<{ account: Account } | { refusal: PageRefusal }> {
  const account = await sessionAccount(c, store);
  if (!account) {
    const sentence =
      'Bitte melden Sie sich zuerst auf der Auswertungsseite an und öffnen Sie diese Seite dann erneut.';
    return { refusal: { status: 401, title: 'Bitte anmelden', sentence } };
  }
  if (!isAdmin(account)) {
    const sentence = `${pageSubject} ist Konten mit der Rolle „admin“ vorbehalten. Bitte melden Sie sich mit einem solchen Konto an.`;
    return { refusal: { status: 403, title: 'Nicht freigegeben', sentence } };
  }
  return { account };
}
