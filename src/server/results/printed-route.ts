import type { Hono } from 'hono';
import { PRINTED_PATH } from '../../shared/results/results-paths.ts';
import { recordAudit } from '../auth/audit.ts';
import { accountOf } from '../auth/sessions.ts';
import type { ServerStore } from '../store/server-store.ts';
import { readResultsQuery } from './data-routes.ts';
import { findWave } from './summary.ts';

/**
 * POST /api/v1/results/printed?wave=…[&office=…&group=…&flagged=include]: the results page calls
 * it when it is printed, so a paper report is in the audit trail as a file export is. Behind the
 * login and the office scope (results/index.ts): an account records only what it may see, and
 * only for a wave that exists. 204; nothing else changes.
 */
export function addPrintedRoute(
  // biome-ignore lint/suspicious/noExplicitAny: any Hono env; the account is c.get('account').
  app: Hono<any>,
  store: ServerStore,
): void {
  app.post(PRINTED_PATH, async (c) => {
    const query = readResultsQuery(c);
    const { wave } = await findWave(store, query.wave);
    await recordAudit(store, accountOf(c).name, 'report', {
      wave: wave.id,
      ...(query.office !== undefined ? { office: query.office } : {}),
      ...(query.group !== undefined ? { group: query.group } : {}),
      ...(query.includeFlagged ? { includeFlagged: true } : {}),
    });
    return c.body(null, 204);
  });
}
