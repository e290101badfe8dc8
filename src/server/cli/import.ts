import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { cliActor, recordAudit } from '../auth/audit.ts';
import { dbPathFrom } from '../config.ts';
import { importAuditDetail, importBackup, parseBackup } from '../import-backup.ts';
import { createSurveyCatalog, seedDefaultSurvey } from '../survey-catalog.ts';
import { runCli, withStore } from './run-cli.ts';

const USAGE = `Import a kiosk backup file (exported by staff on the tablet) into the database.

  npm run import -- backup.json [--db ./data/urne.db]

Safe to repeat: batches already received (by an earlier import or by sync) are not stored again.`;

const LABELS = { stored: 'stored', duplicate: 'already there', refused: 'REFUSED' } as const;

/** Returns the exit code: 0 when every batch is stored or already there, 1 otherwise. */
async function runImportCli(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help || positionals.length !== 1 || !positionals[0]) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  const file = positionals[0];
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    console.error(`The file ${file} cannot be read. Nothing was stored.`);
    return 1;
  }
  const backup = parseBackup(text);
  return withStore(values.db ?? dbPathFrom(env), async (store) => {
    // The bundled survey is known to every endpoint; a fresh database may not have it yet.
    await seedDefaultSurvey(store);
    const summary = await importBackup({ store, catalog: createSurveyCatalog(store) }, backup);
    await recordAudit(store, cliActor(), 'import', importAuditDetail(summary));
    console.log(`Backup of "${summary.office}", exported on ${summary.exportedDay}:`);
    for (const r of summary.results) {
      const why = r.status === 'refused' ? ` — ${r.problem}` : '';
      console.log(`  batch ${r.batchId} (${r.answerSets} answers): ${LABELS[r.status]}${why}`);
    }
    const count = (s: string) => summary.results.filter((r) => r.status === s).length;
    console.log(
      `${summary.results.length} batches: ${count('stored')} stored, ${count('duplicate')} already there, ${count('refused')} refused; ${summary.storedAnswerSets} new answers.`,
    );
    return count('refused') > 0 ? 1 : 0;
  });
}

runCli(runImportCli);
