import { WAVE_SUITE } from '../../shared/sealed/wave-suite.ts';

export { WAVE_SUITE };

/** A wave's key pair as raw bytes: 65-byte uncompressed public point, 32-byte private scalar. */
export interface RawKeyPair {
  publicKey: Uint8Array<ArrayBuffer>;
  /** Lives only in memory: split into shares and then overwritten (see key-ceremony.ts). */
  privateKey: Uint8Array<ArrayBuffer>;
}

export async function generateWaveKeyPair(): Promise<RawKeyPair> {
  const pair = await WAVE_SUITE.kem.generateKeyPair();
  return {
    publicKey: new Uint8Array(await WAVE_SUITE.kem.serializePublicKey(pair.publicKey)),
    privateKey: new Uint8Array(await WAVE_SUITE.kem.serializePrivateKey(pair.privateKey)),
  };
}

/** The private key for HPKE's recipient context; rejects bytes that are no P-256 scalar. */
export async function importPrivateKey(raw: Uint8Array): Promise<CryptoKey> {
  return WAVE_SUITE.kem.deserializePrivateKey(raw);
}

/**
 * The raw public key that belongs to a private key: WebCrypto computes the point when it imports
 * the scalar, and its JWK without `d` is the public key.
 */
export async function publicKeyOf(privateKey: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', privateKey);
  const publicKey = await WAVE_SUITE.kem.importKey('jwk', { kty, crv, x, y }, true);
  return new Uint8Array(await WAVE_SUITE.kem.serializePublicKey(publicKey));
}
