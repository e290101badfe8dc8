import { parseArgs } from 'node:util';
import { checkWave } from '../../shared/results/waves.ts';
import { cliActor, recordAudit } from '../auth/audit.ts';
import { dbPathFrom } from '../config.ts';
import { checkKeepMonths, DEFAULT_KEEP } from '../retention/deadlines.ts';
import type { WaveSchedule } from '../store/retention-store.ts';
import { seedDefaultSurvey } from '../survey-catalog.ts';
import { runCli, withStore } from './run-cli.ts';

const USAGE = `Evaluation settings (database: URNE_DB, default ./data/urne.db).

  npm run evaluator -- wave add --survey buergerbuero_zufriedenheit --name "2026" \\
                           --from 2026-06-18 --to 2026-07-14 [--open]
                           [--keep-sets-months 12] [--keep-texts-months 3]
                                             a sealed wave (the default) is read only after
                                             its opening; --open gives live results instead.
                                             Its answer sets are deleted keep-sets-months after
                                             its last day, free texts keep-texts-months after it
                                             (npm run retention); the counts stay
  npm run evaluator -- wave list             waves with their id, survey, period and deletions
  npm run evaluator -- wave remove <id>      (the answers stay; only the period is forgotten; never a wave with an urn key
                                             or one whose answer sets were deleted)
  npm run evaluator -- recount               rebuild the result counts after editing answer_sets
                                             (waves whose answer sets were deleted keep theirs)`;

/** The evaluator CLI. Returns the exit code; prints to stdout/stderr. */
async function runEvaluatorCli(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    options: {
      survey: { type: 'string' },
      name: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      open: { type: 'boolean' },
      'keep-sets-months': { type: 'string' },
      'keep-texts-months': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  const [command, sub, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  if (command === 'set-password') {
    console.error(
      'There is no single results password any more: each person has an account. See: npm run accounts -- --help',
    );
    return 1;
  }
  return withStore(dbPathFrom(env), async (store) => {
    if (command === 'wave' && sub === 'add') {
      await seedDefaultSurvey(store);
      const wave = {
        surveyId: values.survey ?? '',
        name: values.name?.trim() ?? '',
        from: values.from ?? '',
        to: values.to ?? '',
        sealed: values.open !== true,
      };
      const surveys = await store.listLatestSurveys();
      if (!surveys.some((s) => s.id === wave.surveyId)) {
        console.error(
          `Unknown survey "${wave.surveyId}". Known: ${surveys.map((s) => s.id).join(', ')}`,
        );
        return 1;
      }
      const keepSets = Number(values['keep-sets-months'] ?? DEFAULT_KEEP.sets);
      const keepTexts = Number(values['keep-texts-months'] ?? DEFAULT_KEEP.texts);
      const problems = [
        ...checkWave(wave, await store.listWaves(wave.surveyId)),
        ...checkKeepMonths(keepSets, keepTexts),
      ];
      if (problems.length > 0) {
        console.error(problems.join('\n'));
        return 1;
      }
      const added = await store.addWave(wave);
      await store.setWaveSchedule(added.id, keepSets, keepTexts);
      await recordAudit(store, cliActor(), 'wave-add', {
        wave: added.id,
        name: added.name,
        survey: added.surveyId,
        from: added.from,
        to: added.to,
        sealed: added.sealed,
        keepSetsMonths: keepSets,
        keepTextsMonths: keepTexts,
      });
      console.log(`Wave ${added.id} "${added.name}" (${added.from} – ${added.to}) added.`);
      console.log(
        `Its answer sets are deleted ${keepSets} months after its last day, its free texts ${keepTexts} months after it.`,
      );
      console.log(
        added.sealed
          ? `It is sealed: kiosks take its answers only once it has its key. Next: npm run urne -- keys create --wave ${added.id} --holders "…" --threshold 2`
          : 'It is open: its results can be read while it runs.',
      );
      return 0;
    }
    if (command === 'wave' && sub === 'list' && rest.length === 0) {
      const waves = await store.listWaveSchedules();
      if (waves.length === 0) console.log('No waves defined.');
      else console.log('id\tfrom\tto\tsurvey\tkeep sets\tkeep texts\tdeleted\tname');
      for (const w of waves) {
        // The name last, as before: it is the one column that may hold spaces.
        const cells = [w.waveId, w.from, w.to, w.surveyId];
        const keep = [`${w.keepSetsMonths} months`, `${w.keepTextsMonths} months`];
        console.log([...cells, ...keep, deletedCell(w), w.name].join('\t'));
      }
      return 0;
    }
    if (command === 'wave' && sub === 'remove' && rest.length === 1) {
      const id = Number(rest[0]);
      if (Number.isSafeInteger(id) && (await store.getWaveKey(id))) {
        console.error(
          `Wave ${id} has an urn key: its share holders' sheets belong to it, and without it the urn could not be opened. It stays.`,
        );
        return 1;
      }
      const schedule = (await store.listWaveSchedules()).find((w) => w.waveId === id);
      if (schedule?.setsDeletedOn) {
        console.error(
          `Wave ${id}'s answer sets were deleted on ${schedule.setsDeletedOn}: its counts are all that is left of it, and they belong to its period. It stays.`,
        );
        return 1;
      }
      const removed = (await store.listWaves()).find((w) => w.id === id);
      if (!removed || !(await store.removeWave(id))) {
        console.error(
          `There is no wave with the id "${rest[0]}" (see: npm run evaluator -- wave list).`,
        );
        return 1;
      }
      await recordAudit(store, cliActor(), 'wave-remove', {
        wave: id,
        name: removed.name,
        from: removed.from,
        to: removed.to,
      });
      console.log(`Wave ${id} removed.`);
      return 0;
    }
    if (command === 'recount' && !sub) {
      console.log(`Counted ${await store.recountAnswers()} answer sets.`);
      const kept = (await store.listWaveSchedules()).filter((w) => w.setsDeletedOn);
      if (kept.length > 0) {
        // Their answer sets are gone: recounting would leave them with nothing.
        const names = kept.map((w) => `${w.waveId} "${w.name}"`).join(', ');
        console.log(`Kept as they were (answer sets deleted on schedule): wave ${names}.`);
      }
      return 0;
    }
    console.error(USAGE);
    return 1;
  });
}

/** What of a wave was deleted, and when, for `wave list`. */
function deletedCell(w: WaveSchedule): string {
  const parts = [
    ...(w.textsDeletedOn ? [`texts ${w.textsDeletedOn}`] : []),
    ...(w.setsDeletedOn ? [`${w.sealed && !w.opened ? 'urn' : 'sets'} ${w.setsDeletedOn}`] : []),
  ];
  return parts.length > 0 ? parts.join(', ') : '–';
}

runCli(runEvaluatorCli);
