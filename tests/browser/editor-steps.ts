import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { LOGIN_PATH } from '../../src/shared/results/results-paths.ts';

/**
 * A fresh browser context at /editor, logged in as `name` through the login API from the page
 * (as the results page's form would), then reloaded; without a name, a stranger's view. axe
 * comes as an inline script, which the page's CSP rightly refuses, so the context lets it in.
 */
export async function openEditorAs(
  browser: Browser,
  url: string,
  account: { name: string; password: string } | undefined,
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE', viewport, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${url}/editor`);
  if (account) {
    const status = await page.evaluate(
      async ([path, body]) =>
        (
          await fetch(path as string, {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json' },
            body: body as string,
          })
        ).status,
      [LOGIN_PATH, JSON.stringify(account)],
    );
    expect(status).toBe(204);
    await page.reload();
  }
  return page;
}
