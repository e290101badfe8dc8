import type { SaveOutcome } from './server-store.ts';

/**
 * What claiming a batch id inside a saving transaction found (sqlite-batch-claim.ts,
 * pg-batch-claim.ts): `claimed` — the id is this transaction's now, so store the sets; otherwise
 * the batch id was claimed before, and the outcome is the answer: the same content hash is the
 * same batch re-sent (duplicate, stored once), another hash a different batch under a used id
 * (conflict, nothing written). Real and test batches claim in the one `batches` table, so a test
 * batch can never take a real batch's id, nor the other way round.
 */
export type BatchClaim = { kind: 'claimed' } | Exclude<SaveOutcome, { kind: 'stored' }>;
