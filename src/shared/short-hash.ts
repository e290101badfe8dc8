/** Bytes as lower-case hex, two digits each. */
export const hexOf = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The first 16 hex digits (8 bytes) of the SHA-256 of `bytes`, on WebCrypto, which the tablet
 * and the server both have: a survey's version and a sealed wave's key fingerprint.
 */
export async function shortSha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return hexOf(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes), 0, 8));
}
