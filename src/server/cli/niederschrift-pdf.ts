import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

/**
 * Prints a self-contained HTML page to an A4 PDF with the Chromium the report uses: the page is
 * set as content, so nothing is served and nothing fetched.
 */
export async function printPdf(html: string, out: string, executable?: string): Promise<void> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(executable),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: out, format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
