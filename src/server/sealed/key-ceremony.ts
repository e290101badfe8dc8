import { split } from 'shamir-secret-sharing';
import { keyFingerprint } from '../../shared/sealed/key-fingerprint.ts';
import { encodeShare, type ShareLine } from './share-codec.ts';
import { generateWaveKeyPair } from './wave-key.ts';

/** Who holds a share and how many of them open the urn: labels only, no person's data. */
export interface KeyHolders {
  holders: string[];
  threshold: number;
}

/** One holder's share, ready for the sheet. */
export interface HolderShare {
  holder: string;
  /** 1-based position on the ceremony's list; also inside the share. */
  number: number;
  lines: ShareLine[];
}

export interface Ceremony {
  publicKey: Uint8Array<ArrayBuffer>;
  fingerprint: string;
  shares: HolderShare[];
}

const MAX_HOLDERS = 255; // shamir-secret-sharing's limit, and one byte in the share format

/** `--holders "A,B,C"` as a list: trimmed, inner spaces collapsed, Unicode NFC. */
export function parseHolders(text: string): string[] {
  return text.split(',').map((h) => h.normalize('NFC').replace(/\s+/g, ' ').trim());
}

/** Why these holders and threshold cannot be used, in one sentence; undefined when they can. */
export function checkKeyHolders({ holders, threshold }: KeyHolders): string | undefined {
  if (holders.some((h) => h === '')) return 'A holder name is empty: separate names by commas.';
  if (holders.length < 2) return 'A sealed wave needs at least 2 key holders.';
  if (holders.length > MAX_HOLDERS) return `A sealed wave has at most ${MAX_HOLDERS} key holders.`;
  const seen = new Set<string>();
  for (const h of holders) {
    const key = h.toLocaleLowerCase('de');
    if (seen.has(key)) return `"${h}" is named twice: each holder gets one share.`;
    seen.add(key);
  }
  if (!Number.isSafeInteger(threshold) || threshold < 2 || threshold > holders.length) {
    return `The threshold must be a whole number from 2 to ${holders.length} (the number of holders).`;
  }
  return undefined;
}

/**
 * The key ceremony in memory: a fresh HPKE key pair for the wave, the private key's raw bytes
 * split k of n (shamir-secret-sharing), one encoded share per holder. The private key leaves
 * only as shares; its bytes are overwritten as soon as they are split. Check the holders first
 * (checkKeyHolders).
 */
export async function holdCeremony(waveId: number, request: KeyHolders): Promise<Ceremony> {
  const { publicKey, privateKey } = await generateWaveKeyPair();
  let parts: Uint8Array[];
  try {
    parts = await split(privateKey, request.holders.length, request.threshold);
  } finally {
    privateKey.fill(0);
  }
  const fingerprint = await keyFingerprint(publicKey);
  const shares: HolderShare[] = [];
  for (const [i, holder] of request.holders.entries()) {
    const share = new Uint8Array(parts[i] ?? []);
    shares.push({
      holder,
      number: i + 1,
      lines: await encodeShare({ waveId, holder: i + 1, fingerprint, share }),
    });
    share.fill(0);
    parts[i]?.fill(0);
  }
  return { publicKey, fingerprint, shares };
}
