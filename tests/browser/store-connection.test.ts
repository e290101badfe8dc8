import type { Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Connection } from '../../src/store/connection.ts';
import type { createStore } from '../../src/store/index.ts';
import { describeBrowser, type KioskBrowser, launchKioskBrowser } from './harness.ts';

/**
 * The store's Connection in a real Chromium, loaded from source by a Vite dev server. The lost
 * connection is real too: the page closes the IDBDatabase under the store, and Chromium itself
 * throws InvalidStateError at the next transaction (as Safari does after a background kill).
 */
describeBrowser('store connection', () => {
  let vite: ViteDevServer;
  let browser: KioskBrowser;
  let page: Page;
  beforeAll(async () => {
    vite = await createServer({
      configFile: false,
      logLevel: 'silent',
      appType: 'custom',
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
      // An empty page on the dev server's origin (a secure context), to import src/store into.
      plugins: [
        {
          name: 'blank-page',
          configureServer(server) {
            server.middlewares.use('/store-test', (_req, res) => {
              res.setHeader('content-type', 'text/html');
              res.end('<!doctype html><title>store test</title>');
            });
          },
        },
      ],
    });
    await vite.listen();
    browser = await launchKioskBrowser();
    page = await browser.context.newPage();
    // Every connection this page opens is remembered; while `closeOnOpen` is set, each new one is
    // closed before the store sees it (listeners added here run before idb's own).
    await page.addInitScript(() => {
      const w = window as unknown as { opened: IDBDatabase[]; closeOnOpen: boolean };
      w.opened = [];
      w.closeOnOpen = false;
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, ...args: [string, number?]) {
        const request = open.apply(this, args);
        request.addEventListener('success', () => {
          w.opened.push(request.result);
          if (w.closeOnOpen) request.result.close();
        });
        return request;
      };
    });
    const origin = vite.resolvedUrls?.local[0] ?? '';
    await page.goto(`${origin}store-test`);
    // A string, not a function: vitest would rewrite an import() inside a function for Node.
    await page.evaluate(
      "import('/src/store/connection.ts').then((m) => { window.Connection = m.Connection; })",
    );
  });
  afterAll(async () => {
    await browser?.close();
    await vite?.close();
  });

  it('reopens once after a lost connection, and reports a second loss as StoreUnavailableError', async () => {
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as {
        opened: IDBDatabase[];
        closeOnOpen: boolean;
        Connection: typeof Connection;
      };
      const conn = new w.Connection({ name: 'store-test', timeoutMs: 5_000 });
      const write = (value: string) =>
        conn.run(['settings'], 'readwrite', async (tx) => {
          await tx.objectStore('settings').put(value, 'office');
        });
      const read = () =>
        conn.run(['settings'], 'readonly', (tx) => tx.objectStore('settings').get('office'));
      const closeAll = () => {
        for (const db of w.opened) db.close();
      };
      await write('A');
      closeAll();
      // Lost once: run() reopens and the write goes through.
      await write('B');
      const afterOneLoss = await read();
      closeAll();
      w.closeOnOpen = true;
      const error = await write('C').then(
        () => undefined,
        (e: Error) => ({ name: e.name, cause: (e.cause as Error | undefined)?.name }),
      );
      w.closeOnOpen = false;
      // The next call opens afresh: nothing of the failed write reached the disk.
      const afterTwoLosses = await read();
      return { afterOneLoss, error, afterTwoLosses };
    });
    expect(outcome).toEqual({
      afterOneLoss: 'B',
      error: { name: 'StoreUnavailableError', cause: 'InvalidStateError' },
      afterTwoLosses: 'B',
    });
  });

  it("Send's one transaction: writes and finishes only when the settings it reads say open", async () => {
    await page.evaluate(
      "import('/src/store/index.ts').then((m) => { window.createStore = m.createStore; })",
    );
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as { createStore: typeof createStore };
      const store = w.createStore({ name: 'send-test', timeoutMs: 5_000 });
      const set = (overall: number) => ({
        surveyId: 'survey',
        surveyVersion: '0123456789abcdef',
        office: 'Bürgerbüro Lünen',
        day: '2026-06-18',
        answers: { overall },
      });
      const seen: unknown[] = [];
      // Open while not paused; what the check is given is what the transaction read.
      const isOpen = (stored: { configuration: unknown; paused: unknown }) => {
        seen.push(stored);
        return stored.configuration === 'checked' ? stored.paused !== true : undefined;
      };
      const read = async (key: string) => ({
        record: await indexedDBRecord(key),
        open: await store.getSetting('openAnswerSet'),
      });
      const indexedDBRecord = (key: string) =>
        new Promise((resolve, reject) => {
          const request = indexedDB.open('send-test');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const get = request.result.transaction('answers').objectStore('answers').get(key);
            get.onsuccess = () => {
              request.result.close();
              resolve((get.result as { answers: unknown }).answers);
            };
          };
        });
      await store.setSetting('configuration', 'checked' as never);
      const results: Record<string, unknown> = {};
      // Open: the record takes the Send's answers and is finished.
      const a = (await store.writeOpenAnswerSet(undefined, set(1), false)) as string;
      results.open = await store.finishOpenAnswerSetIfOpen(a, set(5), isOpen);
      results.openAfter = await read(a);
      // Paused meanwhile: finished as it was, the Send's answers dropped.
      await store.setSetting('paused', true);
      const b = (await store.writeOpenAnswerSet(undefined, set(2), false)) as string;
      results.closed = await store.finishOpenAnswerSetIfOpen(b, set(4), isOpen);
      results.closedAfter = await read(b);
      // Settings it cannot judge at once (a new configuration): nothing written, still open.
      await store.setSetting('configuration', 'new' as never);
      const c = (await store.writeOpenAnswerSet(undefined, set(3), false)) as string;
      results.unknown = await store.finishOpenAnswerSetIfOpen(c, set(4), isOpen);
      results.unknownAfter = await read(c);
      // A record no longer open (finished meanwhile) is not touched.
      await store.finishOpenAnswerSet();
      results.gone = await store.finishOpenAnswerSetIfOpen(c, set(5), isOpen);
      results.goneAfter = await read(c);
      results.seen = seen;
      store.close();
      return results;
    });
    expect(outcome).toEqual({
      open: 'written',
      openAfter: { record: { overall: 5 }, open: undefined },
      closed: 'closed',
      closedAfter: { record: { overall: 2 }, open: undefined },
      unknown: 'unknown',
      unknownAfter: { record: { overall: 3 }, open: expect.any(String) },
      gone: 'gone',
      goneAfter: { record: { overall: 3 }, open: undefined },
      seen: [
        { configuration: 'checked', paused: undefined },
        { configuration: 'checked', paused: true },
        { configuration: 'new', paused: true },
      ],
    });
  });
});
