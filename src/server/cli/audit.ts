import { parseArgs } from 'node:util';
import { parseSince } from '../audit/audit-since.ts';
import { auditLine } from '../audit/audit-words.ts';
import { dbPathFrom } from '../config.ts';
import { runCli, withStore } from './run-cli.ts';

const USAGE = `The audit trail: what staff did, when, and who (database: URNE_DB or DATABASE_URL).

  npm run audit -- list [--since 2026-06-01]
        one line per entry, oldest first: time (UTC), who, what, on what.
        --since takes a day (from its start) or a time, e.g. 2026-06-01T10:00 (UTC) or
        2026-06-01T12:00+02:00. The trail holds staff actions only, never a citizen's answers;
        it cannot be changed or deleted.`;

/** The audit CLI. Returns the exit code; prints to stdout/stderr. */
async function runAuditCli(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    options: { since: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help || positionals.length !== 1 || positionals[0] !== 'list') {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 1;
  }
  const since = values.since === undefined ? undefined : parseSince(values.since);
  if (values.since !== undefined && since === undefined) {
    console.error(
      `"${values.since}" is not a date: give a day as 2026-06-01 or a time as 2026-06-01T10:00 (UTC).`,
    );
    return 1;
  }
  return withStore(dbPathFrom(env), async (store) => {
    const entries = await store.listAudit(since === undefined ? {} : { since });
    if (entries.length === 0) {
      console.log(since ? `No entries since ${since}.` : 'The audit trail is empty.');
    }
    for (const e of entries) console.log(auditLine(e));
    return 0;
  });
}

runCli(runAuditCli);
