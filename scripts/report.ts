/**
 * `npm run report -- --wave <id or name> --out report.pdf [--db path] [--office …] [--group …]`:
 * the committee's report as a PDF. Starts the endpoint in this process on 127.0.0.1 with a
 * temporary evaluator session, prints /results?print=1 in headless Chromium (A4, print CSS),
 * and ends the session again. Needs a build (npm run build; URNE_DIST or --dist).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { queryString } from '../src/report/results-paths.ts';
import { hashSessionId, SESSION_COOKIE, startSession } from '../src/server/auth/sessions.ts';
import { dbPathFrom } from '../src/server/config.ts';
import { startServer } from '../src/server/node.ts';
import { openSqliteStore } from '../src/server/store/sqlite-store.ts';

export interface ReportOptions {
  /** A wave id or its name. */
  wave: string;
  out: string;
  dbPath: string;
  distDir: string;
  office?: string;
  group?: string;
  includeFlagged?: boolean;
  chromiumPath?: string;
}

// As in tests/browser/harness.ts: Debian's Chromium, headless, no sandbox (runs as a service user).
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'];

/** Renders the report to `out`; returns the wave id and the number of pages written. */
export async function renderReport(o: ReportOptions): Promise<{ waveId: number; pages: number }> {
  const store = openSqliteStore(o.dbPath);
  let sessionId: string | undefined;
  try {
    const waves = await store.listWaves();
    const wave = waves.find((w) => String(w.id) === o.wave) ?? waves.find((w) => w.name === o.wave);
    if (!wave) {
      const known = waves.map((w) => `${w.id} "${w.name}"`).join(', ') || 'none';
      throw new Error(`There is no wave "${o.wave}" (known: ${known}).`);
    }
    sessionId = await startSession(store);
    const server = await startServer({ dbPath: o.dbPath, host: '127.0.0.1', distDir: o.distDir });
    const browser = await chromium.launch({
      executablePath: o.chromiumPath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      headless: true,
    });
    try {
      const context = await browser.newContext({ locale: 'de-DE' });
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
        { print: '1' },
      );
      await page.goto(`${server.url}/results?${query}`);
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
    if (sessionId) await store.removeEvaluatorSession(hashSessionId(sessionId));
    await store.close();
  }
}

const USAGE =
  'Usage: npm run report -- --wave <id or name> --out report.pdf [--db path] [--dist dir] [--office …] [--group <reason id>] [--include-flagged]';

/**
 * The command line as options, or a sentence saying what is wrong (with the usage).
 * `env` supplies URNE_DB / URNE_DIST defaults; paths are made absolute against `cwd`.
 */
export function parseReportArgs(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd = process.cwd(),
): ReportOptions | { error: string } {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(args).values;
  } catch (err) {
    return { error: `${err instanceof Error ? err.message : String(err)}\n${USAGE}` };
  }
  if (!values.wave) return { error: USAGE };
  return {
    wave: values.wave,
    out: resolve(cwd, values.out),
    dbPath: values.db ? resolve(cwd, values.db) : dbPathFrom(env),
    distDir: resolve(cwd, values.dist ?? env.URNE_DIST ?? 'dist'),
    office: values.office,
    group: values.group,
    includeFlagged: values['include-flagged'],
  };
}

function parse(args: string[]) {
  return parseArgs({
    args,
    strict: true,
    options: {
      wave: { type: 'string' },
      out: { type: 'string', default: 'report.pdf' },
      db: { type: 'string' },
      dist: { type: 'string' },
      office: { type: 'string' },
      group: { type: 'string' },
      'include-flagged': { type: 'boolean', default: false },
    },
  });
}

async function main(): Promise<void> {
  const options = parseReportArgs(process.argv.slice(2), process.env);
  if ('error' in options) {
    console.error(options.error);
    process.exitCode = 1;
    return;
  }
  const { pages } = await renderReport(options);
  console.log(`Report written to ${options.out} (${pages} pages).`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
