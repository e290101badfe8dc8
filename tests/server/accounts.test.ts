import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTestAccount } from '../accounts.ts';
import { batchOf, OFFICE, openTestApp, type TestApp } from './fixtures.ts';
import { DEFAULT_STORE } from './pg-fixtures.ts';
import { answerSet, getJson, login, PASSWORD, prepareEvaluation } from './results-fixtures.ts';

// Named accounts, roles and offices (issue 13), through the real routes on the real store.
const OTHER = 'Bürgerbüro Brambauer';
const EVALUATOR = 'Frau Meier';
const VIEWER = 'Herr Schulz';

let t: TestApp;
let wave: number;
beforeAll(async () => {
  t = await openTestApp();
  wave = await prepareEvaluation(t);
  await addTestAccount(t.store, PASSWORD, {
    name: EVALUATOR,
    role: 'evaluator',
    offices: [OFFICE],
  });
  await addTestAccount(t.store, PASSWORD, { name: VIEWER, role: 'viewer', offices: [OFFICE] });
  const days = ['2026-06-18', '2026-06-22', '2026-06-25', '2026-07-01', '2026-07-08'];
  const sets = (office: string, n: number) =>
    Array.from({ length: n }, (_, i) =>
      answerSet(t.version, days[i % days.length] ?? '', { overall: 1 + (i % 5) }, { office }),
    );
  await t.store.saveBatch(batchOf(sets(OFFICE, 9)));
  await t.store.saveBatch(batchOf(sets(OTHER, 8)));
});
afterAll(() => t?.close());

const request = (path: string, cookie: string) =>
  t.app.request(path, { headers: { Cookie: cookie } });
const loginAs = (name: string, password = PASSWORD) =>
  t.app.request('/api/v1/evaluator/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
const summary = (office?: string) =>
  `/api/v1/results/summary?wave=${wave}${office ? `&office=${encodeURIComponent(office)}` : ''}`;
const exportOf = (office: string, extra = '') =>
  `/api/v1/results/export?wave=${wave}&office=${encodeURIComponent(office)}&format=csv${extra}`;

describe('logging in with a name', () => {
  it('finds the account however the name is typed, and says the same for a wrong name or password', async () => {
    expect((await loginAs('  frau   MEIER ')).status).toBe(204);
    const wrongName = await loginAs('Frau Maier');
    const wrongPassword = await loginAs(EVALUATOR, 'not the password at all');
    expect(wrongName.status).toBe(401);
    expect(wrongPassword.status).toBe(401);
    expect(await wrongName.json()).toEqual(await wrongPassword.json());
  });

  it('tells the page who is logged in and what they may do', async () => {
    const cookie = await login(t, PASSWORD, VIEWER);
    expect(await getJson(t, '/api/v1/evaluator/session', cookie)).toEqual({
      name: VIEWER,
      role: 'viewer',
      offices: [OFFICE],
      mayExport: false,
    });
  });

  it('a disabled account cannot log in, and its open session ends at once', async () => {
    const account = await addTestAccount(t.store, PASSWORD, {
      name: 'Vertretung',
      role: 'viewer',
      offices: [OFFICE],
    });
    const cookie = await login(t, PASSWORD, 'Vertretung');
    expect((await request(summary(OFFICE), cookie)).status).toBe(200);
    await t.store.setAccountDisabled(account.id, true);
    expect((await request(summary(OFFICE), cookie)).status).toBe(401);
    expect((await loginAs('Vertretung')).status).toBe(401);
    await t.store.setAccountDisabled(account.id, false);
    expect((await loginAs('Vertretung')).status).toBe(204);
  });

  it('a new password ends the sessions started with the old one', async () => {
    const account = await addTestAccount(t.store, PASSWORD, {
      name: 'Aushilfe',
      role: 'viewer',
      offices: [OFFICE],
    });
    const cookie = await login(t, PASSWORD, 'Aushilfe');
    await t.store.setAccountPassword(account.id, 'x'.repeat(64));
    expect((await request(summary(OFFICE), cookie)).status).toBe(401);
  });
});

describe('an evaluator of one office', () => {
  let cookie: string;
  beforeAll(async () => {
    cookie = await login(t, PASSWORD, EVALUATOR);
  });

  it('sees and exports its office', async () => {
    expect(await getJson(t, summary(OFFICE), cookie)).toMatchObject({ n: 9, office: OFFICE });
    const csv = await request(exportOf(OFFICE), cookie);
    expect(csv.status).toBe(200);
  });

  it("never sees the other office's figures: not by name, not as the whole wave, not in the options", async () => {
    for (const path of [summary(OTHER), summary(), exportOf(OTHER)]) {
      const res = await request(path, cookie);
      expect(res.status, path).toBe(403);
      expect(JSON.stringify(await res.json())).not.toMatch(/"n":/);
    }
    const options = await getJson<{ offices: string[] }>(t, '/api/v1/results/options', cookie);
    expect(options.offices).toEqual([OFFICE]);
  });

  it('an admin sees both offices and the whole wave', async () => {
    const admin = await login(t);
    expect(await getJson(t, summary(), admin)).toMatchObject({ n: 17 });
    expect(await getJson(t, summary(OTHER), admin)).toMatchObject({ n: 8 });
    const options = await getJson<{ offices: string[] }>(t, '/api/v1/results/options', admin);
    expect(options.offices).toEqual([OTHER, OFFICE]);
  });
});

describe('a viewer', () => {
  it('sees the results page of its office but exports nothing, not even the texts', async () => {
    const cookie = await login(t, PASSWORD, VIEWER);
    expect((await request(summary(OFFICE), cookie)).status).toBe(200);
    for (const extra of ['', '&part=texts']) {
      const res = await request(exportOf(OFFICE, extra), cookie);
      expect(res.status).toBe(403);
      expect((await res.json()).error).toMatch(/keine Antworten exportieren/);
    }
  });
});

describe('the audit trail', () => {
  it('records logins, failed logins and exports with their filters, and never a typed unknown name', async () => {
    const before = (await t.store.listAudit()).length;
    await loginAs('Passwort123 aus Versehen');
    const cookie = await login(t, PASSWORD, EVALUATOR);
    await request(exportOf(OFFICE, '&flagged=include'), cookie);
    const entries = (await t.store.listAudit()).slice(before);
    expect(entries.map((e) => [e.actor, e.action])).toEqual([
      ['(unbekannt)', 'login-failed'],
      [EVALUATOR, 'login'],
      [EVALUATOR, 'export'],
    ]);
    expect(entries[2]?.detail).toMatchObject({ wave, office: OFFICE, format: 'csv' });
    expect(JSON.stringify(entries)).not.toContain('Passwort123');
    for (const e of entries) expect(e.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('cannot be changed or emptied: the database refuses it', async () => {
    const n = (await t.store.listAudit()).length;
    expect(n).toBeGreaterThan(0);
    await expect(t.sql("UPDATE audit_log SET actor = 'niemand'")).rejects.toThrow(/append-only/);
    await expect(t.sql('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    expect(await t.store.listAudit()).toHaveLength(n);
  });

  // SQLite has no TRUNCATE (its DELETE without WHERE meets the trigger above); PostgreSQL has.
  it.runIf(DEFAULT_STORE === 'postgres')('cannot be truncated on PostgreSQL', async () => {
    const n = (await t.store.listAudit()).length;
    await expect(t.sql('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    expect(await t.store.listAudit()).toHaveLength(n);
  });
});
