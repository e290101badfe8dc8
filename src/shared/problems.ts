/**
 * Problems are data: sync and enrollment store a code and its facts, and the
 * staff panel words them in its reader's language (src/staff/problem-texts.ts).
 * They stay on the tablet (IndexedDB), never on the wire or in a backup file,
 * so plain types and a small reader do here what a zod schema would: a zod
 * schema in the lazily loaded staff code split zod out of the first-load chunk
 * and cost the kiosk's first load about 0.4 kB gzip.
 */

/**
 * What the server said when it refused a batch's content (400, 413, 422): its
 * status and, when its reply could be read, its own words (`error` and
 * `details` of the error body, in English, cut to a readable length).
 */
export interface Refusal {
  status: number;
  reason?: string;
}

/** Why sync could not do its work. Stored as the setting `lastProblem`. Answers are never lost in any of these. */
export type SyncProblem =
  /** The server no longer knows this kiosk's token (401). */
  | { code: 'unauthorized' }
  /** No token yet: the kiosk was never set up. */
  | { code: 'notProvisioned' }
  /** No answer from the server at all. */
  | { code: 'offline' }
  /** The server answered but could not take the answers now (5xx, 429, an unreadable reply). */
  | { code: 'serverBusy'; status: number }
  /** The server refused a batch of `count` answers; it is held on the tablet. */
  | ({ code: 'held'; count: number } & Refusal)
  /** A provisioning address named an endpoint that is not an http(s) address; it was not used. */
  | { code: 'badEndpoint'; endpoint: string };

/** Why a provisioning link (or code) did not set the kiosk up. Stored as the setting `enrollProblem`. */
export interface EnrollProblem {
  code: 'invalid' | 'used' | 'expired' | 'offline' | 'server' | 'badConfiguration';
}

/**
 * A problem read back from the tablet that this version does not know: a
 * plain sentence stored by a version before problem codes (`text`, shown as
 * it is), or a code of a newer version (no text).
 */
export interface UnknownProblem {
  code: 'unknown';
  text?: string;
}

/** For each code, the facts it cannot be worded without: what readProblem checks. */
type CodeFacts<P extends { code: string }> = {
  [C in P['code']]: readonly Exclude<keyof Extract<P, { code: C }>, 'code'>[];
};

/** Every sync code and its required facts (a new code must be added here to be read back). */
export const SYNC_PROBLEMS: CodeFacts<SyncProblem> = {
  unauthorized: [],
  notProvisioned: [],
  offline: [],
  serverBusy: ['status'],
  held: ['count', 'status'],
  badEndpoint: ['endpoint'],
};

/** Every enrollment code (none carries facts). */
export const ENROLL_PROBLEMS: CodeFacts<EnrollProblem> = {
  invalid: [],
  used: [],
  expired: [],
  offline: [],
  server: [],
  badConfiguration: [],
};

/** The stored `lastProblem` as the staff panel can show it (see readProblem). */
export function readSyncProblem(stored: unknown): SyncProblem | UnknownProblem | undefined {
  return readProblem<SyncProblem>(SYNC_PROBLEMS, stored);
}

/** The stored `enrollProblem` as the staff panel can show it (see readProblem). */
export function readEnrollProblem(stored: unknown): EnrollProblem | UnknownProblem | undefined {
  return readProblem<EnrollProblem>(ENROLL_PROBLEMS, stored);
}

/**
 * A stored problem setting: undefined for none (null, or '' as older versions
 * cleared it); the problem when its code is one of `known` and it has that
 * code's facts; otherwise an UnknownProblem. Never throws: whatever an older
 * or newer version left in IndexedDB, the panel opens.
 */
function readProblem<P extends { code: string }>(
  known: CodeFacts<P>,
  stored: unknown,
): P | UnknownProblem | undefined {
  if (stored === undefined || stored === null || stored === '') return undefined;
  if (typeof stored === 'string') return { code: 'unknown', text: stored };
  const problem = stored as Partial<Record<string, unknown>>;
  // Own keys only: a stored code such as "toString" must not find Object's prototype.
  const facts: readonly PropertyKey[] | undefined = Object.hasOwn(known, String(problem.code))
    ? known[problem.code as P['code']]
    : undefined;
  if (!facts || facts.some((fact) => problem[fact as string] == null)) return { code: 'unknown' };
  return stored as P;
}
