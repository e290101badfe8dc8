import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../src/store/schema.ts';
import { refreshConfiguration } from '../../src/sync/kiosk-config-sync.ts';
import { OFFICE, openTestApp, type TestApp } from './fixtures.ts';

/**
 * The kiosk's configuration refresh (src/sync) against the real endpoint
 * handler on real SQLite. The settings live in a Map here; the IndexedDB side
 * is covered by tests/browser/provisioning.test.ts.
 */
let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

function settingsStore() {
  const map = new Map<keyof Settings, unknown>();
  return {
    map,
    getSetting: async <K extends keyof Settings>(key: K) => map.get(key) as Settings[K] | undefined,
    setSetting: async <K extends keyof Settings>(key: K, value: Settings[K]) => {
      map.set(key, structuredClone(value));
    },
  };
}

const ENDPOINT = 'http://urne.test';
const viaApp: typeof fetch = async (input, init) => t.app.request(String(input), init);

describe('refreshConfiguration', () => {
  it('stores the configuration and office, then reports unchanged, then picks up a new period', async () => {
    const store = settingsStore();
    const refresh = () =>
      refreshConfiguration({ store, fetch: viaApp, endpoint: ENDPOINT, token: t.token });
    expect(await refresh()).toBe('updated');
    expect(store.map.get('office')).toBe(OFFICE);
    expect(store.map.get('configuration')).toMatchObject({
      office: OFFICE,
      surveyVersion: t.version,
    });
    expect(await refresh()).toBe('unchanged');

    const current = await t.store.findOfficeSurvey(OFFICE);
    if (!current) throw new Error('the office should have a survey by now');
    await t.store.setOfficeSurvey({ ...current, from: '2026-06-18', to: '2026-07-14' });
    expect(await refresh()).toBe('updated');
    expect(store.map.get('configuration')).toMatchObject({
      period: { from: '2026-06-18', to: '2026-07-14' },
    });
  });

  it('a refused token: unauthorized; a survey not matching its version, or no answer: failed; nothing stored', async () => {
    const store = settingsStore();
    const base = { store, endpoint: ENDPOINT, token: t.token };
    expect(await refreshConfiguration({ ...base, fetch: viaApp, token: 'x'.repeat(43) })).toBe(
      'unauthorized',
    );
    const tampered: typeof fetch = async (input, init) => {
      const config = await (await viaApp(input, init)).json();
      config.survey.questions.pop();
      return Response.json(config);
    };
    expect(await refreshConfiguration({ ...base, fetch: tampered })).toBe('failed');
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError')));
      });
    expect(await refreshConfiguration({ ...base, fetch: hanging, timeoutMs: 50 })).toBe('failed');
    expect(store.map.size).toBe(0);
  });
});
