import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBrand } from '../../src/server/brand-config.ts';
import { readConfig } from '../../src/server/config.ts';
import { KioskConfiguration } from '../../src/shared/kiosk-config-schema.ts';
import type { Settings } from '../../src/store/schema.ts';
import { refreshConfiguration } from '../../src/sync/kiosk-config-sync.ts';
import { compiledEntry } from './compiled.ts';
import { makeTempDir, openTestApp, type TestApp } from './fixtures.ts';

const LOGO = new URL('../../docs/example/luenen-logo.svg', import.meta.url).pathname;
const LUENEN = {
  URNE_BRAND_CITY: 'Stadt Lünen',
  URNE_BRAND_OFFICE: 'Bürgerbüro Lünen',
  URNE_BRAND_LOGO: LOGO,
  URNE_BRAND_PRIMARY: '#1D4F91',
  URNE_BRAND_ACCENT: '#b1001c',
};

describe('the office identity from the environment', () => {
  it('is absent when IT set none (the kiosks keep their neutral look)', () => {
    expect(readBrand({})).toBeUndefined();
    expect(readBrand({ URNE_BRAND_CITY: '  ' })).toBeUndefined();
    expect(readConfig({}).brand).toBeUndefined();
  });

  it('reads the Lünen example: names, the logo as a data URL, colours in lower case', () => {
    const brand = readBrand(LUENEN);
    expect(brand).toMatchObject({
      city: 'Stadt Lünen',
      office: 'Bürgerbüro Lünen',
      primary: '#1d4f91',
      accent: '#b1001c',
    });
    const svg = Buffer.from(brand?.logo?.split(',')[1] ?? '', 'base64').toString();
    expect(brand?.logo).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(svg).toBe(readFileSync(LOGO, 'utf8'));
  });

  it('refuses a colour too pale for its text, naming the variable, the colour and the ratio', () => {
    expect(() => readBrand({ URNE_BRAND_PRIMARY: '#7fb2e5' })).toThrow(
      /^URNE_BRAND_PRIMARY: #7fb2e5 has a contrast of only 2\.\d\d:1 with the white text drawn on it.*4\.5:1/,
    );
    expect(() => readConfig({ URNE_BRAND_ACCENT: '#f5a623' })).toThrow(
      /URNE_BRAND_ACCENT: #f5a623/,
    );
  });

  it('refuses a colour that is not # and six hex digits, and a logo it cannot carry', () => {
    expect(() => readBrand({ URNE_BRAND_PRIMARY: 'blue' })).toThrow(
      /^URNE_BRAND_PRIMARY must be a colour written as # and six hex digits/,
    );
    expect(() => readBrand({ URNE_BRAND_LOGO: '/tmp/logo.gif' })).toThrow(/\.svg, \.png or \.webp/);
    expect(() => readBrand({ URNE_BRAND_LOGO: '/nonexistent/logo.svg' })).toThrow(/cannot be read/);
    const big = () => Buffer.alloc(40_000);
    expect(() => readBrand({ URNE_BRAND_LOGO: 'big.png' }, big)).toThrow(/40 kB.*at most 18 kB/);
  });
});

describe('the compiled server with a pale colour', () => {
  it('does not start, and says which colour and why, before it opens the database', async () => {
    const temp = await makeTempDir();
    try {
      const failed = await promisify(execFile)(process.execPath, compiledEntry('server/main'), {
        env: {
          ...process.env,
          PORT: '0',
          HOST: '127.0.0.1',
          URNE_DB: `${temp.dir}/urne.db`,
          URNE_BRAND_PRIMARY: '#7fb2e5',
          NODE_OPTIONS: '',
        },
      }).then(
        () => undefined,
        (error: { code?: number; stderr?: string }) => error,
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stderr).toMatch(
        /^URNE_BRAND_PRIMARY: #7fb2e5 has a contrast of only 2\.\d+:1/,
      );
      expect(readdirSync(temp.dir)).toEqual([]);
    } finally {
      await temp.remove();
    }
  });
});

describe('the office identity on its way to the kiosk', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp({ brand: readBrand(LUENEN) });
  });
  afterAll(() => t.close());

  it('goes out with the configuration, and the kiosk’s strict check stores it', async () => {
    const map = new Map<keyof Settings, unknown>();
    const store = {
      getSetting: async <K extends keyof Settings>(key: K) => map.get(key) as Settings[K],
      setSetting: async <K extends keyof Settings>(key: K, value: Settings[K]) => {
        map.set(key, structuredClone(value));
      },
    };
    const fetch: typeof globalThis.fetch = async (input, init) =>
      t.app.request(String(input), init);
    expect(
      await refreshConfiguration({ store, fetch, endpoint: 'http://urne.test', token: t.token }),
    ).toBe('updated');
    const stored = KioskConfiguration.parse(map.get('configuration'));
    expect(stored.brand).toMatchObject({ city: 'Stadt Lünen', primary: '#1d4f91' });
  });

  it('is left out entirely when IT set none, so a kiosk of an older app still accepts it', async () => {
    const plain = await openTestApp();
    try {
      const res = await plain.app.request('/api/v1/kiosk/configuration', {
        headers: { Authorization: `Bearer ${plain.token}` },
      });
      expect(res.status).toBe(200);
      expect(Object.keys(await res.json())).not.toContain('brand');
    } finally {
      await plain.close();
    }
  });
});
