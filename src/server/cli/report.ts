/**
 * `npm run report -- --wave <id or name> --out report.pdf [--db path] [--office …] [--group …]`:
 * the committee's report as a PDF. Starts the endpoint in this process on 127.0.0.1 with a
 * temporary evaluator session, prints /results?print=1 in headless Chromium (A4, print CSS),
 * and ends the session again. Needs a build (npm run build; URNE_DIST or --dist).
 */

import { renderReport } from './render-report.ts';
import { parseReportArgs } from './report-args.ts';
import { runCli } from './run-cli.ts';

runCli(async (argv, env) => {
  const options = parseReportArgs(argv, env);
  if ('error' in options) {
    console.error(options.error);
    return 1;
  }
  const { pages } = await renderReport(options);
  console.log(`Report written to ${options.out} (${pages} pages).`);
  return 0;
});
