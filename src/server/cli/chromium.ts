/** As in tests/browser/harness.ts: Debian's Chromium, headless, no sandbox (runs as a service user). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'];

/** Where Chromium is unless CHROMIUM_PATH says otherwise; playwright-core never downloads one. */
export const chromiumPath = (given?: string): string =>
  given ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
