import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnrollment } from '../../src/server/enrollment.ts';
import {
  ENROLL_PATH,
  EnrollResponse,
  KIOSK_CONFIG_PATH,
} from '../../src/shared/enrollment-schema.ts';
import { surveyVersion } from '../../src/shared/survey/survey-version.ts';
import { ErrorBody } from '../../src/shared/wire-schema.ts';
import { makeBatch, OFFICE, openTestApp, postBatch, type TestApp } from './fixtures.ts';

const OTHER_OFFICE = 'Bürgerbüro Brambauer';
let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const enroll = (code: unknown) =>
  t.app.request(ENROLL_PATH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });

/** Kiosks and codes as the database has them: compared before and after a refusal. */
async function provisioningRows() {
  return {
    kiosks: await t.sql('SELECT * FROM kiosks ORDER BY id'),
    codes: await t.sql('SELECT * FROM enrollment_codes ORDER BY code_hash'),
  };
}

describe('enrollment', () => {
  it('a code works once: token + configuration for its office, and the token sends answers', async () => {
    const created = await createEnrollment(t.store, {
      office: OTHER_OFFICE,
      baseUrl: 'https://umfrage.example.de',
    });
    expect(created.code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.link).toBe(`https://umfrage.example.de/?enroll=${created.code}`);
    expect(JSON.stringify(await provisioningRows())).not.toContain(created.code);

    const res = await enroll(created.code);
    expect(res.status).toBe(200);
    const body = EnrollResponse.parse(await res.json());
    expect(body.configuration.office).toBe(OTHER_OFFICE);
    expect(body.configuration.surveyVersion).toBe(await surveyVersion(body.configuration.survey));
    expect(body.configuration.period.from <= body.configuration.period.to).toBe(true);

    const batch = makeBatch(t.version, 2, OTHER_OFFICE);
    expect((await postBatch({ ...t, token: body.token }, batch)).status).toBe(201);

    const before = await provisioningRows();
    const again = await enroll(created.code);
    expect(again.status).toBe(409);
    expect(ErrorBody.parse(await again.json()).error).toMatch(/already used/);
    expect(await provisioningRows()).toEqual(before);
  });

  it('an expired code is refused with a clear message and changes nothing', async () => {
    const created = await createEnrollment(t.store, {
      office: OFFICE,
      baseUrl: 'https://umfrage.example.de/kiosk/',
      expiresDays: 7,
      now: new Date(Date.now() - 8 * 24 * 3600_000),
    });
    expect(created.link).toMatch(/^https:\/\/umfrage\.example\.de\/kiosk\/\?enroll=/);
    const before = await provisioningRows();
    const res = await enroll(created.code);
    expect(res.status).toBe(410);
    expect(ErrorBody.parse(await res.json()).error).toMatch(/expired, ask IT for a new one/);
    expect(await provisioningRows()).toEqual(before);
  });

  it('an unknown or malformed code is "not valid"; nothing is created', async () => {
    const before = await provisioningRows();
    for (const code of ['A'.repeat(43), 'short', 42]) {
      const res = await enroll(code);
      expect(res.status).toBe(400);
      expect(ErrorBody.parse(await res.json()).error).toMatch(/provisioning link is not valid/);
    }
    expect(await provisioningRows()).toEqual(before);
  });

  it('two simultaneous redemptions of one code enroll one kiosk', async () => {
    const { code } = await createEnrollment(t.store, { office: OFFICE, baseUrl: 'http://x.test' });
    const kiosksBefore = (await provisioningRows()).kiosks.length;
    const statuses = (await Promise.all([enroll(code), enroll(code), enroll(code)])).map(
      (r) => r.status,
    );
    expect(statuses.sort()).toEqual([200, 409, 409]);
    expect((await provisioningRows()).kiosks.length).toBe(kiosksBefore + 1);
  });

  it('refuses a base URL that is not a plain http(s) address, before storing anything', async () => {
    const before = await provisioningRows();
    await expect(
      createEnrollment(t.store, { office: OFFICE, baseUrl: 'umfrage.example.de' }),
    ).rejects.toThrow(/not an address/);
    await expect(
      createEnrollment(t.store, { office: OFFICE, baseUrl: 'https://u.example.de/?x=1' }),
    ).rejects.toThrow(/without \? or #/);
    expect(await provisioningRows()).toEqual(before);
  });

  it('answers GET with 405 and never logs the code', async () => {
    expect((await t.app.request(ENROLL_PATH)).status).toBe(405);
    expect(t.logs.join('\n')).not.toMatch(/enroll=|code/);
    expect(await t.countAnswerSets()).toBe(2);
  });
});

describe('enrollment flood protection', () => {
  it('past the global budget of attempts per minute: 429 with Retry-After, no address kept', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await enroll('B'.repeat(43))).status);
    expect(statuses).toContain(429);
    const limited = await enroll('B'.repeat(43));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
  });
});

describe('kiosk configuration', () => {
  it('needs a valid token', async () => {
    expect((await t.app.request(KIOSK_CONFIG_PATH)).status).toBe(401);
    const wrong = await t.app.request(KIOSK_CONFIG_PATH, {
      headers: { Authorization: 'Bearer not-a-known-token-at-all' },
    });
    expect(wrong.status).toBe(401);
  });

  it('gives the kiosk its office, survey and period; a changed period shows at once', async () => {
    const get = async () => {
      const res = await t.app.request(KIOSK_CONFIG_PATH, {
        headers: { Authorization: `Bearer ${t.token}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('Cache-Control')).toBe('no-store');
      return EnrollResponse.shape.configuration.parse(await res.json());
    };
    const first = await get();
    expect(first.office).toBe(OFFICE);
    expect(first.surveyVersion).toBe(t.version);
    const current = await t.store.findOfficeSurvey(OFFICE);
    if (!current) throw new Error('the office should have a survey by now');
    await t.store.setOfficeSurvey({ ...current, from: '2026-06-18', to: '2026-07-14' });
    expect((await get()).period).toEqual({ from: '2026-06-18', to: '2026-07-14' });
  });
});
