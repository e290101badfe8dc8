import { describe, expect, it } from 'vitest';
import {
  checkSymbol,
  decodeBase32,
  encodeBase32,
  hasValidCheck,
} from '../../src/server/sealed/crockford-base32.ts';
import { checkKeyHolders, parseHolders } from '../../src/server/sealed/key-ceremony.ts';
import { encodeShare, parseShare, shareText } from '../../src/server/sealed/share-codec.ts';
import { formatFingerprint, keyFingerprint } from '../../src/shared/sealed/key-fingerprint.ts';

const SHARE = {
  waveId: 7,
  holder: 2,
  fingerprint: '0123456789abcdef',
  share: Uint8Array.from({ length: 33 }, (_, i) => (i * 37 + 11) % 256),
};

describe('Crockford base32 with check symbol', () => {
  it('round-trips bytes and reads O, I, L and lower case leniently', () => {
    const bytes = Uint8Array.from({ length: 50 }, (_, i) => (i * 101) % 256);
    const text = encodeBase32(bytes);
    expect(text).toMatch(/^[0-9A-HJKMNP-TV-Z]{80}$/);
    expect(decodeBase32(text)).toEqual(bytes);
    expect(decodeBase32(text.toLowerCase().replaceAll('0', 'o').replaceAll('1', 'I'))).toEqual(
      bytes,
    );
    expect(decodeBase32('AB*')).toBeUndefined();
  });

  it('the check symbol catches every single wrong symbol and every swap of neighbours', () => {
    const line = 'TW1DEGY8XKG5YSS31MDF';
    const check = checkSymbol(line);
    expect(hasValidCheck(line, check)).toBe(true);
    const symbols = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (let i = 0; i < line.length; i++) {
      for (const s of symbols) {
        if (s === line[i]) continue;
        expect(hasValidCheck(`${line.slice(0, i)}${s}${line.slice(i + 1)}`, check)).toBe(false);
      }
      const a = line[i] ?? '';
      const b = line[i + 1] ?? '';
      if (b && a !== b) {
        expect(hasValidCheck(`${line.slice(0, i)}${b}${a}${line.slice(i + 2)}`, check)).toBe(false);
      }
    }
  });
});

describe('share codec', () => {
  it('prints 4 lines of 4 groups of 5 plus a check, and reads them back, spaces or not', async () => {
    const lines = await encodeShare(SHARE);
    expect(lines.map((l) => [l.groups.map((g) => g.length), l.check.length])).toEqual(
      Array(4).fill([[5, 5, 5, 5], 1]),
    );
    const expected = { waveId: 7, fingerprint: SHARE.fingerprint };
    expect(await parseShare(shareText(lines), expected)).toEqual(SHARE);
    const squashed = shareText(lines).replace(/\s+/g, '').toLowerCase();
    expect(await parseShare(squashed, expected)).toEqual(SHARE);
    await expect(parseShare(shareText(lines), { ...expected, waveId: 8 })).rejects.toThrow(
      'This share belongs to wave 7, not to wave 8.',
    );
    await expect(parseShare(`${shareText(lines)}!`, expected)).rejects.toThrow(/"!"/);
  });
});

describe('key holders', () => {
  it('parses a comma list and refuses what cannot be a ceremony', () => {
    expect(parseHolders(' Leitung  Bürgerbüro ,Datenschutz')).toEqual([
      'Leitung Bürgerbüro',
      'Datenschutz',
    ]);
    expect(checkKeyHolders({ holders: ['A', 'B', 'C'], threshold: 2 })).toBeUndefined();
    expect(checkKeyHolders({ holders: ['A', 'B', 'C'], threshold: 3 })).toBeUndefined();
    expect(checkKeyHolders({ holders: ['A', 'B'], threshold: 2.5 })).toMatch(/whole number/);
    expect(checkKeyHolders({ holders: ['Ä', 'ä'], threshold: 2 })).toMatch(/named twice/);
  });
});

describe('key fingerprint', () => {
  it('is the first 16 hex digits of SHA-256 over the raw key', async () => {
    // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223…
    expect(await keyFingerprint(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea');
    expect(formatFingerprint('ba7816bf8f01cfea')).toBe('ba78 16bf 8f01 cfea');
  });
});
