import type { Hono } from 'hono';
import { dayOf } from '../../shared/answer-schema.ts';
import type { Brand } from '../../shared/brand-schema.ts';
import { KIOSK_CONFIG_PATH } from '../../shared/enrollment-schema.ts';
import type { KioskConfiguration } from '../../shared/kiosk-config-schema.ts';
import { officeConfiguration } from '../enrollment-configuration.ts';
import { ApiError } from '../http-error.ts';
import { kioskTestRun } from '../kiosk-test-run.ts';
import type { RateLimiter } from '../rate-limit.ts';
import type { ServerStore } from '../store/server-store.ts';
import { type KioskEnv, limitRate, requireKiosk } from './guards.ts';

/**
 * GET /api/v1/kiosk/configuration: the survey and period of the calling
 * kiosk's office. Kiosks ask at the start of every sync round, so IT can
 * change either centrally (npm run kiosk -- period | survey).
 */
export function addKioskConfigRoute(
  app: Hono<KioskEnv>,
  deps: { store: ServerStore; rateLimiter: RateLimiter; now?: () => Date; brand?: Brand },
): void {
  app.get(KIOSK_CONFIG_PATH, requireKiosk(deps.store), limitRate(deps.rateLimiter), async (c) => {
    const today = dayOf(deps.now?.() ?? new Date());
    const kiosk = c.get('kiosk');
    const configuration = await officeConfiguration(deps.store, kiosk.office, today, deps.brand);
    // A draft on trial on this very kiosk (issue 14); absent for every other kiosk.
    const test = await kioskTestRun(deps.store, kiosk.id);
    return c.json(
      { ...configuration, ...(test ? { test } : {}) } satisfies KioskConfiguration,
      200,
    );
  });
  app.all(KIOSK_CONFIG_PATH, (c) => {
    c.header('Allow', 'GET');
    throw new ApiError(405, 'The kiosk configuration can only be fetched (GET).');
  });
}
