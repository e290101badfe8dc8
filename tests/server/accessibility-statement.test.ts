import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_ACCESSIBILITY_CONTACT,
  readAccessibilityContact,
} from '../../src/server/accessibility/contact.ts';
import { createApp } from '../../src/server/app.ts';
import { createRateLimiter } from '../../src/server/rate-limit.ts';
import { openTestApp, type TestApp } from './fixtures.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const expectStrictHeaders = (res: Response) => {
  const csp = res.headers.get('Content-Security-Policy') ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(res.headers.get('X-Frame-Options')).toBe('DENY');
  expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
  expect(res.headers.get('Permissions-Policy')).toContain('camera=()');
};

describe('accessibility statement', () => {
  it('is public, in the BITV 2.0 structure, without script, with the strict headers', async () => {
    t = await openTestApp();
    const res = await t.app.request('/barrierefreiheit');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    expectStrictHeaders(res);
    const html = await res.text();
    for (const heading of [
      'Erklärung zur Barrierefreiheit',
      'Stand der Vereinbarkeit mit den Anforderungen',
      'Nicht barrierefreie Inhalte',
      'Erstellung dieser Erklärung',
      'Feedback und Kontaktangaben',
      'Durchsetzungsverfahren',
    ]) {
      expect(html, heading).toMatch(new RegExp(`<h[12]>${heading}</h[12]>`));
    }
    expect(html).toContain('axe-core');
    expect(html).toMatch(/erstellt am|am \d\d\.\d\d\.\d{4} erstellt/);
    expect(html).toContain(DEFAULT_ACCESSIBILITY_CONTACT.text);
    expect(html).not.toMatch(/<script|<style|\son\w+=/i);
  });

  it('has its stylesheet at its own address, with the same headers', async () => {
    t = await openTestApp();
    const res = await t.app.request('/barrierefreiheit.css');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/css/);
    expectStrictHeaders(res);
    expect(await res.text()).toContain('h1');
  });

  it("shows IT's contact, escaped, and its e-mail address as a link", async () => {
    t = await openTestApp();
    const contact = readAccessibilityContact({
      URNE_A11Y_CONTACT: 'Stadt Lünen <Bürgerbüro>\\nWilly-Brandt-Platz 1', // as a unit file writes it
      URNE_A11Y_EMAIL: 'barrierefrei@example.de',
    });
    const app = createApp({
      store: t.store,
      rateLimiter: createRateLimiter(100),
      bodyLimitBytes: 1024,
      accessibilityContact: contact,
      log: () => {},
    });
    const html = await (await app.request('/barrierefreiheit')).text();
    expect(html).toContain('Stadt Lünen &lt;Bürgerbüro&gt;<br>Willy-Brandt-Platz 1');
    expect(html).toContain('<a href="mailto:barrierefrei@example.de">');
    expect(html).not.toContain(DEFAULT_ACCESSIBILITY_CONTACT.text);
  });

  it('refuses an e-mail setting that is no address, naming the variable', () => {
    expect(() => readAccessibilityContact({ URNE_A11Y_EMAIL: 'Herr Meier' })).toThrow(
      /URNE_A11Y_EMAIL/,
    );
    expect(readAccessibilityContact({})).toEqual(DEFAULT_ACCESSIBILITY_CONTACT);
  });
});
