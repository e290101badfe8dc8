import { DEFAULT_ROUND_INTERVAL } from '../sync/round-interval.ts';

/** Timings of the kiosk flow, in milliseconds. */
export interface KioskConfig {
  /** Quiet time mid-survey before "Are you still there?" appears. */
  idleMs: number;
  /** How long that overlay counts down before the answers are discarded: at least 20 s (WCAG 2.2.1). */
  countdownMs: number;
  /** How long the thank-you screen stays before the welcome screen returns. */
  thankYouMs: number;
  /** The first part of the thank-you during which taps are ignored (a late double tap must not skip it). */
  thankYouLockMs: number;
  /** How long a chosen answer stays visibly selected before the next question appears. */
  confirmMs: number;
  /** A survey sent faster than this after its first question is stored flagged (children at play). */
  minSurveyMs: number;
  /** A survey sent within this time after the previous one is stored flagged too. */
  cooldownMs: number;
  /** How long a finger must rest on the hidden corner to open the staff PIN pad. */
  longPressMs: number;
  /** Staff mode closes itself after this long without a touch. */
  staffIdleMs: number;
  /** A waiting app update is applied only after the welcome screen has been untouched this long. */
  updateIdleMs: number;
  /** How long opening the local database and each transaction may take before the kiosk asks for a restart. */
  storeTimeoutMs: number;
  /**
   * Sync rounds run at a random time between these two after the last one (plus on start,
   * `online` and when the page becomes visible), never right after a survey.
   */
  roundMinMs: number;
  roundMaxMs: number;
}

export const DEFAULT_KIOSK_CONFIG: KioskConfig = {
  idleMs: 60_000,
  countdownMs: 20_000,
  thankYouMs: 6_000,
  thankYouLockMs: 2_000,
  confirmMs: 300,
  minSurveyMs: 5_000,
  cooldownMs: 10_000,
  longPressMs: 3_000,
  staffIdleMs: 120_000,
  updateIdleMs: 30_000,
  storeTimeoutMs: 10_000,
  roundMinMs: DEFAULT_ROUND_INTERVAL.minMs,
  roundMaxMs: DEFAULT_ROUND_INTERVAL.maxMs,
};

/**
 * The timings a URL may override (e.g. `?idleMs=1500&countdownMs=1500` in tests), each with the
 * range it may take: resets never faster than half a second, the answer confirmation at most 2 s.
 */
const OVERRIDABLE = {
  idleMs: [500, 3_600_000],
  countdownMs: [500, 3_600_000],
  thankYouMs: [500, 3_600_000],
  confirmMs: [0, 2_000],
  minSurveyMs: [0, 600_000],
  cooldownMs: [0, 600_000],
  longPressMs: [300, 10_000],
  staffIdleMs: [1_000, 3_600_000],
  updateIdleMs: [500, 3_600_000],
  // Never so short that a busy tablet's normal write counts as a hang.
  storeTimeoutMs: [1_000, 60_000],
  // Short only in tests (a link with 200 ms rounds); the server's rate limit caps a mistake.
  roundMinMs: [100, 86_400_000],
  roundMaxMs: [100, 86_400_000],
} as const;

/**
 * Reads the kiosk timings from a URL query string. Unknown, non-numeric or
 * out-of-range values fall back to the defaults, so a mistyped link can never
 * make the kiosk reset every few milliseconds or never.
 */
export function readKioskConfig(search: string): KioskConfig {
  const params = new URLSearchParams(search);
  const config = { ...DEFAULT_KIOSK_CONFIG };
  for (const [key, [min, max]] of Object.entries(OVERRIDABLE) as [
    keyof typeof OVERRIDABLE,
    readonly [number, number],
  ][]) {
    const raw = params.get(key);
    if (raw === null || !/^\d+$/.test(raw)) continue;
    const value = Number(raw);
    if (value >= min && value <= max) config[key] = value;
  }
  // The lock never outlasts the thank-you itself.
  config.thankYouLockMs = Math.min(config.thankYouLockMs, Math.floor(config.thankYouMs / 2));
  // A reversed interval is a mistyped link: both fall back rather than guess which one was meant.
  if (config.roundMinMs > config.roundMaxMs) {
    config.roundMinMs = DEFAULT_KIOSK_CONFIG.roundMinMs;
    config.roundMaxMs = DEFAULT_KIOSK_CONFIG.roundMaxMs;
  }
  return config;
}

/** Used until IT provisions the tablet with its office name (setting `office`). */
export const DEFAULT_OFFICE = 'Bürgerbüro Lünen';
