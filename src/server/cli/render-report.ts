import { chromium } from 'playwright-core';
import { printParams } from '../../shared/results/print-options.ts';
import { queryString, RESULTS_PAGE_PATH } from '../../shared/results/results-paths.ts';
import { foldLogin } from '../auth/account-name.ts';
import { cliActor, recordAudit } from '../auth/audit.ts';
import { hashSessionId, SESSION_COOKIE, startSession } from '../auth/sessions.ts';
import { startServer } from '../node.ts';
import type { AccountStore } from '../store/account-store.ts';
import { openStore } from '../store/open-store.ts';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

/** What `npm run report` renders, and where from. */
export interface ReportOptions {
  /** A wave id or its name. */
  wave: string;
  out: string;
  dbPath: string;
  distDir: string;
  office?: string;
  group?: string;
  includeFlagged?: boolean;
  /** The city named on the first page ("Stadt Lünen"); the answers do not hold it. */
  city?: string;
  chromiumPath?: string;
  /**
   * The account whose view is printed (its offices, its rights); by default the first admin.
   * The report is rendered through the page, behind the same login as a person's.
   */
  as?: string;
}

/** Renders the report to `out`; returns the wave id and the number of pages written. */
export async function renderReport(o: ReportOptions): Promise<{ waveId: number; pages: number }> {
  const databaseUrl = process.env.DATABASE_URL;
  const store = await openStore({ dbPath: o.dbPath, databaseUrl });
  let sessionId: string | undefined;
  try {
    const waves = await store.listWaves();
    const wave = waves.find((w) => String(w.id) === o.wave) ?? waves.find((w) => w.name === o.wave);
    if (!wave) {
      const known = waves.map((w) => `${w.id} "${w.name}"`).join(', ') || 'none';
      throw new Error(`There is no wave "${o.wave}" (known: ${known}).`);
    }
    const account = await reportAccount(store, o.as);
    sessionId = await startSession(store, account.id);
    await recordAudit(store, `${cliActor()} (als ${account.name})`, 'report', {
      wave: wave.id,
      ...(o.office ? { office: o.office } : {}),
      ...(o.group ? { group: o.group } : {}),
      ...(o.includeFlagged ? { includeFlagged: true } : {}),
    });
    const server = await startServer({
      dbPath: o.dbPath,
      databaseUrl,
      host: '127.0.0.1',
      distDir: o.distDir,
    });
    const browser = await chromium.launch({
      executablePath: chromiumPath(o.chromiumPath),
      args: CHROMIUM_ARGS,
      headless: true,
    });
    try {
      const context = await browser.newContext({ locale: 'de-DE' });
      // This command recorded the report above, under its own actor: the page, which records its
      // prints itself (results page main.tsx, beforeprint), must not add a second entry.
      await context.addInitScript(
        "addEventListener('beforeprint', (e) => e.stopImmediatePropagation(), true);",
      );
      await context.addCookies([
        {
          name: SESSION_COOKIE,
          value: sessionId,
          url: server.url,
          httpOnly: true,
          sameSite: 'Strict',
        },
      ]);
      const page = await context.newPage();
      const query = queryString(
        { wave: wave.id, office: o.office, group: o.group, includeFlagged: o.includeFlagged },
        printParams({ city: o.city }),
      );
      await page.goto(`${server.url}${RESULTS_PAGE_PATH}?${query}`);
      await page.waitForSelector('[data-results-ready], .error, .login', { timeout: 30_000 });
      const error = await page.locator('.error, .login').count();
      if (error > 0)
        throw new Error(`The results page did not load: ${await page.textContent('body')}`);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({
        path: o.out,
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        // Tagged: headings, lists, tables and the charts' text alternatives reach a screen reader
        // (a council document must be accessible); the outline lists the headings as bookmarks.
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate:
          '<div style="font-size:8pt;width:100%;text-align:center;color:#444">Seite <span class="pageNumber"></span> von <span class="totalPages"></span></div>',
      });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      return { waveId: wave.id, pages };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    if (sessionId) await store.removeSession(hashSessionId(sessionId));
    await store.close();
  }
}

/** The named account, or the first enabled admin; an error that says what to do otherwise. */
async function reportAccount(store: AccountStore, name: string | undefined) {
  if (name !== undefined) {
    const account = await store.findAccountByLogin(foldLogin(name));
    if (!account || account.disabled) throw new Error(`There is no enabled account "${name}".`);
    return account;
  }
  const admin = (await store.listAccounts()).find((a) => a.role === 'admin' && !a.disabled);
  if (!admin) {
    throw new Error(
      'There is no admin account to print as. Create one: npm run accounts -- add --name "…" --role admin',
    );
  }
  return admin;
}
