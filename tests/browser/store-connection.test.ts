import type { Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Connection } from '../../src/store/connection.ts';
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
});
