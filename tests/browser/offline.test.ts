import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SKIP_WAITING } from '../../src/shared/sw-messages.ts';
import {
  describeBrowser,
  type KioskBrowser,
  launchKioskBrowser,
  serveDist,
  serveDistCopy,
} from './harness.ts';

/** Waits for the registration, then reloads until the worker controls the page (no clients.claim). */
async function waitUntilControlled(page: Page): Promise<void> {
  const registered = await page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20_000)),
    ]),
  );
  if (!registered) {
    throw new Error(
      'No service worker registered: does src/main.tsx call registerServiceWorker()?',
    );
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await page.evaluate(() => navigator.serviceWorker.controller !== null)) return;
    await page.reload();
  }
  throw new Error('The service worker never took control of the page');
}

/** The kiosk rendered: markup in #app, German document, our title. */
async function expectAppRendered(page: Page): Promise<void> {
  await expect.poll(() => page.locator('#app > *').count()).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
  expect(await page.title()).toMatch(/Urne/);
}

async function openPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

describeBrowser('offline start', () => {
  let browser: KioskBrowser;
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchKioskBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('after one online load, reloads and restarts with the network off', async () => {
    const page = await openPage(browser.context);
    await page.goto(server.url);
    await waitUntilControlled(page);
    // The endpoint is never cached: ask for it online, then look through every cache.
    await page.evaluate(() => fetch('/api/v1/health').catch(() => undefined));
    const cachedApi = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      }
      return urls.filter((url) => new URL(url).pathname.startsWith('/api/'));
    });
    expect(cachedApi).toEqual([]);

    await browser.context.setOffline(true);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await expectAppRendered(page);

    // Any navigation gets the shell (a provisioning link carries a query string)…
    await page.goto(`${server.url}?enroll=abc#x`);
    await expectAppRendered(page);
    // …but the endpoint is never answered from the cache: API calls and navigations fail.
    const apiFetch = await page.evaluate(() =>
      fetch('/api/v1/health').then(
        (response) => `answered ${response.status}`,
        () => 'network error',
      ),
    );
    expect(apiFetch).toBe('network error');

    // (Leaves the page on Chromium's error page; the restart below starts afresh.)
    await expect(page.goto(`${server.url}api/v1/health`)).rejects.toThrow(
      /ERR_INTERNET_DISCONNECTED/,
    );

    // Browser restart, still offline: set offline before the first navigation.
    const context = await browser.relaunch();
    await context.setOffline(true);
    const restarted = await openPage(context);
    const response = await restarted.goto(server.url);
    expect(response?.fromServiceWorker()).toBe(true);
    await expectAppRendered(restarted);
    // The citizen's welcome screen, served entirely from the service worker's cache.
    await expect
      .poll(() => restarted.locator('#app').textContent())
      .toContain('Wie zufrieden sind Sie insgesamt mit Ihrem Besuch?');
  });

  it('links a web manifest with the fields an installable kiosk needs (served offline too)', async () => {
    const page = await openPage(browser.context);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      if (!link) return null;
      return (await fetch(link.href)).json();
    });
    expect(manifest).toMatchObject({
      name: expect.stringMatching(/Urne/),
      short_name: 'Urne',
      lang: 'de',
      id: '/',
      start_url: '/',
      scope: '/',
      display: 'fullscreen',
      display_override: ['fullscreen', 'standalone'],
      orientation: 'any',
      theme_color: '#1d4f91',
    });
    const icons = (manifest as { icons: { src: string; sizes: string; purpose?: string }[] }).icons;
    expect(icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    // The icons load from the precache, with the network still off.
    for (const icon of icons) {
      const size = await page.evaluate(async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return `${image.naturalWidth}x${image.naturalHeight}`;
      }, icon.src);
      expect(size).toBe(icon.sizes);
    }
  });
});

describeBrowser('service worker update (prompt pattern)', () => {
  it('a new version waits, never takes over or reloads by itself, and activates on SKIP_WAITING', async () => {
    const server = await serveDistCopy();
    const browser = await launchKioskBrowser();
    try {
      const page = await openPage(browser.context);
      await page.goto(server.url);
      await waitUntilControlled(page);
      // Marks this very page (a reload would lose the attribute) and counts controller changes.
      await page.evaluate(() => {
        const marks = document.documentElement.dataset;
        marks.changes = '0';
        navigator.serviceWorker.addEventListener('controllerchange', () => {
          marks.changes = String(Number(marks.changes) + 1);
        });
      });
      const controllerChanges = () => page.evaluate(() => document.documentElement.dataset.changes);
      // A new deployment: any byte change in sw.js makes it a new version.
      await appendFile(join(server.dir, 'sw.js'), '\n// next version\n');
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      });
      const waiting = () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return registration?.waiting?.state ?? 'none';
        });
      await expect.poll(waiting, { timeout: 20_000 }).toBe('installed');
      // Give an eager worker time to misbehave: it must still be waiting, the page untouched.
      await page.waitForTimeout(1_500);
      expect(await waiting()).toBe('installed');
      expect(await controllerChanges()).toBe('0');

      await page.evaluate(async (type) => {
        const registration = await navigator.serviceWorker.getRegistration();
        registration?.waiting?.postMessage({ type });
      }, SKIP_WAITING);
      // Exactly one switch, and the page was not reloaded: register.ts reloads only in applyUpdate().
      await expect.poll(controllerChanges).toBe('1');
      expect(await waiting()).toBe('none');
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
