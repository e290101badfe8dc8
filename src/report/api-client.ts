import type {
  OfficeComparison,
  ResultsOptions,
  ResultsSummary,
  SessionInfo,
} from '../shared/results/results-model.ts';
import {
  EXPORT_PATH,
  LOGIN_PATH,
  LOGOUT_PATH,
  OFFICES_PATH,
  OPTIONS_PATH,
  PRINTED_PATH,
  queryString,
  type ResultsQuery,
  SESSION_PATH,
  SUMMARY_PATH,
} from '../shared/results/results-paths.ts';

/** Thrown when the server says the evaluator is not (or no longer) logged in. */
export class LoggedOutError extends Error {}

/** What the results page needs from the endpoint; components get it as a prop, never fetch. */
export interface ResultsApi {
  /** Who is logged in, or undefined when nobody is. */
  session(): Promise<SessionInfo | undefined>;
  /** Resolves to undefined on success, else the server's message (German). */
  login(name: string, password: string): Promise<string | undefined>;
  logout(): Promise<void>;
  options(): Promise<ResultsOptions>;
  summary(query: ResultsQuery): Promise<ResultsSummary>;
  /** The account's offices side by side, for the query's wave, reason and flag switch. */
  offices(query: ResultsQuery): Promise<OfficeComparison>;
  /** Tells the server the page is being printed with this filter (the audit trail's "report"). */
  printed(query: ResultsQuery): Promise<void>;
  /** `texts`: the free-text list (masked, as the page shows it) instead of the answer rows. */
  exportUrl(
    query: ResultsQuery,
    format: 'csv' | 'json',
    separator?: ';' | ',',
    texts?: boolean,
  ): string;
}

async function readJson<T>(res: Response): Promise<T> {
  if (res.status === 401) throw new LoggedOutError('Nicht angemeldet.');
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string };
    throw new Error(body.error ?? `Fehler ${res.status}`);
  }
  return (await res.json()) as T;
}

export function createResultsApi(fetchFn: typeof fetch = fetch.bind(globalThis)): ResultsApi {
  // Same origin only; the session cookie is SameSite=Strict and HttpOnly.
  const get = (path: string) => fetchFn(path, { credentials: 'same-origin', cache: 'no-store' });
  return {
    async session() {
      const res = await get(SESSION_PATH);
      return res.ok ? ((await res.json()) as SessionInfo) : undefined;
    },
    async login(name, password) {
      const res = await fetchFn(LOGIN_PATH, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, password }),
      });
      if (res.ok) return undefined;
      const body = (await res.json().catch(() => ({}))) as { error?: string };
      return body.error ?? `Anmeldung fehlgeschlagen (${res.status}).`;
    },
    async logout() {
      await fetchFn(LOGOUT_PATH, { method: 'POST', credentials: 'same-origin' });
    },
    options: async () => readJson<ResultsOptions>(await get(OPTIONS_PATH)),
    summary: async (query) =>
      readJson<ResultsSummary>(await get(`${SUMMARY_PATH}?${queryString(query)}`)),
    offices: async ({ office: _office, ...query }) =>
      readJson<OfficeComparison>(await get(`${OFFICES_PATH}?${queryString(query)}`)),
    async printed(query) {
      // keepalive: the print dialog may be open, or the tab closed, before the answer comes.
      await fetchFn(`${PRINTED_PATH}?${queryString(query)}`, {
        method: 'POST',
        credentials: 'same-origin',
        keepalive: true,
      });
    },
    exportUrl(query, format, separator = ',', texts = false) {
      const extra: Record<string, string> = { format };
      if (format === 'csv' && separator === ';') extra.separator = 'semicolon';
      if (texts) extra.part = 'texts';
      return `${EXPORT_PATH}?${queryString(query, extra)}`;
    },
  };
}
