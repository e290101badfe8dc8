import { afterAll, beforeAll, expect, it } from 'vitest';
import { ANSWER_SET_KEYS, dayOf } from '../../src/shared/answer-schema.ts';
import { QUICK_ROUNDS } from '../browser/kiosk-steps.ts';
import { OFFICE, storedLabels } from '../browser/sync-fixture/world.ts';
import { type RestartableEndpoint, startRestartableEndpoint } from './endpoint.ts';
import { describeWebKit, useWebKit } from './harness.ts';
import {
  answerSetsOnTablet,
  controlled,
  mark,
  outboxCount,
  readMark,
  serviceWorkerReady,
} from './in-page.ts';

const HOLD_MS = 600;
const PIN = '73915';

/**
 * Issue 17: the kiosk's offline promise, proven in WebKit (the engine of every iPad) on the
 * real endpoint. One session for the whole file, in order: each test starts where the last ended.
 */
describeWebKit('the kiosk in WebKit', () => {
  const webkit = useWebKit();
  let endpoint: RestartableEndpoint;
  beforeAll(async () => {
    endpoint = await startRestartableEndpoint();
  });
  afterAll(async () => {
    await endpoint?.close();
  });

  it('after one load the service worker serves it with the server gone; a full survey is stored with only the allowed keys', async () => {
    const { page } = webkit;
    const token = await endpoint.addKiosk(OFFICE);
    await page.goto(`${endpoint.url}/?token=${token}&thankYouMs=500&confirmMs=0&${QUICK_ROUNDS}`);
    await page.welcome();
    // The provisioning link is taken into the settings and leaves the address bar.
    await expect
      .poll(() => page.session.currentUrl())
      .toBe(`${endpoint.url}/?thankYouMs=500&confirmMs=0&${QUICK_ROUNDS}`);
    expect(await page.run(serviceWorkerReady, 20_000)).toBe(true);
    // No clients.claim(): the worker controls the page from the next load on.
    for (let attempt = 0; attempt < 5 && !(await page.run(controlled)); attempt++) {
      await page.reload();
    }
    expect(await page.run(controlled)).toBe(true);

    await endpoint.stop();
    await page.reload();
    await page.welcome();
    expect(await page.run(controlled)).toBe(true);
    expect(
      await page.run(() =>
        fetch('/api/v1/health').then(
          () => 'answered',
          () => 'failed',
        ),
      ),
    ).toBe('failed');

    await page.tapThroughWithRemark('webkit-1');
    const { keys, sets } = await page.run(answerSetsOnTablet);
    expect(sets, JSON.stringify(sets)).toHaveLength(1);
    const record = sets[0] as Record<string, unknown>;
    // Nothing beyond the answer-set fields: no time, no device, no address (`flagged` may be
    // there: a driver taps faster than any citizen).
    const allowed: readonly string[] = ANSWER_SET_KEYS;
    expect(Object.keys(record).filter((k) => !allowed.includes(k))).toEqual([]);
    expect(record).toMatchObject({
      surveyId: 'buergerbuero_zufriedenheit',
      office: OFFICE,
      day: dayOf(new Date()),
    });
    expect(record.answers).toMatchObject({ improve: 'webkit-1', language: 'de' });
    // A random key (WebKit's crypto.randomUUID), not a counter revealing the order of answering.
    expect(keys[0]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );

    await page.welcome();
    await page.tapThroughWithRemark('webkit-2');
    await page.welcome();
    expect(await page.run(outboxCount)).toBe(2);
  });

  it('once the server is back the outbox empties without a reload, and the server holds each set once', async () => {
    const { page } = webkit;
    await page.run(mark, 'before the server came back');
    await endpoint.start();
    // No `online` event tells the page (the network never went away): the sync loop's own
    // backoff retries, up to a few seconds after the failures of the offline rounds.
    await expect.poll(() => page.run(outboxCount), { timeout: 90_000, interval: 500 }).toBe(0);
    expect(endpoint.readDb(storedLabels).sort()).toEqual(['webkit-1', 'webkit-2']);
    expect(await page.run(readMark)).toBe('before the server came back');
  });

  it('idle reset: asks, then discards a half-finished survey', async () => {
    const { page } = webkit;
    // A 3 s countdown (kiosk-flow.test.ts: 1.5 s): the driver's tap on "Ja, weiter" must land
    // before it runs out, on a busy machine too.
    await page.goto(`${endpoint.url}/?idleMs=1500&countdownMs=3000&confirmMs=0`);
    await page.tapButton('Umfrage starten');
    await page.answer('Reisepass');
    await page.waitForHeading('Sind Sie noch da?', 5_000);
    await page.tapButton('Ja, weiter');
    await expect.poll(() => page.has('[role="alertdialog"]')).toBe(false);
    expect(await page.text('.progress__text')).toMatch(/^Frage 2 von/);
    await page.waitForHeading('Sind Sie noch da?', 5_000);
    await page.welcome(5_000);
    expect((await page.run(answerSetsOnTablet)).sets).toEqual([]);
    expect(await page.run(outboxCount)).toBe(0);
  });

  it('staff PIN (WebCrypto hash) and "Jetzt senden"', async () => {
    const { page } = webkit;
    // The default sync interval (10–30 minutes): only the staff button sends the new survey.
    await page.goto(`${endpoint.url}/?longPressMs=${HOLD_MS}&thankYouMs=500&confirmMs=0`);
    await page.welcome();
    await page.tapThroughWithRemark('webkit-staff');
    await page.welcome();

    await page.longPressCorner(HOLD_MS);
    await page.waitForHeading('Neue PIN festlegen');
    await page.enterPin(PIN);
    await page.find(
      'p, [role="status"], [role="alert"]',
      'Bitte dieselbe PIN noch einmal eingeben.',
    );
    await page.enterPin(PIN);
    await page.waitForHeading('Personalbereich');
    await page.tapButton('Schließen');
    await page.welcome();

    await page.longPressCorner(HOLD_MS);
    await page.waitForHeading('PIN eingeben');
    await page.enterPin('0000');
    await expect
      .poll(() => page.text('[role="alert"]'))
      .toBe('Die PIN ist falsch. Noch 4 Versuche, dann wird gesperrt.');
    await page.enterPin(PIN);
    await page.waitForHeading('Personalbereich');
    await expect.poll(() => page.text('[data-status="waiting"] dd')).toBe('1');
    expect(endpoint.readDb(storedLabels)).not.toContain('webkit-staff');

    await page.tapButton('Jetzt senden');
    await expect
      .poll(() => page.text('.staff__outcome:not([data-setup])'))
      .toMatch(/^Gesendet: 1 Antwort/);
    await expect.poll(() => page.text('[data-status="waiting"] dd')).toBe('0');
    expect(endpoint.readDb(storedLabels).sort()).toEqual(['webkit-1', 'webkit-2', 'webkit-staff']);
    await page.tapButton('Schließen');
    await page.welcome();
  });

  // TODO(issue 17): the sealed ballot box lands in parallel (src/kiosk, src/sync, src/server).
  // Once the kiosk seals, this test taps a survey in WebKit with the office's urn key, and the
  // server opens that envelope (WebKit's WebCrypto doing the HPKE on the kiosk side).
  it.todo('sealed mode: a set sealed by the WebCrypto of WebKit opens on the server');
});
