import {
  ENROLL_PARAM,
  ENROLL_PATH,
  ENROLL_REFUSED,
  EnrollResponse,
} from '../shared/enrollment-schema.ts';
import type { EnrollProblem } from '../shared/problems.ts';
import type { Store } from '../store/index.ts';
import { checkConfiguration, storeConfiguration } from './kiosk-config-sync.ts';

/**
 * 'enrolled': token, office and configuration are stored. 'kept': the code was already used (or the server was out of reach)
 * and this kiosk already has a token (e.g. an MDM web clip that always starts at the link) —
 * nothing changed, nothing to report. Otherwise why not, as a code the staff screens put in words.
 */
export type EnrollOutcome = 'enrolled' | 'kept' | EnrollProblem;

export const ENROLL_TIMEOUT_MS = 15_000;

export type EnrollStore = Pick<Store, 'getSetting' | 'setSetting'>;

/**
 * Enrolls the kiosk from a provisioning link `…/?enroll=<code>`: redeems the
 * code at the page's own origin and stores token, endpoint, office and
 * configuration, plus `needsPin: true` so staff mode asks for a PIN. Returns
 * undefined when the address has no code; otherwise the address without it,
 * to be put in place with `history.replaceState` whatever the outcome, so the
 * code never stays in the address bar or the history.
 */
export async function enrollFromUrl(
  url: URL,
  deps: { store: EnrollStore; fetch: typeof fetch },
): Promise<{ cleanedUrl: URL; outcome: EnrollOutcome } | undefined> {
  const code = url.searchParams.get(ENROLL_PARAM);
  if (code === null) return undefined;
  const cleanedUrl = new URL(url);
  cleanedUrl.searchParams.delete(ENROLL_PARAM);
  return { cleanedUrl, outcome: await enrollWithCode(code, { ...deps, origin: url.origin }) };
}

/**
 * Enrolls with a link or a bare code typed or pasted by staff — the way to
 * provision an installed app that has no address bar (iPad home-screen app).
 * The code is always redeemed at the app's own `origin`; a link to another
 * server is refused as invalid. Never throws.
 */
export async function enrollWithCode(
  input: string,
  deps: { store: EnrollStore; fetch: typeof fetch; origin: string },
): Promise<EnrollOutcome> {
  const code = codeFrom(input.trim(), deps.origin);
  let outcome = code
    ? await redeem(code, deps.origin, deps).catch(() => refusal('server'))
    : refusal('invalid');
  // An enrolled kiosk that starts at a used link (an MDM web clip does on every start), or
  // cannot reach the server for it, just keeps its token: nothing to report to staff.
  if (typeof outcome === 'object' && (outcome.code === 'used' || outcome.code === 'offline')) {
    const token = await deps.store.getSetting('token').catch(() => undefined);
    if (token) outcome = 'kept';
  }
  if (outcome !== 'kept') {
    const problem = outcome === 'enrolled' ? null : outcome;
    await deps.store.setSetting('enrollProblem', problem).catch(() => {});
  }
  return outcome;
}

/** The code from a provisioning link of this origin, or the input itself if it looks like a bare code. */
function codeFrom(input: string, origin: string): string | undefined {
  if (/^[A-Za-z0-9_-]{22,128}$/.test(input)) return input;
  try {
    const url = new URL(input);
    return url.origin === origin
      ? (url.searchParams.get(ENROLL_PARAM)?.trim() ?? undefined)
      : undefined;
  } catch {
    return undefined;
  }
}

async function redeem(
  code: string,
  origin: string,
  deps: { store: EnrollStore; fetch: typeof fetch },
): Promise<EnrollOutcome> {
  const { store } = deps;
  let response: Response;
  try {
    response = await deps.fetch(`${origin}${ENROLL_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ code }),
      cache: 'no-store',
      // The kiosk waits for this before it shows anything: never longer than this.
      signal: timeoutSignal(ENROLL_TIMEOUT_MS),
    });
  } catch {
    return refusal('offline');
  }
  if (response.status === ENROLL_REFUSED.invalid) return refusal('invalid');
  if (response.status === ENROLL_REFUSED.used) return refusal('used');
  if (response.status === ENROLL_REFUSED.expired) return refusal('expired');
  const body = response.ok
    ? EnrollResponse.safeParse(await response.json().catch(() => null))
    : undefined;
  if (!body?.success) return refusal('server');

  // The code is spent now: keep the token even if the survey turns out faulty, so the kiosk can
  // still fetch a corrected configuration on its next sync instead of needing a new link.
  const { token, configuration } = body.data;
  await store.setSetting('token', token);
  await store.setSetting('endpoint', origin);
  await store.setSetting('office', configuration.office);
  await store.setSetting('needsPin', true);
  const checked = await checkConfiguration(configuration);
  if (!checked.ok) return refusal('badConfiguration');
  await storeConfiguration(store, checked.configuration);
  return 'enrolled';
}

function refusal(code: EnrollProblem['code']): EnrollProblem {
  return { code };
}

/** Like AbortSignal.timeout, which older tablets (Safari < 16) lack. */
function timeoutSignal(ms: number): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), ms);
  return controller.signal;
}
