/**
 * The kiosk under trace-kiosk.ts: each build served by the real server with an office's
 * configuration, installed in Chromium, then offline from its service worker at 4× CPU throttle;
 * the in-page marks and promises the driver awaits (installMarks), and a real mouse click.
 */
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { officeConfiguration } from '../src/server/enrollment-configuration.ts';
import { startServer } from '../src/server/node.ts';
import { openSqliteStore } from '../src/server/store/sqlite-store.ts';
import { dayOf } from '../src/shared/answer-schema.ts';
import type { KioskConfiguration } from '../src/shared/kiosk-config-schema.ts';
import { FINGER_PRESS_MS } from '../tests/browser/kiosk-steps.ts';

const KIOSK_TIMINGS = '?confirmMs=0&thankYouMs=500&minSurveyMs=0&cooldownMs=0';

/** In the page: marks for the trace, and promises the driver awaits instead of polling. */
function installMarks(): void {
  const w = window as unknown as Record<string, unknown>;
  const frameAfter = (done: () => boolean, mark: string) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!done()) return false;
        requestAnimationFrame(() => {
          performance.mark(mark);
          resolve();
        });
        return true;
      };
      if (check()) return;
      const watch = new MutationObserver(() => check() && watch.disconnect());
      watch.observe(document, { subtree: true, childList: true, characterData: true });
    });
  w.__ready = frameAfter(
    () => document.querySelector('#app button, #app [role="radio"]') !== null,
    'urne:ready',
  );
  const count = { added: 0, removed: 0 };
  const nodes = (list: NodeList) => {
    let n = 0;
    for (const node of list) {
      n += 1;
      if (node instanceof Element) n += node.querySelectorAll('*').length;
    }
    return n;
  };
  new MutationObserver((records) => {
    for (const r of records) {
      count.added += nodes(r.addedNodes);
      count.removed += nodes(r.removedNodes);
    }
  }).observe(document, { subtree: true, childList: true });
  w.__count = count;
  document.addEventListener('pointerdown', () => performance.mark('urne:tap'), true);
  w.__shown = (what: 'question' | 'thanks') => {
    const before = document.querySelector('#question-title')?.textContent;
    return frameAfter(
      what === 'thanks'
        ? () => document.querySelector('h1')?.textContent?.includes('Vielen Dank') === true
        : () => document.querySelector('#question-title')?.textContent !== before,
      'urne:shown',
    );
  };
}

async function putConfiguration(page: Page, configuration: KioskConfiguration): Promise<void> {
  await page.evaluate(
    (c) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('urne');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put(c, 'configuration');
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
        };
      }),
    configuration,
  );
}

export interface Target {
  dist: string;
  page: Page;
  close(): Promise<void>;
}

export async function openTarget(browser: Browser, dist: string): Promise<Target> {
  const dir = await mkdtemp(join(tmpdir(), 'urne-trace-kiosk-'));
  const dbPath = join(dir, 'urne.db');
  const store = openSqliteStore(dbPath);
  const configuration = await officeConfiguration(store, 'Bürgerbüro Lünen', dayOf(new Date()));
  await store.close();
  const server = await startServer({ dbPath, distDir: dist });
  const context = await browser.newContext({
    viewport: { width: 768, height: 1024 },
    locale: 'de-DE',
  });
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await context.addInitScript(installMarks);
  const page = await context.newPage();
  await page.goto(`${server.url}/${KIOSK_TIMINGS}`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await putConfiguration(page, configuration);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return {
    dist,
    page,
    close: async () => {
      await context.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A tap at the centre of `selector`, the finger resting as in bench-kiosk.ts. */
export async function clickAt(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`nothing to click at ${selector}`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, {
    delay: FINGER_PRESS_MS,
  });
}
