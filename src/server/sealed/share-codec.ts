import { hexOf } from '../../shared/short-hash.ts';
import { checkSymbol, decodeBase32, encodeBase32, hasValidCheck } from './crockford-base32.ts';
import { ShareError } from './share-problems.ts';

/**
 * How one Shamir share travels on paper and back: typed from the sheet or scanned from its QR code.
 *
 * Bytes (50): format 1 · wave id (4, big-endian) · holder number (1) · key fingerprint (8) ·
 * the share (33: the 32-byte secret's share and its x coordinate) · the first 3 bytes of SHA-256
 * over all before. In Crockford base32 that is 80 characters: 4 lines of 4 groups of 5, each
 * line followed by its check character (mod 37). The line check names the line a typing error is
 * in; the SHA-256 catches what a line check cannot (lines swapped or taken from another sheet).
 * Spaces, hyphens and line breaks are ignored when reading.
 */
export interface WaveShare {
  waveId: number;
  /** The holder's number on the ceremony's list, 1-based. */
  holder: number;
  /** 16 hex digits, src/shared/sealed/key-fingerprint.ts. */
  fingerprint: string;
  /** A share from shamir-secret-sharing's split. */
  share: Uint8Array<ArrayBuffer>;
}

/** One printed line: four groups of five characters and the line's check character. */
export interface ShareLine {
  groups: string[];
  check: string;
}

const FORMAT = 1;
const SHARE_BYTES = 33;
const HASH_BYTES = 3;
const PAYLOAD_BYTES = 1 + 4 + 1 + 8 + SHARE_BYTES;
const LINE_SYMBOLS = 20;
const LINES = ((PAYLOAD_BYTES + HASH_BYTES) * 8) / 5 / LINE_SYMBOLS;
/** Symbols of a complete typed share, check characters included. */
export const SHARE_SYMBOLS = LINES * (LINE_SYMBOLS + 1);

export async function encodeShare(s: WaveShare): Promise<ShareLine[]> {
  if (s.share.length !== SHARE_BYTES) throw new Error(`A share has ${SHARE_BYTES} bytes.`);
  const payload = new Uint8Array(PAYLOAD_BYTES + HASH_BYTES);
  const view = new DataView(payload.buffer);
  view.setUint8(0, FORMAT);
  view.setUint32(1, s.waveId);
  view.setUint8(5, s.holder);
  payload.set(hexBytes(s.fingerprint), 6);
  payload.set(s.share, 14);
  payload.set(await hashOf(payload.subarray(0, PAYLOAD_BYTES)), PAYLOAD_BYTES);
  const symbols = encodeBase32(payload);
  return Array.from({ length: LINES }, (_, i) => {
    const line = symbols.slice(i * LINE_SYMBOLS, (i + 1) * LINE_SYMBOLS);
    return { groups: line.match(/.{5}/g) ?? [], check: checkSymbol(line) };
  });
}

/** The share as text, one line per printed line: what the QR code holds. */
export function shareText(lines: readonly ShareLine[]): string {
  return lines.map((l) => `${l.groups.join(' ')} ${l.check}`).join('\n');
}

/**
 * Reads a typed or scanned share and checks it belongs to `expected` (the wave being opened).
 * @throws ShareError with the first problem found, line by line.
 */
export async function parseShare(
  text: string,
  expected: { waveId: number; fingerprint: string },
): Promise<WaveShare> {
  const symbols = text.replace(/[\s-]+/g, '');
  const stray = [...symbols].find((c) => !/[0-9A-Z*~$=]/i.test(c));
  if (stray !== undefined) throw new ShareError({ code: 'share-symbol', char: stray });
  if (symbols.length !== SHARE_SYMBOLS) {
    throw new ShareError({
      code: 'share-length',
      symbols: symbols.length,
      expected: SHARE_SYMBOLS,
    });
  }
  let data = '';
  for (let i = 0; i < LINES; i++) {
    const line = symbols.slice(i * (LINE_SYMBOLS + 1), (i + 1) * (LINE_SYMBOLS + 1));
    const body = line.slice(0, LINE_SYMBOLS);
    const wrong = [...body].find((c) => !/[0-9A-Z]/i.test(c) || /u/i.test(c));
    if (wrong !== undefined) throw new ShareError({ code: 'share-symbol', char: wrong });
    if (!hasValidCheck(body, line.slice(LINE_SYMBOLS))) {
      throw new ShareError({ code: 'share-line-check', line: i + 1 });
    }
    data += body;
  }
  const payload = decodeBase32(data);
  if (payload?.length !== PAYLOAD_BYTES + HASH_BYTES)
    throw new ShareError({ code: 'share-checksum' });
  const hash = await hashOf(payload.subarray(0, PAYLOAD_BYTES));
  if (!hash.every((b, i) => payload[PAYLOAD_BYTES + i] === b)) {
    throw new ShareError({ code: 'share-checksum' });
  }
  const view = new DataView(payload.buffer);
  const version = view.getUint8(0);
  if (version !== FORMAT) throw new ShareError({ code: 'share-version', version });
  const waveId = view.getUint32(1);
  if (waveId !== expected.waveId) {
    throw new ShareError({ code: 'share-wave', waveId, expected: expected.waveId });
  }
  const fingerprint = hexOf(payload.subarray(6, 14));
  if (fingerprint !== expected.fingerprint) {
    throw new ShareError({ code: 'share-key', fingerprint, expected: expected.fingerprint });
  }
  return { waveId, holder: view.getUint8(5), fingerprint, share: payload.slice(14, PAYLOAD_BYTES) };
}

async function hashOf(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)).subarray(0, HASH_BYTES);
}

function hexBytes(hex: string): Uint8Array {
  if (!/^[0-9a-f]{16}$/.test(hex)) throw new Error('A key fingerprint has 16 hex digits.');
  return Uint8Array.from(hex.match(/../g) ?? [], (h) => Number.parseInt(h, 16));
}
