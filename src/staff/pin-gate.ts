import type { Store } from '../store/index.ts';
import { hashPin, isValidPin, verifyPin } from './pin-hash.ts';
import { afterWrongPin, lockedFor, NO_LOCK, triesLeft } from './pin-lock.ts';

export type PinStore = Pick<Store, 'getSetting' | 'setSetting'>;

export type PinCheck =
  | { kind: 'ok' }
  | { kind: 'wrong'; triesLeft: number }
  | { kind: 'locked'; ms: number }
  /** No PIN is set yet: staff must choose one first. */
  | { kind: 'unset' };

/** Whether staff must choose a PIN (fresh kiosk, or enrollment asked for a new one). */
export async function needsNewPin(store: PinStore): Promise<boolean> {
  const [hash, needsPin] = await Promise.all([
    store.getSetting('pinHash'),
    store.getSetting('needsPin'),
  ]);
  return !hash || needsPin === true;
}

/** The lock-out left right now, in ms (0 = the pad may be used). */
export async function currentLock(store: PinStore, nowMs = Date.now()): Promise<number> {
  return lockedFor((await store.getSetting('pinLock')) ?? NO_LOCK, nowMs);
}

/**
 * Checks a PIN against the stored hash and records the outcome: a wrong try
 * counts towards the lock-out, a right one clears it. While locked, no PIN is
 * even compared. The lock is in the settings, so a reload does not reset it.
 */
export async function checkPin(
  store: PinStore,
  pin: string,
  nowMs = Date.now(),
): Promise<PinCheck> {
  const [hash, lock = NO_LOCK] = await Promise.all([
    store.getSetting('pinHash'),
    store.getSetting('pinLock'),
  ]);
  if (!hash) return { kind: 'unset' };
  const ms = lockedFor(lock, nowMs);
  if (ms > 0) return { kind: 'locked', ms };
  if (isValidPin(pin) && (await verifyPin(pin, hash))) {
    await store.setSetting('pinLock', NO_LOCK);
    return { kind: 'ok' };
  }
  const next = afterWrongPin(lock, nowMs);
  await store.setSetting('pinLock', next);
  const lockedMs = lockedFor(next, nowMs);
  return lockedMs > 0
    ? { kind: 'locked', ms: lockedMs }
    : { kind: 'wrong', triesLeft: triesLeft(next) };
}

/** Stores a new PIN (as a hash only) and clears the enrollment's "set a PIN" request. */
export async function setPin(store: PinStore, pin: string): Promise<void> {
  if (!isValidPin(pin)) throw new Error('A PIN has 4 to 8 digits.');
  await store.setSetting('pinHash', await hashPin(pin));
  await store.setSetting('pinLock', NO_LOCK);
  await store.setSetting('needsPin', false);
}
