import type { SyncSummary } from '../sync/index.ts';
import type { StaffTexts } from './staff-texts.ts';

/**
 * The outcome of "Send now" as plain sentences. On failure the sync itself has
 * already recorded the precise reason as `lastProblem` (read fresh by the caller).
 */
export function syncOutcome(summary: SyncSummary, lastProblem: string, t: StaffTexts): string {
  if (summary.outcome === 'done') {
    const held = summary.held > 0 ? ` ${lastProblem}` : '';
    return `${t.syncDone(summary.acknowledged)}${held}`;
  }
  if (summary.outcome === 'stopped') return t.syncError;
  return [t.syncFailed, lastProblem].filter(Boolean).join(' ');
}
