import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/server/auth/audit.ts';
import { registerKiosk } from '../../src/server/tokens.ts';
import { AUDIT_PAGE_PATH, PRINTED_PATH } from '../../src/shared/results/results-paths.ts';
import { addTestAccount } from '../accounts.ts';
import { OFFICE, openTestApp, type TestApp } from './fixtures.ts';
import { login, PASSWORD, prepareEvaluation } from './results-fixtures.ts';

// The admins' page of the audit trail and the results page's "printed" call (issue 13),
// through the real routes on the real store.
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
  // A second office in the wave, so the whole wave is more than the evaluator's office.
  await registerKiosk(t.store, OTHER);
});
afterAll(() => t?.close());

const get = (path: string, cookie = '') => t.app.request(path, { headers: { Cookie: cookie } });
const printed = (query: string, cookie: string) =>
  t.app.request(`${PRINTED_PATH}?${query}`, { method: 'POST', headers: { Cookie: cookie } });
const newEntries = async (before: number) => (await t.store.listAudit()).slice(before);

describe('the audit page', () => {
  it('asks a visitor without login to log in (401), with the page headers of the urn pages', async () => {
    const res = await get(AUDIT_PAGE_PATH);
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('Bitte anmelden');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
  });

  it('refuses evaluators and viewers (403), and shows them no entry', async () => {
    await recordAudit(t.store, 'cli:it', 'kiosk-add', { kiosk: 7, office: OFFICE });
    for (const name of [EVALUATOR, VIEWER]) {
      const res = await get(AUDIT_PAGE_PATH, await login(t, PASSWORD, name));
      expect(res.status).toBe(403);
      const html = await res.text();
      expect(html).toContain('Nicht freigegeben');
      expect(html).not.toContain('Kiosk hinzugefügt');
    }
  });

  it('shows an admin the entries newest first, in German words, with the detail', async () => {
    const cookie = await login(t, PASSWORD);
    await recordAudit(t.store, 'cli:it', 'wave-add', { wave: 9, name: 'Frühjahr <2027>' });
    const res = await get(AUDIT_PAGE_PATH, cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<td>Anmeldung</td>');
    expect(html).toContain('Welle 9 · Name Frühjahr &lt;2027&gt;');
    expect(html).not.toContain('<2027>');
    // Newest first: the wave was added after the kiosk and after the admin's login.
    const order = ['Welle angelegt', 'Anmeldung', 'Kiosk hinzugefügt'].map((w) =>
      html.indexOf(`<td>${w}</td>`),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('filters by "seit", and says so when that is no date', async () => {
    const cookie = await login(t, PASSWORD);
    await t.store.appendAudit({
      at: '2020-01-02T10:00:00Z',
      actor: 'cli:alt',
      action: 'logout',
      detail: {},
    });
    const all = await (await get(AUDIT_PAGE_PATH, cookie)).text();
    expect(all).toContain('cli:alt');
    const recent = await get(`${AUDIT_PAGE_PATH}?since=2021-01-01`, cookie);
    expect(recent.status).toBe(200);
    const html = await recent.text();
    expect(html).not.toContain('cli:alt');
    expect(html).toContain('Kiosk hinzugefügt');
    expect(html).toContain('value="2021-01-01"');
    const wrong = await get(`${AUDIT_PAGE_PATH}?since=2021-02-30`, cookie);
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('„2021-02-30“ ist kein Datum');
  });
});

describe('POST /api/v1/results/printed', () => {
  it("records a print as a report with the page's filter, once per call", async () => {
    const cookie = await login(t, PASSWORD, EVALUATOR);
    const before = (await t.store.listAudit()).length;
    const office = encodeURIComponent(OFFICE);
    const res = await printed(`wave=${wave}&office=${office}&flagged=include`, cookie);
    expect(res.status).toBe(204);
    const entries = await newEntries(before);
    expect(entries.map((e) => [e.actor, e.action, e.detail])).toEqual([
      [EVALUATOR, 'report', { wave, office: OFFICE, includeFlagged: true }],
    ]);
  });

  it('records nothing for a foreign office, an unknown wave, or without login', async () => {
    const cookie = await login(t, PASSWORD, EVALUATOR);
    const before = (await t.store.listAudit()).length;
    expect((await printed(`wave=${wave}&office=${encodeURIComponent(OTHER)}`, cookie)).status).toBe(
      403,
    );
    expect((await printed(`wave=${wave}`, cookie)).status).toBe(403); // the whole wave
    const admin = await login(t, PASSWORD);
    const afterLogin = (await t.store.listAudit()).length;
    expect((await printed('wave=999', admin)).status).toBe(404);
    expect((await printed(`wave=${wave}`, '')).status).toBe(401);
    expect(afterLogin - before).toBe(1); // the admin's login, nothing else
    expect((await newEntries(afterLogin)).length).toBe(0);
  });

  it("a viewer's print is recorded too: viewers may print their office", async () => {
    const cookie = await login(t, PASSWORD, VIEWER);
    const before = (await t.store.listAudit()).length;
    expect(
      (await printed(`wave=${wave}&office=${encodeURIComponent(OFFICE)}`, cookie)).status,
    ).toBe(204);
    expect((await newEntries(before)).map((e) => [e.actor, e.action])).toEqual([
      [VIEWER, 'report'],
    ]);
  });
});
