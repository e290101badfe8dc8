import { shortSha256 } from '../short-hash.ts';

/**
 * A sealed wave's key fingerprint: the first 16 hex digits (8 bytes) of the SHA-256 over the raw
 * public key (the 65-byte uncompressed P-256 point that HPKE serializes). Staff compare it on the
 * kiosk with the one on the share sheets, and the opening compares it with the key the shares
 * rebuild, so it is defined once, here, on WebCrypto that the browser and Node both have.
 */
export async function keyFingerprint(rawPublicKey: Uint8Array<ArrayBuffer>): Promise<string> {
  return shortSha256(rawPublicKey);
}

/** The fingerprint as people read it aloud: four groups of four, e.g. `3f9a 0c17 b2e4 5d80`. */
export function formatFingerprint(fingerprint: string): string {
  return fingerprint.match(/.{1,4}/g)?.join(' ') ?? fingerprint;
}
