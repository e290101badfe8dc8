import { Aes128Gcm, CipherSuite, DhkemP256HkdfSha256, HkdfSha256 } from '@hpke/core';

/**
 * The HPKE suite of a sealed wave (RFC 9180 base mode): DHKEM(P-256, HKDF-SHA256), HKDF-SHA256,
 * AES-128-GCM, all on WebCrypto through @hpke/core. The kiosk seals with it, the key ceremony
 * makes its keys, the opening opens with it: one definition for all three.
 */
export const WAVE_SUITE = new CipherSuite({
  kem: new DhkemP256HkdfSha256(),
  kdf: new HkdfSha256(),
  aead: new Aes128Gcm(),
});
