/**
 * Retry timing for the sync loop: capped exponential backoff with full jitter
 * (delay = random(0, min(cap, base · 2^attempt))), so a room full of tablets
 * that lost the network together does not hammer the endpoint in lock-step
 * when it comes back. A server's `Retry-After` wins when it asks for longer.
 * Pure: randomness comes in as an argument.
 */
export interface BackoffOptions {
  /** The ceiling of the first retry's delay. */
  baseMs: number;
  /** No delay is ever longer than this (unless the server's Retry-After says so). */
  capMs: number;
  /** Uniform in [0, 1); Math.random by default, a seeded function in tests. */
  random?: () => number;
}

/**
 * A Retry-After beyond one hour is most likely a misconfigured proxy; obeying
 * it would silence the kiosk for days, so it is clamped.
 */
export const MAX_RETRY_AFTER_MS = 60 * 60 * 1000;

/** The full-jitter delay before retry number `attempt` (0 for the first retry). */
export function backoffDelay(attempt: number, options: BackoffOptions): number {
  const random = options.random ?? Math.random;
  // 2^attempt overflows to Infinity for large attempts; min() with the cap keeps it finite.
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** Math.max(0, attempt));
  return Math.floor(random() * ceiling);
}

/** The delay to wait: the jittered backoff, or the server's Retry-After when that is longer. */
export function retryDelay(
  attempt: number,
  retryAfterMs: number | undefined,
  options: BackoffOptions,
): number {
  const jittered = backoffDelay(attempt, options);
  if (retryAfterMs === undefined) return jittered;
  return Math.max(jittered, Math.min(retryAfterMs, MAX_RETRY_AFTER_MS));
}

/**
 * Reads a Retry-After header: delay-seconds ("120") or an HTTP date. Returns
 * milliseconds from `nowMs`, or undefined when the header is absent or
 * unreadable (then plain backoff applies).
 */
export function parseRetryAfter(
  value: string | null | undefined,
  nowMs: number,
): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only an HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT"); Date.parse alone would take "-5" as a year.
  if (!/GMT$/i.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/** Counts consecutive failures; `nextDelay` after each failure, `reset` after a success. */
export class Backoff {
  private failures = 0;

  constructor(private readonly options: BackoffOptions) {}

  get attempts(): number {
    return this.failures;
  }

  nextDelay(retryAfterMs?: number): number {
    const delay = retryDelay(this.failures, retryAfterMs, this.options);
    this.failures += 1;
    return delay;
  }

  reset(): void {
    this.failures = 0;
  }
}
