import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, serveDist } from './harness.ts';
import { enterPin, longPressCorner, welcome } from './staff-steps.ts';

const HOLD_MS = 600;
const PIN = '1357';

/** What the page recorded through the platform stubs below. */
interface Recorded {
  wakeRequests: number;
  /** The type of the event being handled when requestFullscreen was called ('' = none: too late). */
  fullscreenCalls: string[];
}

/**
 * Platform APIs headless Chromium lacks or cannot drive, stubbed before the app
 * loads: a Screen Wake Lock that counts requests and whose sentinel the test
 * can release (as the browser does), a page visibility the test can switch, and
 * requestFullscreen observed (the real one still runs).
 */
function stubPlatform(): void {
  type Sentinel = EventTarget & { released: boolean; type: 'screen'; release(): Promise<void> };
  const w = window as unknown as {
    recorded: Recorded;
    sentinels: Sentinel[];
    hidden: boolean;
    event?: Event;
  };
  w.recorded = { wakeRequests: 0, fullscreenCalls: [] };
  w.sentinels = [];
  w.hidden = false;
  const makeSentinel = (): Sentinel => {
    const target = new EventTarget() as Sentinel;
    target.released = false;
    target.type = 'screen';
    target.release = async () => {
      if (target.released) return;
      target.released = true;
      target.dispatchEvent(new Event('release'));
    };
    return target;
  };
  Object.defineProperty(navigator, 'wakeLock', {
    value: {
      request: async () => {
        w.recorded.wakeRequests += 1;
        const sentinel = makeSentinel();
        w.sentinels.push(sentinel);
        return sentinel;
      },
    },
  });
  Object.defineProperty(Document.prototype, 'visibilityState', {
    get: () => (w.hidden ? 'hidden' : 'visible'),
  });
  const request = Element.prototype.requestFullscreen;
  Element.prototype.requestFullscreen = function (this: Element, options?: FullscreenOptions) {
    w.recorded.fullscreenCalls.push(w.event?.type ?? '');
    return request.call(this, options);
  };
}

/**
 * What lockdown.ts and the staff unlock promise: the screen stays awake (the
 * wake lock is taken again after the browser drops it), full screen is asked
 * for inside the staff's tap, and a link to another site is never followed.
 */
describeBrowser('lock-down', () => {
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'de-DE', hasTouch: true });
    await context.addInitScript(stubPlatform);
    page = await context.newPage();
    await page.goto(`${server.url}?longPressMs=${HOLD_MS}`);
    await welcome(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const recorded = () =>
    page.evaluate(() => (window as unknown as { recorded: Recorded }).recorded);
  const wakeRequests = async () => (await recorded()).wakeRequests;
  const fullscreenElement = () => page.evaluate(() => document.fullscreenElement?.tagName ?? null);

  it('holds a wake lock, and takes it again after a release and when the page becomes visible', async () => {
    await expect.poll(wakeRequests, { timeout: 10_000 }).toBe(1);

    // Dropped while visible (battery saver, a system dialog): asked for again shortly.
    await page.evaluate(() =>
      (window as unknown as { sentinels: { release(): Promise<void> }[] }).sentinels[0]?.release(),
    );
    await expect.poll(wakeRequests, { timeout: 10_000 }).toBe(2);

    // Hidden, the browser drops it; visible again, the kiosk asks again.
    await page.evaluate(() => {
      const w = window as unknown as { hidden: boolean; sentinels: { release(): void }[] };
      w.hidden = true;
      document.dispatchEvent(new Event('visibilitychange'));
      w.sentinels[1]?.release();
    });
    expect(await wakeRequests()).toBe(2);
    await page.evaluate(() => {
      (window as unknown as { hidden: boolean }).hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect.poll(wakeRequests, { timeout: 10_000 }).toBe(3);
  });

  it('asks for full screen in the tap that completes the PIN; a wrong PIN leaves it again', async () => {
    // A fresh kiosk: choosing the PIN unlocks, in the confirming tap.
    await longPressCorner(page, HOLD_MS);
    await page.getByRole('heading', { name: 'Neue PIN festlegen' }).waitFor();
    await enterPin(page, PIN);
    await enterPin(page, PIN);
    await page.getByRole('heading', { name: 'Personalbereich' }).waitFor();
    expect((await recorded()).fullscreenCalls).toEqual(['click']);
    await expect.poll(fullscreenElement).toBe('HTML');

    await page.evaluate(() => document.exitFullscreen());
    await expect.poll(fullscreenElement).toBe(null);
    await page.getByRole('button', { name: 'Schließen' }).click();
    await welcome(page);
    await longPressCorner(page, HOLD_MS);
    await page.getByRole('heading', { name: 'PIN eingeben' }).waitFor();
    await enterPin(page, '9999');
    await page.getByText(/^Die PIN ist falsch\./).waitFor();
    expect((await recorded()).fullscreenCalls).toEqual(['click', 'click']);
    await expect.poll(fullscreenElement).toBe(null);

    await enterPin(page, PIN);
    await page.getByRole('heading', { name: 'Personalbereich' }).waitFor();
    expect((await recorded()).fullscreenCalls).toEqual(['click', 'click', 'click']);
    await expect.poll(fullscreenElement).toBe('HTML');
    await page.getByRole('button', { name: 'Schließen' }).click();
    await welcome(page);
  });

  it('never follows a link to another site', async () => {
    const requested: string[] = [];
    await context.route('https://elsewhere.example/**', (route) => {
      requested.push(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: '<h1>Elsewhere</h1>' });
    });
    const before = page.url();
    // The app has no such link today; a survey text might bring one.
    await page.evaluate(() => {
      // Listens after lockdown.ts's listener on the document: sees whether it cancelled the click.
      window.addEventListener('click', (event) => {
        (window as unknown as { followed: boolean }).followed = !event.defaultPrevented;
      });
      const link = document.createElement('a');
      link.href = 'https://elsewhere.example/';
      link.textContent = 'Mehr erfahren';
      document.querySelector('main')?.append(link);
    });
    await page.getByRole('link', { name: 'Mehr erfahren' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { followed?: boolean }).followed))
      .toBe(false);
    expect(page.url()).toBe(before);
    expect(requested).toEqual([]);
    expect(context.pages()).toHaveLength(1);
  });
});
