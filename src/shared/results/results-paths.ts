import { API_PREFIX } from '../wire-schema.ts';

/** Addresses of the evaluation, shared by the results page and the endpoint. */
export const RESULTS_PAGE_PATH = '/results';
export const LOGIN_PATH = `${API_PREFIX}/evaluator/login`;
export const LOGOUT_PATH = `${API_PREFIX}/evaluator/logout`;
export const SESSION_PATH = `${API_PREFIX}/evaluator/session`;
/** Every results and export address is below this; one middleware guards them all. */
export const RESULTS_API_PREFIX = `${API_PREFIX}/results`;
export const OPTIONS_PATH = `${RESULTS_API_PREFIX}/options`;
export const SUMMARY_PATH = `${RESULTS_API_PREFIX}/summary`;
export const EXPORT_PATH = `${RESULTS_API_PREFIX}/export`;
/** The office comparison (OfficeComparison): the summary's query without an office. */
export const OFFICES_PATH = `${RESULTS_API_PREFIX}/offices`;
/** POST when the page is printed, so the audit trail records the report (issue 13). */
export const PRINTED_PATH = `${RESULTS_API_PREFIX}/printed`;
/** The audit trail's page for admins (server-rendered, src/server/audit/audit-route.ts). */
export const AUDIT_PAGE_PATH = '/results/audit';
/** The questionnaire editor's page for admins (src/editor, issue 14). */
export const EDITOR_PAGE_PATH = '/editor';

/** The page's filter, as query parameters of the summary and export addresses. */
export interface ResultsQuery {
  wave: number;
  office?: string;
  group?: string;
  includeFlagged?: boolean;
}

/** The query string of `q` (plus `extra` parameters): ?wave=1&office=…&group=…&flagged=include. */
export function queryString(q: ResultsQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ wave: String(q.wave) });
  if (q.office) params.set('office', q.office);
  if (q.group) params.set('group', q.group);
  if (q.includeFlagged) params.set('flagged', 'include');
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}

/**
 * The filter read back from query parameters, the inverse of queryString. `wave` is left out
 * unless it is a whole number from 1 up; blank office or group count as none.
 */
export function parseResultsQuery(params: URLSearchParams): Partial<ResultsQuery> {
  const wave = Number(params.get('wave'));
  return {
    wave: Number.isSafeInteger(wave) && wave > 0 ? wave : undefined,
    office: params.get('office')?.trim() || undefined,
    group: params.get('group')?.trim() || undefined,
    includeFlagged: params.get('flagged') === 'include' || undefined,
  };
}
