import type { Refusal } from '../shared/problems.ts';
import {
  BATCHES_PATH,
  type Batch,
  BatchAck,
  ErrorBody,
  IDEMPOTENCY_KEY_HEADER,
} from '../shared/wire-schema.ts';
import { parseRetryAfter } from './backoff.ts';

/** What became of one attempt to send one sealed batch. */
export type Delivery =
  /** The server's reply, parsed with the shared schema, acknowledges this very batch. */
  | { kind: 'acknowledged'; duplicate: boolean }
  /** The server refused the content (400, 422, 413): keep the batch aside, never delete it. */
  | { kind: 'refused'; refusal: Refusal }
  /** The kiosk token is missing, unknown or revoked (401). */
  | { kind: 'unauthorized' }
  /** The server answered but could not take the batch now (5xx, 429, an unreadable reply, …). */
  | { kind: 'retry-later'; status: number; retryAfterMs?: number }
  /** No answer at all: network error, connection cut, or the request timed out. */
  | { kind: 'offline' }
  /** The caller's signal aborted the attempt: not an error. */
  | { kind: 'stopped' };

export interface DeliverOptions {
  fetch: typeof fetch;
  /** The endpoint's base address, e.g. https://urne.example.de (a path prefix is kept). */
  endpoint: string;
  token: string;
  batch: Batch;
  signal?: AbortSignal;
  /** The whole exchange, reply body included, must finish within this time. */
  timeoutMs: number;
  nowMs: number;
}

const MAX_REASON_LENGTH = 2000;

/** Statuses that mean "this content will never be accepted as it is". */
const REFUSED = new Set([400, 413, 422]);

/** The batches URL under the configured endpoint, keeping any path prefix (…/urne + /api/v1/…). */
export function batchesUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}${BATCHES_PATH}`;
}

/**
 * Sends one sealed batch once and classifies the outcome. Never throws for
 * anything the network or the server does; only the caller decides what to
 * do with the batch.
 */
export async function deliverBatch(options: DeliverOptions): Promise<Delivery> {
  const { batch, signal } = options;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const response = await options.fetch(batchesUrl(options.endpoint), {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${options.token}`,
        [IDEMPOTENCY_KEY_HEADER]: batch.batchId,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(batch),
      signal: combined,
      // Nothing about the device travels with the answers: no cookies, no referrer, no cache.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
    });
    // The body is read under the same timeout: a reply cut halfway is "no answer".
    const text = await response.text();
    return classify(response.status, response.headers, text, batch.batchId, options.nowMs);
  } catch {
    if (signal?.aborted) return { kind: 'stopped' };
    return { kind: 'offline' };
  }
}

function classify(
  status: number,
  headers: Headers,
  text: string,
  batchId: string,
  nowMs: number,
): Delivery {
  if (status === 200 || status === 201) {
    const ack = BatchAck.safeParse(parseJson(text));
    // Only an acknowledgement of this very batch lets it leave the tablet; a 200 is the
    // server's "I already have it" (201 means stored now), so any other 200 is not one.
    if (ack.success && ack.data.batchId === batchId && (status === 201 || ack.data.duplicate)) {
      return { kind: 'acknowledged', duplicate: ack.data.duplicate };
    }
    return { kind: 'retry-later', status };
  }
  if (status === 401) return { kind: 'unauthorized' };
  if (REFUSED.has(status)) return { kind: 'refused', refusal: readRefusal(status, text) };
  const retryAfterMs = parseRetryAfter(headers.get('Retry-After'), nowMs);
  return retryAfterMs === undefined
    ? { kind: 'retry-later', status }
    : { kind: 'retry-later', status, retryAfterMs };
}

/** The status, and the server's own words when its reply is an error body (staff pass them on to IT). */
function readRefusal(status: number, text: string): Refusal {
  const body = ErrorBody.safeParse(parseJson(text));
  if (!body.success) return { status };
  const details = body.data.details?.length ? `: ${body.data.details.join('; ')}` : '';
  // A batch of 200 bad sets can list 200 problems; staff need the gist, not a novel.
  return { status, reason: `${body.data.error}${details}`.slice(0, MAX_REASON_LENGTH) };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
