import { afterAll, beforeAll, describe } from 'vitest';
import { KioskPage } from './kiosk-page.ts';
import { launchWebKit, missingForWebKit, type WebKit } from './launch.ts';

const missing = missingForWebKit();
if (missing.length > 0 && process.env.CI === 'true') {
  // In CI a missing WebKit is a broken set-up, never a reason to skip.
  throw new Error(
    `WebKit tier: missing ${missing.join(', ')}; .ci/run must install it ` +
      '(apt-get install -y --no-install-recommends webkit2gtk-driver xvfb).',
  );
}

/** `describe` for WebKit tests: runs them, or skips them loudly on a machine without WebKitGTK. */
export const describeWebKit: typeof describe =
  missing.length === 0
    ? describe
    : (((name: string, ...rest: unknown[]) => {
        console.warn(`Skipping WebKit tests "${name}": missing ${missing.join(', ')}`);
        return (describe.skip as (...args: unknown[]) => unknown)(name, ...rest);
      }) as unknown as typeof describe);

/**
 * One WebKit session for the tests of the enclosing describe block (a session starts in about
 * half a second, but each is a browser on a two-core machine: the tier keeps to one or two).
 */
export function useWebKit(): { readonly page: KioskPage } {
  let webkit: WebKit | undefined;
  let page: KioskPage | undefined;
  beforeAll(async () => {
    webkit = await launchWebKit();
    page = new KioskPage(webkit.session);
    await page.resizeViewport(768, 1024);
  });
  afterAll(async () => {
    await webkit?.close();
  });
  return {
    get page() {
      if (!page) throw new Error('WebKit starts before the tests');
      return page;
    },
  };
}
