import type { SyncSummary } from '../sync/index.ts';
import { syncProblemText } from './problem-texts.ts';
import type { StaffLang, StaffTexts } from './staff-texts.ts';

/**
 * The outcome of "Send now" as plain sentences: how many answers went, or
 * that sending failed, followed by the round's problem (held batches, no
 * answer, a refused token) in the panel's language.
 */
export function syncOutcome(summary: SyncSummary, t: StaffTexts, lang: StaffLang): string {
  const problem = summary.problem ? syncProblemText(summary.problem, lang) : '';
  if (summary.outcome === 'done') {
    return [t.syncDone(summary.acknowledged), summary.held > 0 ? problem : '']
      .filter(Boolean)
      .join(' ');
  }
  if (summary.outcome === 'stopped') return t.syncError;
  return [t.syncFailed, problem].filter(Boolean).join(' ');
}
