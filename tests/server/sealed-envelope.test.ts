import { beforeAll, describe, expect, it } from 'vitest';
import { openEnvelope } from '../../src/server/sealed/open-envelope.ts';
import { generateWaveKeyPair, importPrivateKey } from '../../src/server/sealed/wave-key.ts';
import type { AnswerSet } from '../../src/shared/answer-schema.ts';
import {
  ENVELOPE_BUCKET,
  fromBase64Url,
  sealAnswerSet,
  toBase64Url,
  type WaveSealingKey,
} from '../../src/shared/sealed/envelope.ts';
import { keyFingerprint } from '../../src/shared/sealed/key-fingerprint.ts';
import { SealedAnswerSet } from '../../src/shared/sealed/sealed-schema.ts';

// The envelope the kiosk will store instead of an answer set in a sealed wave, and the opening
// that reads it, with real HPKE on Node's WebCrypto (the design note's advice, point by point).
const MARKER = 'Frau K. am Schalter 3';
const set: AnswerSet = {
  surveyId: 'buergerbuero_zufriedenheit',
  surveyVersion: '0123456789abcdef',
  office: 'Bürgerbüro Lünen',
  day: '2026-06-18',
  answers: { overall: 4, reason: 'passport', improve: MARKER },
  flagged: true,
};
let key: WaveSealingKey;
let privateKey: CryptoKey;
let otherPrivateKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateWaveKeyPair();
  key = { wave: 7, fingerprint: await keyFingerprint(pair.publicKey), publicKey: pair.publicKey };
  privateKey = await importPrivateKey(pair.privateKey);
  otherPrivateKey = await importPrivateKey((await generateWaveKeyPair()).privateKey);
});

describe('a sealed answer set', () => {
  it('opens with the wave key to exactly the set, and shows nothing of the answers', async () => {
    const envelope = SealedAnswerSet.parse(await sealAnswerSet(set, key));
    expect(await openEnvelope(envelope, privateKey)).toEqual(set);
    const text = JSON.stringify(envelope);
    for (const secret of [MARKER, 'passport', 'overall', 'flagged'])
      expect(text).not.toContain(secret);
    expect(envelope).toMatchObject({ wave: 7, office: set.office, day: set.day });
  });

  it('is as long for a long free text as for none (padding to the bucket)', async () => {
    const short = await sealAnswerSet({ ...set, answers: { overall: 4 } }, key);
    const long = await sealAnswerSet(
      { ...set, answers: { overall: 4, improve: 'x'.repeat(150) } },
      key,
    );
    expect(fromBase64Url(long.ct).length).toBe(fromBase64Url(short.ct).length);
    expect((fromBase64Url(short.ct).length - 16) % ENVELOPE_BUCKET).toBe(0); // 16: the GCM tag
  });

  it('shares nothing between two sealings of the same set', async () => {
    const [a, b] = await Promise.all([sealAnswerSet(set, key), sealAnswerSet(set, key)]);
    expect(a.enc).not.toBe(b.enc);
    expect(a.ct).not.toBe(b.ct);
  });

  it('does not open when moved to another office or day, another wave, another key, or changed', async () => {
    const envelope = await sealAnswerSet(set, key);
    const ct = fromBase64Url(envelope.ct);
    ct[5] = (ct[5] ?? 0) ^ 1;
    for (const changed of [
      { ...envelope, office: 'Bürgerbüro Brambauer' },
      { ...envelope, day: '2026-06-19' },
      { ...envelope, wave: 8 },
      { ...envelope, ct: toBase64Url(ct) },
    ]) {
      expect(await openEnvelope(changed, privateKey)).toBeUndefined();
    }
    expect(await openEnvelope(envelope, otherPrivateKey)).toBeUndefined();
  });
});
