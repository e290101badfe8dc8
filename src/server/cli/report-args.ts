import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dbPathFrom } from '../config.ts';
import type { ReportOptions } from './render-report.ts';

const USAGE =
  'Usage: npm run report -- --wave <id or name> --out report.pdf [--db path] [--dist dir] [--office …] [--group <reason id>] [--include-flagged] [--city "Stadt Lünen"] [--as <account name>]';

/**
 * The command line as options, or a sentence saying what is wrong (with the usage).
 * `env` supplies URNE_DB / URNE_DIST / URNE_CITY defaults; paths are made absolute against `cwd`.
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
  // The kiosks' city (URNE_BRAND_CITY) is the report's too, unless the report names another.
  const city = (values.city ?? env.URNE_CITY ?? env.URNE_BRAND_CITY)?.trim();
  return {
    wave: values.wave,
    out: resolve(cwd, values.out),
    dbPath: values.db ? resolve(cwd, values.db) : dbPathFrom(env),
    distDir: resolve(cwd, values.dist ?? env.URNE_DIST ?? 'dist'),
    office: values.office,
    group: values.group,
    includeFlagged: values['include-flagged'],
    ...(city ? { city } : {}),
    ...(values.as ? { as: values.as } : {}),
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
      city: { type: 'string' },
      as: { type: 'string' },
    },
  });
}
