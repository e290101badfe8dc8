import { describe, expect, it } from 'vitest';
import { checkPin, needsNewPin, type PinStore, setPin } from '../../src/staff/pin-gate.ts';
import { hashPin, isValidPin, PIN_ITERATIONS, verifyPin } from '../../src/staff/pin-hash.ts';
import { afterWrongPin, FIRST_LOCK_MS, NO_LOCK } from '../../src/staff/pin-lock.ts';
import type { Settings } from '../../src/store/index.ts';

/** The settings part of the store, in memory: the gate's logic is the subject here, IndexedDB is tested in the browser. */
function memorySettings(): PinStore & { data: Partial<Settings> } {
  const data: Partial<Settings> = {};
  return {
    data,
    getSetting: async (key) => data[key],
    setSetting: async (key, value) => {
      data[key] = value;
    },
  };
}

describe('staff PIN hash', () => {
  it('accepts 4 to 8 digits only', () => {
    for (const pin of ['1234', '12345678']) expect(isValidPin(pin)).toBe(true);
    for (const pin of ['123', '123456789', '12a4', ' 1234', ''])
      expect(isValidPin(pin)).toBe(false);
  });

  it('stores a salted PBKDF2 hash with enough iterations, never the PIN', async () => {
    const a = await hashPin('4711');
    const b = await hashPin('4711');
    expect(a.iterations).toBeGreaterThanOrEqual(100_000);
    expect(a.iterations).toBe(PIN_ITERATIONS);
    expect(atob(a.salt)).toHaveLength(16);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(JSON.stringify(a)).not.toContain('4711');
    expect(await verifyPin('4711', a)).toBe(true);
    expect(await verifyPin('4712', a)).toBe(false);
  });
});

describe('PIN lock-out', () => {
  it('locks after 5 wrong tries, each lock-out twice as long as the one before', () => {
    let lock = NO_LOCK;
    for (let i = 0; i < 4; i++) lock = afterWrongPin(lock, 0);
    expect(lock).toEqual({ failures: 4, lockouts: 0, lockedUntil: 0 });
    lock = afterWrongPin(lock, 1_000);
    expect(lock.lockedUntil).toBe(1_000 + FIRST_LOCK_MS);
    for (let i = 0; i < 5; i++) lock = afterWrongPin(lock, 100_000);
    expect(lock.lockedUntil).toBe(100_000 + 2 * FIRST_LOCK_MS);
    for (let i = 0; i < 5; i++) lock = afterWrongPin(lock, 500_000);
    expect(lock.lockedUntil).toBe(500_000 + 4 * FIRST_LOCK_MS);
  });

  it('the gate refuses, locks, ignores even the right PIN while locked, and resets on success', async () => {
    const store = memorySettings();
    expect(await needsNewPin(store)).toBe(true);
    expect(await checkPin(store, '1234', 0)).toEqual({ kind: 'unset' });
    await setPin(store, '2468');
    expect(await needsNewPin(store)).toBe(false);
    for (let left = 4; left >= 1; left--) {
      expect(await checkPin(store, '1111', 0)).toEqual({ kind: 'wrong', triesLeft: left });
    }
    expect(await checkPin(store, '1111', 0)).toEqual({ kind: 'locked', ms: FIRST_LOCK_MS });
    expect(await checkPin(store, '2468', FIRST_LOCK_MS - 1)).toEqual({ kind: 'locked', ms: 1 });
    expect(await checkPin(store, '2468', FIRST_LOCK_MS)).toEqual({ kind: 'ok' });
    expect(store.data.pinLock).toEqual(NO_LOCK);
  });

  it('enrollment asking for a new PIN is honoured and cleared by setting one', async () => {
    const store = memorySettings();
    await setPin(store, '2468');
    store.data.needsPin = true;
    expect(await needsNewPin(store)).toBe(true);
    await setPin(store, '13579');
    expect(await needsNewPin(store)).toBe(false);
    await expect(setPin(store, '12')).rejects.toThrow(/4 to 8 digits/);
  });
});
