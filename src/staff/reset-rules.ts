import type { Settings, StoredBatch } from '../store/index.ts';

/** What the reset dialog must ask before it may wipe the tablet. */
export type ResetCheck =
  /** Nothing waits on the tablet. */
  | { kind: 'free' }
  /** Everything waiting is in the last exported backup. */
  | { kind: 'covered'; count: number }
  /** Answers would be lost: only a typed confirmation naming their number unlocks the reset. */
  | { kind: 'confirm'; count: number };

/**
 * Decides whether a reset would lose answers. Called after loose answers were
 * sealed, so every waiting answer is in a batch whose id a backup can cover.
 */
export function checkReset(
  batches: Pick<StoredBatch, 'batch'>[],
  looseCount: number,
  lastBackup: Settings['lastBackup'] | undefined,
): ResetCheck {
  const count = looseCount + batches.reduce((sum, b) => sum + b.batch.answerSets.length, 0);
  if (count === 0) return { kind: 'free' };
  const exported = new Set(lastBackup?.batchIds ?? []);
  const covered = looseCount === 0 && batches.every((b) => exported.has(b.batch.batchId));
  return covered ? { kind: 'covered', count } : { kind: 'confirm', count };
}

/** Whether staff typed the confirmation phrase (spaces and case forgiven, the number exact). */
export function confirmsLoss(typed: string, phrase: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
  return norm(typed) === norm(phrase);
}
