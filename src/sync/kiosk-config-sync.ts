import { KioskConfiguration } from '../shared/kiosk-config-schema.ts';
import { loadSurvey } from '../shared/survey/load-survey.ts';
import { canonicalJson, surveyVersion } from '../shared/survey/survey-version.ts';
import { KIOSK_CONFIG_PATH } from '../shared/wire-schema.ts';
import type { Store } from '../store/index.ts';

/** How long the configuration request may take before the round goes on without it. */
export const CONFIG_TIMEOUT_MS = 10_000;

export type ConfigStore = Pick<Store, 'getSetting' | 'setSetting'>;

/**
 * Checks a configuration from the endpoint as strictly as a bundled survey:
 * the schema ('form'), the survey's own rules ('survey', see loadSurvey), and
 * that the version the server names is the hash of the survey it sent
 * ('version') — answers are stamped with that version, so a mismatch would
 * make every answer unacceptable later.
 * @returns the configuration, or which check it failed (callers only tell staff "faulty").
 */
export async function checkConfiguration(
  raw: unknown,
): Promise<
  { ok: true; configuration: KioskConfiguration } | { ok: false; failed: ConfigurationCheck }
> {
  const parsed = KioskConfiguration.safeParse(raw);
  if (!parsed.success) return { ok: false, failed: 'form' };
  try {
    const survey = loadSurvey(parsed.data.survey);
    if ((await surveyVersion(survey)) !== parsed.data.surveyVersion) {
      return { ok: false, failed: 'version' };
    }
    return { ok: true, configuration: { ...parsed.data, survey } };
  } catch {
    return { ok: false, failed: 'survey' };
  }
}

/** The check of checkConfiguration a configuration failed. */
export type ConfigurationCheck = 'form' | 'survey' | 'version';

/** Stores a checked configuration (and the office it names) unless it is the one already stored. */
export async function storeConfiguration(
  store: ConfigStore,
  configuration: KioskConfiguration,
): Promise<boolean> {
  const current = await store.getSetting('configuration');
  if (current && canonicalJson(current) === canonicalJson(configuration)) return false;
  await store.setSetting('configuration', configuration);
  // Answers are stamped with the `office` setting; keep it the office the server has for this token.
  if ((await store.getSetting('office')) !== configuration.office) {
    await store.setSetting('office', configuration.office);
  }
  return true;
}

export interface RefreshOptions {
  store: ConfigStore;
  fetch: typeof fetch;
  endpoint: string;
  token: string;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** 'unauthorized': the server refused the token (401), so sending answers with it is pointless. */
export type RefreshOutcome = 'updated' | 'unchanged' | 'unauthorized' | 'failed';

/**
 * Fetches the kiosk's configuration (survey, version, period) and stores it
 * in the setting `configuration` when it changed. Never throws and gives up
 * after `timeoutMs`: the answers must be sent whether or not this works. The
 * kiosk applies a changed survey itself, and only on the welcome screen.
 */
export async function refreshConfiguration(options: RefreshOptions): Promise<RefreshOutcome> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  const timer = setTimeout(stop, options.timeoutMs ?? CONFIG_TIMEOUT_MS);
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    const response = await options.fetch(`${options.endpoint}${KIOSK_CONFIG_PATH}`, {
      headers: { Authorization: `Bearer ${options.token}`, Accept: 'application/json' },
      cache: 'no-store',
      signal: controller.signal,
    });
    if (response.status === 401) return 'unauthorized';
    if (!response.ok) return 'failed';
    const checked = await checkConfiguration(await response.json());
    if (!checked.ok) return 'failed';
    return (await storeConfiguration(options.store, checked.configuration))
      ? 'updated'
      : 'unchanged';
  } catch {
    return 'failed';
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', stop);
  }
}
