import { dayOf } from '../../shared/answer-schema.ts';
import { recordAudit } from '../auth/audit.ts';
import type { AuditStore } from '../store/audit-store.ts';
import type { RetentionStore } from '../store/retention-store.ts';
import { dueOn, TEST_ANSWERS_KEEP_DAYS, testAnswersKeptFrom } from './deadlines.ts';

/**
 * One deletion as recorded in the audit trail: of one kind for one wave, or a survey's test answers
 * past TEST_ANSWERS_KEEP_DAYS (deadlines.ts).
 */
export type Deletion = WaveDeletion | TestAnswersDeletion;

interface WaveDeletion {
  wave: number;
  waveName: string;
  what: 'texts' | 'sets' | 'envelopes';
  count: number;
  survey?: undefined;
}

interface TestAnswersDeletion {
  survey: string;
  what: 'test-answers';
  count: number;
  wave?: undefined;
  waveName?: undefined;
}

/** The actor of the daily job in the audit trail; the CLI records cliActor() instead. */
export const SYSTEM_ACTOR = 'system';

/**
 * The deletion schedule's one run (Löschkonzept): for every wave whose free texts or answer sets
 * are past their period, deletes them (store.deleteDue, a transaction per wave) and records each
 * deletion in the audit trail — the first for a wave even when nothing was there (the day is set),
 * later ones only when something arrived in between (a kiosk that was offline for months).
 * Then the test answers older than TEST_ANSWERS_KEEP_DAYS, recorded per survey.
 * A dry run changes nothing and records nothing; it returns what a run would delete.
 */
export async function runRetention(
  store: RetentionStore & AuditStore,
  options: { actor: string; now?: Date; dryRun?: boolean },
): Promise<Deletion[]> {
  const now = options.now ?? new Date();
  const today = dayOf(now);
  const dryRun = options.dryRun === true;
  const done: Deletion[] = [];
  for (const w of await store.listWaveSchedules()) {
    const due = dueOn(w, today);
    if (!due.texts && !due.sets) continue;
    const outcome = await store.deleteDue({ waveId: w.waveId, ...due, today, dryRun });
    // Another server process holds this wave right now and does the work.
    if (!outcome) continue;
    const deletions: WaveDeletion[] = [];
    const add = (what: WaveDeletion['what'], count: number, first: boolean) => {
      if (first || count > 0) deletions.push({ wave: w.waveId, waveName: w.name, what, count });
    };
    if (due.texts) add('texts', outcome.texts, outcome.firstTexts);
    if (due.sets) {
      add('sets', outcome.sets, outcome.firstSets);
      if (outcome.envelopes > 0) add('envelopes', outcome.envelopes, false);
    }
    for (const d of deletions) {
      if (!dryRun) {
        const detail = { wave: d.wave, what: d.what, count: d.count };
        await recordAudit(store, options.actor, 'deletion', detail, now);
      }
      done.push(d);
    }
  }
  // Test answers: only a deletion that removed some is recorded (none have a "first" day to set),
  // so a second process that finds them gone records nothing.
  const tests = await store.deleteTestAnswersBefore(testAnswersKeptFrom(today), dryRun);
  for (const { surveyId, count } of tests) {
    const d: Deletion = { survey: surveyId, what: 'test-answers', count };
    if (!dryRun) {
      const detail = { survey: d.survey, what: d.what, count: d.count };
      await recordAudit(store, options.actor, 'deletion', detail, now);
    }
    done.push(d);
  }
  return done;
}

/** A deletion as a line for the server's log and the CLI. */
export function describeDeletion(d: Deletion): string {
  const one = d.count === 1;
  if (d.what === 'test-answers') {
    const sets = one ? 'test answer set' : 'test answer sets';
    return `survey "${d.survey}": ${d.count} ${sets} older than ${TEST_ANSWERS_KEEP_DAYS} days`;
  }
  const what = {
    texts: one ? 'free text' : 'free texts',
    sets: one ? 'answer set' : 'answer sets',
    envelopes: `unopened ${one ? 'envelope' : 'envelopes'} (the urn is destroyed)`,
  }[d.what];
  return `wave ${d.wave} "${d.waveName}": ${d.count} ${what}`;
}
