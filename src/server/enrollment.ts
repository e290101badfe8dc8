import { randomBytes } from 'node:crypto';
import { dayOf } from '../shared/answer-schema.ts';
import { ENROLL_PARAM } from '../shared/enrollment-schema.ts';
import { ensureOfficeSurvey } from './enrollment-configuration.ts';
import type { RedeemOutcome } from './store/enrollment-store.ts';
import type { ServerStore } from './store/server-store.ts';
import { generateToken, hashToken } from './tokens.ts';

export const DEFAULT_CODE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface CreatedEnrollment {
  /** The code in clear: shown once, stored only as its SHA-256. */
  code: string;
  /** `<base URL>/?enroll=<code>`, for the QR code. */
  link: string;
  expiresAt: Date;
}

/**
 * Creates a one-time enrollment code for a new kiosk of `office`: 32 random
 * bytes (256 bits) as base64url, so guessing one is hopeless and a plain hash
 * suffices, as for tokens. Also fixes the office's survey and period if it has
 * none yet, so the kiosk gets a configuration the moment it enrolls.
 */
export async function createEnrollment(
  store: ServerStore,
  options: { office: string; baseUrl: string; expiresDays?: number; now?: Date },
): Promise<CreatedEnrollment> {
  const office = options.office.trim();
  if (office.length === 0 || office.length > 120) {
    throw new Error('The office name must be 1 to 120 characters long.');
  }
  const days = options.expiresDays ?? DEFAULT_CODE_DAYS;
  if (!(days > 0 && days <= 365)) {
    throw new Error('The code must expire after more than 0 and at most 365 days.');
  }
  const linkPrefix = provisioningLinkPrefix(options.baseUrl);
  const now = options.now ?? new Date();
  await ensureOfficeSurvey(store, office, dayOf(now));
  const code = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + days * DAY_MS);
  await store.addEnrollmentCode({
    codeHash: hashToken(code),
    office,
    expiresAt: expiresAt.getTime(),
  });
  return { code, link: `${linkPrefix}${code}`, expiresAt };
}

/** The kiosk's address up to `?enroll=`; checked before anything is stored. */
function provisioningLinkPrefix(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(
      `The base URL "${baseUrl}" is not an address (e.g. https://umfrage.example.de).`,
    );
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    throw new Error(`The base URL "${baseUrl}" must be a plain http(s) address without ? or #.`);
  }
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${path}?${ENROLL_PARAM}=`;
}

/**
 * Redeems a code: registers the kiosk (same token scheme as `kiosk add`)
 * in the same transaction that marks the code used. The token is returned in
 * clear only on success.
 */
export async function redeemEnrollment(
  store: ServerStore,
  code: string,
  now: Date = new Date(),
): Promise<
  | { kind: 'enrolled'; token: string; office: string; kioskId: number }
  | Exclude<RedeemOutcome, { kind: 'enrolled' }>
> {
  const token = generateToken();
  const outcome = await store.redeemEnrollmentCode(hashToken(code), now.getTime(), {
    tokenHash: hashToken(token),
    createdDay: dayOf(now),
  });
  if (outcome.kind !== 'enrolled') return outcome;
  return { kind: 'enrolled', token, office: outcome.kiosk.office, kioskId: outcome.kiosk.id };
}
