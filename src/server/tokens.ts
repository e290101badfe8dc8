import { createHash, randomBytes } from 'node:crypto';
import { dayOf } from '../shared/answer-schema.ts';
import type { ServerStore } from './store/server-store.ts';

/** A new kiosk token: 32 random bytes, base64url (43 characters). Shown once, never stored. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the database keeps instead of the token. A plain SHA-256 suffices
 * (no salt or slow hash): the token has 256 bits of entropy, so there is
 * nothing to guess, unlike a password.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Registers a kiosk for `office` and returns its token, the only time it exists in clear. */
export async function registerKiosk(
  store: ServerStore,
  office: string,
): Promise<{ id: number; token: string }> {
  const name = office.trim();
  if (name.length === 0 || name.length > 120) {
    throw new Error('The office name must be 1 to 120 characters long.');
  }
  const token = generateToken();
  const kiosk = await store.addKiosk(name, hashToken(token), dayOf(new Date()));
  return { id: kiosk.id, token };
}
