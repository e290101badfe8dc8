import type { Hono } from 'hono';
import { dayOf } from '../../shared/answer-schema.ts';
import type { Brand } from '../../shared/brand-schema.ts';
import {
  ENROLL_PATH,
  ENROLL_REFUSED,
  EnrollRequest,
  type EnrollResponse,
} from '../../shared/enrollment-schema.ts';
import type { ErrorBody } from '../../shared/wire-schema.ts';
import { recordAudit } from '../auth/audit.ts';
import { redeemEnrollment } from '../enrollment.ts';
import { officeConfiguration } from '../enrollment-configuration.ts';
import { ApiError } from '../http-error.ts';
import { createRateLimiter } from '../rate-limit.ts';
import type { ServerStore } from '../store/server-store.ts';
import { type KioskEnv, limitBody, requireJson } from './guards.ts';

/**
 * Enrollment attempts per minute, for the whole server: one global bucket,
 * because the caller has no identity yet and the server never looks at
 * addresses. Codes carry 256 random bits, so this is flood protection, not
 * what makes guessing futile.
 */
export const ENROLL_RATE_PER_MINUTE = 30;

const REFUSALS = {
  unknown: [
    ENROLL_REFUSED.invalid,
    'This provisioning link is not valid. Please check that it was copied completely, or ask IT for a new one.',
  ],
  used: [
    ENROLL_REFUSED.used,
    'This provisioning link was already used to set up a kiosk. Each link works once; ask IT for a new one.',
  ],
  expired: [ENROLL_REFUSED.expired, 'This provisioning link has expired, ask IT for a new one.'],
} as const;

/** Who added a kiosk by its provisioning link: the tablet that redeemed it, on IT's behalf. */
export const ENROLLMENT_ACTOR = 'Einrichtungslink';

/** POST /api/v1/enroll {code} → 200 {token, configuration}, or a refusal that changes nothing. */
export function addEnrollRoute(
  app: Hono<KioskEnv>,
  deps: { store: ServerStore; now?: () => Date; brand?: Brand },
): void {
  const limiter = createRateLimiter(ENROLL_RATE_PER_MINUTE);
  app.post(ENROLL_PATH, requireJson, limitBody(4096), async (c) => {
    const verdict = limiter.take(0);
    if (!verdict.ok) {
      const seconds = String(verdict.retryAfterSeconds);
      throw new ApiError(
        429,
        `Too many kiosks are being set up at once. Please wait ${seconds} seconds and try again.`,
        undefined,
        { 'Retry-After': seconds },
      );
    }
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      throw new ApiError(400, 'The request body is not valid JSON.');
    }
    const parsed = EnrollRequest.safeParse(raw);
    if (!parsed.success) {
      const [status, error] = REFUSALS.unknown;
      return c.json({ error } satisfies ErrorBody, status);
    }
    const now = deps.now?.() ?? new Date();
    const outcome = await redeemEnrollment(deps.store, parsed.data.code, now);
    if (outcome.kind !== 'enrolled') {
      const [status, error] = REFUSALS[outcome.kind];
      return c.json({ error } satisfies ErrorBody, status);
    }
    // The kiosk appears now, not when IT made the link: the trail says when and for which office.
    await recordAudit(deps.store, ENROLLMENT_ACTOR, 'kiosk-add', {
      kiosk: outcome.kioskId,
      office: outcome.office,
      enrolled: true,
    });
    const configuration = await officeConfiguration(
      deps.store,
      outcome.office,
      dayOf(now),
      deps.brand,
    );
    return c.json({ token: outcome.token, configuration } satisfies EnrollResponse, 200);
  });
  app.all(ENROLL_PATH, (c) => {
    c.header('Allow', 'POST');
    throw new ApiError(405, 'A provisioning code can only be redeemed (POST).');
  });
}
