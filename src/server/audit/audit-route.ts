import type { Context, Hono } from 'hono';
import { AUDIT_PAGE_PATH, RESULTS_PAGE_PATH } from '../../shared/results/results-paths.ts';
import { adminOfPage } from '../admin/admin-page-gate.ts';
import { auditTime } from '../auth/audit.ts';
import type { ServerStore } from '../store/server-store.ts';
import {
  AUDIT_PAGE_CSP,
  AUDIT_PAGE_LIMIT,
  renderAuditMessage,
  renderAuditPage,
} from './audit-page.ts';
import { parseSince } from './audit-since.ts';

/**
 * GET /results/audit[?since=2026-06-01]: the audit trail for admins, newest first, as
 * server-rendered HTML like the urn's opening page (routes/urn-opening.ts). Without a login a
 * page that says where to log in (401), for an evaluator or viewer a refusal (403): who looked
 * at what is itself a record about staff, for the admin and the data-protection officer.
 */
// biome-ignore lint/suspicious/noExplicitAny: any Hono env; this route reads no variables.
export function addAuditPageRoute(app: Hono<any>, store: ServerStore): void {
  app.get(AUDIT_PAGE_PATH, async (c) => {
    const gate = await adminOfPage(c, store, 'Das Protokoll');
    if ('refusal' in gate) {
      const { title, sentence, status } = gate.refusal;
      const back = `<p><a href="${RESULTS_PAGE_PATH}">Zur Auswertung</a></p>`;
      return html(c, renderAuditMessage(title, sentence, back), status);
    }
    const typed = c.req.query('since')?.trim() || undefined;
    const bound = typed === undefined ? undefined : sinceLocalDay(typed);
    const problem =
      typed !== undefined && bound === undefined
        ? `„${typed}“ ist kein Datum. Bitte wählen Sie einen Tag, z. B. 01.06.2026.`
        : undefined;
    const all = await store.listAudit(bound === undefined ? {} : { since: bound });
    const entries = all.slice(-AUDIT_PAGE_LIMIT).reverse();
    const view = {
      entries,
      total: all.length,
      since: typed,
      problem,
      resultsLink: RESULTS_PAGE_PATH,
    };
    return html(c, renderAuditPage(view), problem ? 400 : 200);
  });
}

/**
 * The page shows the server's local time, so its "seit" day starts at local midnight; `npm run
 * audit` (UTC throughout) takes the day as UTC. A time instead of a day is taken as parseSince does.
 */
function sinceLocalDay(typed: string): string | undefined {
  const bound = parseSince(typed);
  if (bound === undefined || bound.length !== 10) return bound;
  const [y, m, d] = bound.split('-').map(Number);
  return auditTime(new Date(y ?? 0, (m ?? 1) - 1, d ?? 1));
}

function html(c: Context, body: string, status: 200 | 400 | 401 | 403): Response {
  c.header('Cache-Control', 'no-store');
  c.header('X-Frame-Options', 'DENY');
  c.header('Content-Security-Policy', AUDIT_PAGE_CSP);
  c.header('Referrer-Policy', 'no-referrer');
  return c.html(body, status);
}
