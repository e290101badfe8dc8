import { parseArgs } from 'node:util';
import { dayOf } from '../../shared/answer-schema.ts';
import { cliActor } from '../auth/audit.ts';
import { dbPathFrom } from '../config.ts';
import { keptUntil, TEST_ANSWERS_KEEP_DAYS, testAnswersKeptFrom } from '../retention/deadlines.ts';
import { describeDeletion, runRetention } from '../retention/run-retention.ts';
import { runCli, withStore } from './run-cli.ts';

const USAGE = `Deletion on schedule (Löschkonzept; database: URNE_DB or DATABASE_URL).
The server runs this itself at start and once a day; run it by hand to see or do it now.

  npm run retention -- --dry-run   show what is due, delete nothing
  npm run retention                delete what is due now (recorded in the audit trail)

Each wave keeps its answer sets keep-sets-months and its free texts keep-texts-months after
its last day (npm run evaluator -- wave add / wave list); the counts behind the results page stay.
Test answers of a draft's test run are kept ${TEST_ANSWERS_KEEP_DAYS} days after the day they were given.`;

/** `npm run retention`: one run of the deletion schedule, by hand. Returns the exit code. */
async function runRetentionCli(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help || positionals.length > 0) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  const dryRun = values['dry-run'] === true;
  return withStore(dbPathFrom(env), async (store) => {
    const done = await runRetention(store, { actor: cliActor(), dryRun });
    if (done.length === 0) console.log('Nothing is due for deletion.');
    for (const d of done) {
      console.log(`${dryRun ? 'Would delete' : 'Deleted'}: ${describeDeletion(d)}`);
    }
    if (dryRun) {
      for (const w of await store.listWaveSchedules()) {
        const until = keptUntil(w);
        console.log(
          `wave ${w.waveId} "${w.name}": texts kept until ${until.texts}, answer sets until ${until.sets}`,
        );
      }
      console.log(
        `test answers: kept ${TEST_ANSWERS_KEEP_DAYS} days, so those given before ${testAnswersKeptFrom(dayOf(new Date()))} are due`,
      );
    }
    return 0;
  });
}

runCli(runRetentionCli);
