import type { BatchAck } from '../shared/wire-schema.ts';
import { isSchemaError } from '../shared/zod-messages.ts';
import { saveCheckedBatch } from './accept-batch.ts';
import { intakePool } from './batch-intake-pool.ts';
import { schemaErrorResponse } from './error-handler.ts';
import { ApiError } from './http-error.ts';
import { type BatchRequest, prepareBatch } from './prepare-batch.ts';
import type { ServerStore } from './store/server-store.ts';
import type { SurveyCatalog } from './survey-catalog.ts';

/**
 * What POST /batches does with a body once the guards let it in: parse and
 * check it (prepare-batch.ts), then the idempotent save.
 *
 * @throws ApiError (400, 422 …), the schema's error, or any other error (500)
 */
export interface BatchIntake {
  /** Gets ready now (a thread starts) rather than with the first batch. */
  start(): void;
  accept(request: BatchRequest): Promise<BatchAck>;
  close(): Promise<void>;
}

/** On the thread that serves HTTP: for `app.request()` tests and in-memory stores. */
export function inThreadIntake(store: ServerStore, catalog: SurveyCatalog): BatchIntake {
  return {
    start: () => {},
    accept: async (request) => saveCheckedBatch(store, await prepareBatch(request, catalog)),
    close: async () => {},
  };
}

/** How a failed intake crosses back from its thread: enough to rebuild the same response. */
export type IntakeResult =
  | { ok: true; ack: BatchAck }
  | {
      ok: false;
      status?: ApiError['status'];
      message: string;
      details?: string[];
      headers?: Record<string, string>;
      stack?: string;
    };

/** Runs an intake and turns its outcome into plain data (for batch-intake-thread.ts). */
export async function intakeResult(
  intake: BatchIntake,
  request: BatchRequest,
): Promise<IntakeResult> {
  try {
    return { ok: true, ack: await intake.accept(request) };
  } catch (thrown) {
    const err = isSchemaError(thrown) ? schemaErrorResponse(thrown) : thrown;
    if (err instanceof ApiError) {
      const { status, message, details, headers } = err;
      return { ok: false, status, message, details, headers };
    }
    const error = err instanceof Error ? err : new Error(String(err));
    return { ok: false, message: error.message, stack: error.stack };
  }
}

/**
 * Parses, checks and stores batches in worker threads (batch-intake-pool.ts:
 * `threads` intake threads and one writer), leaving the main thread to HTTP
 * alone. Parsing and checking a 200-set batch takes milliseconds of CPU; on
 * the main thread it held up every other request and was what limited
 * ingest. Responses are the same as in-thread: errors come back as data and
 * are thrown again here.
 */
export function threadIntake(dbPath: string, threads: number): BatchIntake {
  const pool = intakePool(dbPath, threads);
  return {
    start: () => pool.start(),
    async accept(request) {
      const result = await pool.call(request);
      if (result.ok) return result.ack;
      const { status, message, details, headers } = result;
      if (status) throw new ApiError(status, message, details, headers);
      throw Object.assign(new Error(message), { stack: result.stack ?? message });
    },
    close: () => pool.close(),
  };
}
