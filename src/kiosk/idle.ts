import type { KioskConfig } from './kiosk-config.ts';
import type { KioskState } from './kiosk-state.ts';

/** Where an untouched kiosk stands: fine, asking "Are you still there?", or due for a reset. */
export type IdlePhase =
  | { kind: 'active' }
  | { kind: 'asking'; secondsLeft: number }
  | { kind: 'expired' };

/**
 * The idle phase after `quietMs` without a touch or key. Pure, so the timing
 * is tested without a DOM or a clock; the App feeds it `now - lastTouch`.
 */
export function idlePhase(
  quietMs: number,
  config: Pick<KioskConfig, 'idleMs' | 'countdownMs'>,
): IdlePhase {
  if (quietMs < config.idleMs) return { kind: 'active' };
  const leftMs = config.idleMs + config.countdownMs - quietMs;
  if (leftMs <= 0) return { kind: 'expired' };
  return { kind: 'asking', secondsLeft: Math.ceil(leftMs / 1000) };
}

/**
 * What the idle timer watches on this screen: a half-finished survey (ask
 * first, then finish it with what was answered), a welcome screen left in another language or text
 * size (reset to German and normal size quietly, for the next citizen), or nothing.
 */
export function idleWatch(state: KioskState, defaultLang: string): 'survey' | 'quiet' | 'none' {
  if (state.screen.kind === 'question' || state.screen.kind === 'more') return 'survey';
  const personal = state.lang !== defaultLang || state.textSize !== 'normal';
  if (state.screen.kind === 'welcome' && personal) return 'quiet';
  return 'none';
}
