import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config.ts';
import { answersMac } from '../../src/server/kiosk-tally.ts';

// The tally's keyed hash (kiosk-tally.ts): processes given the same URNE_TALLY_SECRET compare
// alike; without it each process has a key of its own; a guessable secret stops the start.
describe('URNE_TALLY_SECRET', () => {
  const secret = 'x'.repeat(32);
  const answers = '{"overall":4}';

  it('gives the same hash in two processes with the same secret, and a different one without', () => {
    expect(answersMac(secret)(answers)).toBe(answersMac(secret)(answers));
    expect(answersMac()(answers)).not.toBe(answersMac()(answers));
    expect(answersMac(secret)(answers)).not.toBe(answersMac(`${secret}y`)(answers));
  });

  it('is read from the environment and refused when shorter than 32 characters', () => {
    expect(readConfig({ URNE_TALLY_SECRET: secret }).tallySecret).toBe(secret);
    expect(readConfig({}).tallySecret).toBeUndefined();
    expect(() => readConfig({ URNE_TALLY_SECRET: 'short' })).toThrow(/URNE_TALLY_SECRET/);
  });
});
