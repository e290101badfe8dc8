import type { Hono } from 'hono';
import { API_PREFIX } from '../../shared/wire-schema.ts';
import { recordAudit } from '../auth/audit.ts';
import { ApiError } from '../http-error.ts';
import { BackupFileError, importAuditDetail, importBackup, parseBackup } from '../import-backup.ts';
import type { StuffingLimits } from '../kiosk-tally.ts';
import type { RateLimiter } from '../rate-limit.ts';
import type { ServerStore } from '../store/server-store.ts';
import type { SurveyCatalog } from '../survey-catalog.ts';
import { type KioskEnv, limitBody, limitRate, requireJson, requireKiosk } from './guards.ts';

export const IMPORT_PATH = `${API_PREFIX}/import`;

/** A backup holds many batches: allow this many times the per-batch body limit. */
export const IMPORT_BODY_FACTOR = 16;

/**
 * POST /api/v1/import: a backup file sent with a kiosk's token, e.g. by a
 * replacement tablet of the same office. The same checks and the same
 * idempotent save as POST /batches, batch by batch (see import-backup.ts).
 * 200 with the per-batch results; 400 when the file as a whole is unusable.
 */
export function addImportRoute(
  app: Hono<KioskEnv>,
  deps: {
    store: ServerStore;
    catalog: SurveyCatalog;
    stuffing?: StuffingLimits;
    rateLimiter: RateLimiter;
    bodyLimitBytes: number;
  },
): void {
  app.post(
    IMPORT_PATH,
    requireKiosk(deps.store),
    limitRate(deps.rateLimiter),
    requireJson,
    limitBody(deps.bodyLimitBytes * IMPORT_BODY_FACTOR),
    async (c) => {
      let backup: ReturnType<typeof parseBackup>;
      try {
        backup = parseBackup(await c.req.text());
      } catch (err) {
        if (!(err instanceof BackupFileError)) throw err;
        throw new ApiError(400, err.message.split('\n')[0] ?? err.message, err.problems);
      }
      const office = c.get('kiosk').office;
      if (backup.office !== office) {
        throw new ApiError(
          400,
          `This kiosk is registered for the office "${office}", but the backup comes from "${backup.office}". Nothing was stored.`,
        );
      }
      const kioskId = c.get('kiosk').id;
      const summary = await importBackup(deps, backup, kioskId);
      // Someone on the staff side sent this file with a kiosk's token: the kiosk is who we know.
      await recordAudit(deps.store, `Kiosk ${kioskId}`, 'import', importAuditDetail(summary));
      return c.json(summary, 200);
    },
  );
  app.all(IMPORT_PATH, (c) => {
    c.header('Allow', 'POST');
    throw new ApiError(405, 'A backup can only be sent (POST).');
  });
}
