/**
 * Crockford's base32 (https://www.crockford.com/base32.html), the alphabet of typed shares: digits
 * and capitals without I, L, O and U, so nothing looks like something else; reading is
 * case-insensitive and takes O as 0 and I or L as 1. The optional check symbol is the value mod 37
 * in the alphabet extended by `*~$=U`: as 37 is prime and larger than 32, it catches every single
 * wrong character and every swap of two neighbours.
 */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECK_ALPHABET = `${ALPHABET}*~$=U`;

/** Bytes to symbols, 5 bits each, the last one padded with zero bits. */
export function encodeBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** Symbols back to bytes (trailing pad bits dropped); undefined when a symbol is not base32. */
export function decodeBase32(text: string): Uint8Array<ArrayBuffer> | undefined {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    const value = symbolValue(char);
    if (value === undefined) return undefined;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 255);
    }
    buffer &= (1 << bits) - 1;
  }
  return new Uint8Array(out);
}

/** The value of one typed symbol (case-insensitive, O → 0, I/L → 1), or undefined. */
export function symbolValue(char: string): number | undefined {
  const upper = char.toUpperCase().replace('O', '0').replace(/[IL]/, '1');
  const value = ALPHABET.indexOf(upper);
  return value >= 0 && upper.length === 1 ? value : undefined;
}

/** The check symbol of a run of base32 symbols (their number mod 37). */
export function checkSymbol(symbols: string): string {
  let mod = 0;
  for (const char of symbols) mod = (mod * 32 + (symbolValue(char) ?? 0)) % 37;
  return CHECK_ALPHABET[mod] ?? '';
}

/** True when `check` (case-insensitive) is the check symbol of `symbols`. */
export function hasValidCheck(symbols: string, check: string): boolean {
  const upper = check.toUpperCase().replace('O', '0').replace(/[IL]/, '1');
  return checkSymbol(symbols) === upper;
}
