import { combine } from 'shamir-secret-sharing';
import { keyFingerprint } from '../../shared/sealed/key-fingerprint.ts';
import { parseShare } from './share-codec.ts';
import { ShareError } from './share-problems.ts';
import { importPrivateKey, publicKeyOf } from './wave-key.ts';

/** What the opening knows of a sealed wave before any share is typed. */
export interface SealedWave {
  id: number;
  fingerprint: string;
  threshold: number;
}

/**
 * The opening's first step: reads the typed or scanned shares, rebuilds the wave's private key in
 * memory and proves it is the right one — the public key it yields must have the wave's
 * fingerprint — before anything is decrypted, so a wrong share is one clear sentence rather than
 * a pile of envelopes counted invalid. The raw key bytes are overwritten before returning.
 * @returns the key for HPKE's recipient context and the holder numbers of the shares used.
 * @throws ShareError (share-problems.ts) naming the first problem.
 */
export async function rebuildWaveKey(
  shareTexts: readonly string[],
  wave: SealedWave,
): Promise<{ privateKey: CryptoKey; holders: number[] }> {
  const expected = { waveId: wave.id, fingerprint: wave.fingerprint };
  const shares = [];
  for (const text of shareTexts) shares.push(await parseShare(text, expected));
  const holders = new Set<number>();
  // The x coordinate (a share's last byte) too: one share under two holder numbers counts once.
  const points = new Set<number>();
  for (const s of shares) {
    const x = s.share[s.share.length - 1] ?? 0;
    if (holders.has(s.holder) || points.has(x)) {
      throw new ShareError({ code: 'share-twice', holder: s.holder });
    }
    holders.add(s.holder);
    points.add(x);
  }
  if (shares.length < wave.threshold) {
    throw new ShareError({ code: 'shares-too-few', given: shares.length, needed: wave.threshold });
  }
  const raw = await combine(shares.map((s) => s.share));
  try {
    const privateKey = await importPrivateKey(raw).catch(() => undefined);
    const fingerprint = privateKey && (await keyFingerprint(await publicKeyOf(privateKey)));
    if (!privateKey || fingerprint !== wave.fingerprint) {
      throw new ShareError({ code: 'shares-wrong-key', waveId: wave.id });
    }
    return { privateKey, holders: shares.map((s) => s.holder) };
  } finally {
    raw.fill(0);
    for (const s of shares) s.share.fill(0);
  }
}
