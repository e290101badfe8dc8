import * as z from 'zod/mini';
import { KioskConfiguration } from './kiosk-config-schema.ts';
import { API_PREFIX } from './wire-schema.ts';

/** Redeems a one-time enrollment code (from a provisioning link) for a kiosk token. */
export const ENROLL_PATH = `${API_PREFIX}/enroll`;
// Defined with the other paths of every start (the kiosk's sync asks it on every round), so
// the first load needs nothing of this module, whose enrollment is a lazy chunk.
export { KIOSK_CONFIG_PATH } from './wire-schema.ts';
/** The query parameter of a provisioning link: `<base URL>/?enroll=<code>`. */
export const ENROLL_PARAM = 'enroll';

/**
 * How the endpoint refuses a code, one status per reason so the kiosk can tell
 * staff exactly what happened: not a code (400), already used (409), expired (410).
 */
export const ENROLL_REFUSED = { invalid: 400, used: 409, expired: 410 } as const;

/** An enrollment code: ≥ 128 random bits as base64url (the server makes 32 bytes → 43 characters). */
export const EnrollmentCode = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{22,128}$/, 'must be an enrollment code from a provisioning link'));

export const EnrollRequest = z.strictObject({ code: EnrollmentCode });
export type EnrollRequest = z.infer<typeof EnrollRequest>;

/** The answer to a redeemed code: the kiosk's token (shown only this once) and its configuration. */
export const EnrollResponse = z.strictObject({
  token: z.string().check(z.minLength(16)),
  configuration: KioskConfiguration,
});
export type EnrollResponse = z.infer<typeof EnrollResponse>;
