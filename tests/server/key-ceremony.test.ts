import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runKeysCreate } from '../../src/server/cli/keys-create.ts';
import { encodeBase32 } from '../../src/server/sealed/crockford-base32.ts';
import { rebuildWaveKey, type SealedWave } from '../../src/server/sealed/rebuild-key.ts';
import { shareText } from '../../src/server/sealed/share-codec.ts';
import { ShareError, type ShareProblem } from '../../src/server/sealed/share-problems.ts';
import { WAVE_SUITE } from '../../src/server/sealed/wave-key.ts';
import type { WaveKey } from '../../src/server/store/results-store.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { formatFingerprint, keyFingerprint } from '../../src/shared/sealed/key-fingerprint.ts';
import { compiledEntry } from './compiled.ts';
import { dumpReceived, makeTempDir } from './fixtures.ts';

const run = promisify(execFile);
const EVALUATOR = compiledEntry('server/cli/evaluator');
const URNE = compiledEntry('server/cli/urne');
const HOLDERS = ['Leitung Bürgerbüro', 'Datenschutz', 'Personalrat'];

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let dbPath: string;
let sheetsDir: string;
/** Per wave: its key as stored, and the shares as typed from its sheets. */
const waves = new Map<number, { key: WaveKey; typed: string[]; sheets: string[] }>();

const cli = (entry: string[], ...args: string[]) =>
  run(process.execPath, [...entry, ...args], { env: { ...process.env, URNE_DB: dbPath } });
const keysCreate = (wave: string, holders: string, threshold: string, out = sheetsDir) =>
  cli(
    URNE,
    'keys',
    'create',
    '--wave',
    wave,
    '--holders',
    holders,
    '--threshold',
    threshold,
    '--out',
    out,
  );

/** What a holder types: the text of each printed line, tags and spacing left as they come. */
function typedShare(sheet: string): string {
  const lines = sheet.match(/<ol class="lines">(.*?)<\/ol>/s)?.[1] ?? '';
  return [...lines.matchAll(/<li>(.*?)<\/li>/g)]
    .map(([, li]) =>
      (li ?? '').replace(/<span class="no">\d+<\/span>/, '').replace(/<[^>]+>/g, ' '),
    )
    .join('\n');
}

const sealed = (id: number): SealedWave => {
  const key = waves.get(id)?.key;
  if (!key) throw new Error(`wave ${id} not sealed in this test`);
  return { id, fingerprint: key.fingerprint, threshold: key.threshold };
};

async function refusal(promise: Promise<unknown>): Promise<ShareProblem> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ShareError);
  expect((err as Error).message).toMatch(/^[A-Z0-9"].*\.$/);
  return (err as ShareError).problem;
}

beforeAll(async () => {
  temp = await makeTempDir();
  dbPath = join(temp.dir, 'urne.db');
  sheetsDir = join(temp.dir, 'sheets');
  for (const [name, from, to] of [
    ['2026', '2026-06-18', '2026-07-14'],
    ['2027', '2027-06-18', '2027-07-14'],
    ['2028', '2028-06-18', '2028-07-14'],
  ] as const) {
    await cli(
      EVALUATOR,
      'wave',
      'add',
      '--survey',
      'buergerbuero_zufriedenheit',
      '--name',
      name,
      '--from',
      from,
      '--to',
      to,
    );
  }
  for (const id of [1, 2]) {
    const { stdout } = await keysCreate(String(id), HOLDERS.join(','), '2');
    const store = openSqliteStore(dbPath);
    const key = await store.getWaveKey(id);
    await store.close();
    if (!key) throw new Error(`wave ${id} was not sealed: ${stdout}`);
    expect(stdout).toContain(`Key fingerprint: ${formatFingerprint(key.fingerprint)}`);
    const files = readdirSync(sheetsDir)
      .filter((f) => f.startsWith(`welle-${id}-`))
      .sort();
    const sheets = files.map((f) => readFileSync(join(sheetsDir, f), 'utf8'));
    waves.set(id, { key, sheets, typed: sheets.map(typedShare) });
  }
});
afterAll(() => temp.remove());

describe('npm run urne -- keys create', () => {
  it('writes one sheet per holder: name, wave, fingerprint, share i of n, groups, QR of the share', async () => {
    const { sheets, typed, key } = waves.get(1) ?? { sheets: [], typed: [], key: undefined };
    expect(sheets).toHaveLength(3);
    for (const [i, sheet] of sheets.entries()) {
      expect(sheet).toContain(`<strong>${HOLDERS[i]}</strong>`);
      expect(sheet).toContain('1 · „2026“');
      expect(sheet).toContain('18.06.2026 – 14.07.2026');
      expect(sheet).toContain(`${i + 1} von 3`);
      expect(sheet).toContain('2 Anteile öffnen die Urne');
      expect(sheet).toContain(formatFingerprint(key?.fingerprint ?? ''));
      expect(sheet).toContain('Schlüsselanteil <span>/ Key share</span>');
      expect(sheet).toContain('Urnenöffnung');
      // 4 lines of four groups of five and a check character: what the holder types.
      expect(
        typed[i]
          ?.trim()
          .split('\n')
          .map((l) =>
            l
              .trim()
              .split(/\s+/)
              .map((g) => g.length),
          ),
      ).toEqual(Array(4).fill([5, 5, 5, 5, 1]));
      // The QR code is the same share: generated again from the typed text, it is the same SVG.
      const lines = (typed[i] ?? '')
        .trim()
        .split('\n')
        .map((l) => {
          const parts = l.trim().split(/\s+/);
          return { groups: parts.slice(0, 4), check: parts[4] ?? '' };
        });
      const qr = await QRCode.toString(shareText(lines), {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 1,
      });
      expect(sheet).toContain(qr);
    }
  });

  it('stores the public key, its fingerprint and the holders; no private key anywhere', async () => {
    const { key, sheets, typed } = waves.get(1) ?? { key: undefined, sheets: [], typed: [] };
    const publicKey = new Uint8Array(Buffer.from(key?.publicKey ?? '', 'base64url'));
    expect(publicKey).toHaveLength(65);
    expect(await keyFingerprint(publicKey)).toBe(key?.fingerprint);
    expect(key?.holders).toEqual(HOLDERS);
    expect(key?.threshold).toBe(2);

    const { privateKey } = await rebuildWaveKey(typed.slice(0, 2), sealed(1));
    const raw = Buffer.from(await WAVE_SUITE.kem.serializePrivateKey(privateKey));
    expect(raw).toHaveLength(32);
    const forms = [
      raw.toString('hex'),
      raw.toString('hex').toUpperCase(),
      raw.toString('base64'),
      raw.toString('base64url'),
      encodeBase32(raw),
    ];
    const files = [
      ...readdirSync(temp.dir)
        .filter((f) => f.startsWith('urne.db'))
        .map((f) => join(temp.dir, f)),
      ...readdirSync(sheetsDir).map((f) => join(sheetsDir, f)),
    ];
    expect(files.length).toBeGreaterThanOrEqual(7);
    // The search does see what is stored: the public key is there, as the store wrote it.
    const dbBytes = files
      .filter((f) => f.includes('urne.db'))
      .map((f) => readFileSync(f).toString('latin1'));
    expect(dbBytes.join('')).toContain(key?.publicKey);
    for (const file of files) {
      const bytes = readFileSync(file);
      expect(bytes.includes(raw), file).toBe(false);
      for (const form of forms) expect(bytes.toString('latin1').includes(form), file).toBe(false);
    }
    expect(sheets.join('')).not.toContain(raw.toString('base64url'));
  });

  it('any 2 of 3 shares rebuild the key, and HPKE sealed to the stored key opens with it', async () => {
    const { key, typed } = waves.get(1) ?? { key: undefined, typed: [] };
    const recipientPublic = await WAVE_SUITE.kem.deserializePublicKey(
      new Uint8Array(Buffer.from(key?.publicKey ?? '', 'base64url')),
    );
    const info = new TextEncoder().encode(`urne/v1/wave/1/${key?.fingerprint}`);
    const plaintext = new TextEncoder().encode('{"q1":5,"comment":"Sehr freundlich"}');
    const sender = await WAVE_SUITE.createSenderContext({
      recipientPublicKey: recipientPublic,
      info,
    });
    const ciphertext = await sender.seal(plaintext);
    const raws = new Set<string>();
    for (const pair of [
      [0, 1],
      [0, 2],
      [2, 1],
    ] as const) {
      const shares = pair.map((i) => typed[i] ?? '');
      const { privateKey, holders } = await rebuildWaveKey(shares, sealed(1));
      expect(holders).toEqual(pair.map((i) => i + 1));
      raws.add(Buffer.from(await WAVE_SUITE.kem.serializePrivateKey(privateKey)).toString('hex'));
      const recipient = await WAVE_SUITE.createRecipientContext({
        recipientKey: privateKey,
        enc: sender.enc,
        info,
      });
      expect(new Uint8Array(await recipient.open(ciphertext))).toEqual(plaintext);
    }
    expect(raws.size).toBe(1);
    // All three together work as well.
    await expect(rebuildWaveKey(typed, sealed(1))).resolves.toBeDefined();
  });

  it('refuses one share, a share twice, a typing error, mixed lines, another wave or key', async () => {
    const { typed } = waves.get(1) ?? { typed: [] };
    const [a = '', b = ''] = typed;
    expect(await refusal(rebuildWaveKey([a], sealed(1)))).toEqual({
      code: 'shares-too-few',
      given: 1,
      needed: 2,
    });
    expect(await refusal(rebuildWaveKey([a, a.toLowerCase()], sealed(1)))).toEqual({
      code: 'share-twice',
      holder: 1,
    });

    // One wrong character in line 2, in every position of its groups: caught by that line's check.
    const lines = a.split('\n');
    const line2 = lines[1] ?? '';
    for (let pos = 0; pos < line2.length - 2; pos++) {
      const c = line2[pos] ?? ' ';
      if (c === ' ') continue;
      const wrong = c === 'X' ? 'Y' : 'X';
      const typo = [
        lines[0],
        `${line2.slice(0, pos)}${wrong}${line2.slice(pos + 1)}`,
        ...lines.slice(2),
      ].join('\n');
      expect(await refusal(rebuildWaveKey([typo, b], sealed(1)))).toEqual({
        code: 'share-line-check',
        line: 2,
      });
    }
    // Swapped neighbours are caught too; a misread O / I / L is read as 0 / 1 and passes.
    const swapped = line2.replace(/(\w)(\w)/, (m, x: string, y: string) =>
      x === y ? m : `${y}${x}`,
    );
    if (swapped !== line2) {
      const typo = [lines[0], swapped, ...lines.slice(2)].join('\n');
      expect((await refusal(rebuildWaveKey([typo, b], sealed(1)))).code).toBe('share-line-check');
    }
    const lenient = a.replaceAll('0', 'O').replaceAll('1', 'l');
    await expect(rebuildWaveKey([lenient, b], sealed(1))).resolves.toBeDefined();

    // Lines that each check out but come from two sheets: the share's checksum catches it.
    const mixed = [...lines.slice(0, 3), b.split('\n')[3] ?? ''].join('\n');
    expect(await refusal(rebuildWaveKey([mixed, b], sealed(1)))).toEqual({
      code: 'share-checksum',
    });
    expect((await refusal(rebuildWaveKey([a.slice(0, -10), b], sealed(1)))).code).toBe(
      'share-length',
    );

    const other = waves.get(2)?.typed[0] ?? '';
    expect(await refusal(rebuildWaveKey([a, other], sealed(1)))).toEqual({
      code: 'share-wave',
      waveId: 2,
      expected: 1,
    });
    const wrongKey = { ...sealed(1), fingerprint: sealed(2).fingerprint };
    expect((await refusal(rebuildWaveKey([a, b], wrongKey))).code).toBe('share-key');
  });

  it('refuses bad holders, thresholds, an unknown or sealed wave: exit 1, a sentence, nothing changed', async () => {
    const before = dumpReceived(dbPath);
    const cases: [string, string, string, RegExp][] = [
      ['3', HOLDERS.join(','), '1', /threshold must be a whole number from 2 to 3/],
      ['3', HOLDERS.join(','), '4', /threshold must be a whole number from 2 to 3/],
      ['3', 'Leitung Bürgerbüro', '2', /at least 2 key holders/],
      ['3', 'Datenschutz,Personalrat, datenschutz', '2', /"datenschutz" is named twice/],
      ['99', HOLDERS.join(','), '2', /no wave with the id 99/],
      ['1', HOLDERS.join(','), '2', /Wave 1 "2026" is already sealed/],
    ];
    for (const [i, [wave, holders, threshold, message]] of cases.entries()) {
      const out = join(temp.dir, `refused-${i}`);
      const err = await keysCreate(wave, holders, threshold, out).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => e,
      );
      expect(err.code).toBe(1);
      expect(err.stderr).toMatch(message);
      expect(err.stderr.trim().split('\n')).toHaveLength(1);
      expect(err.stderr.trim()).toMatch(/^[A-Z"].*\.$/);
      expect(existsSync(out)).toBe(false);
    }
    expect(dumpReceived(dbPath)).toEqual(before);
    expect(readdirSync(sheetsDir)).toHaveLength(6);
  });

  it('keeps a wave with an urn key when asked to remove it', async () => {
    const before = dumpReceived(dbPath);
    const err = await cli(EVALUATOR, 'wave', 'remove', '1').then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(err).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/has an urn key.*It stays\./),
    });
    expect(dumpReceived(dbPath)).toEqual(before);
  });

  // A sealed wave's kiosks stay closed on its days until its key exists (docs/api.md), so a late
  // ceremony has cost those days' answers: IT is told so, on stderr, and the ceremony still runs.
  it('warns when the wave has begun or ended: its kiosks were closed, nothing stored unsealed', async () => {
    const store = openSqliteStore(dbPath);
    const errors: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation((line: unknown) => {
      errors.push(String(line));
    });
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const create = async (name: string, from: string, to: string, day: string) => {
      const survey = 'buergerbuero_zufriedenheit';
      const wave = await store.addWave({ surveyId: survey, name, from, to, sealed: true });
      errors.length = 0;
      const outDir = join(temp.dir, `late-${name}`);
      const args = { waveId: wave.id, holders: HOLDERS, threshold: 2, outDir, day };
      expect(await runKeysCreate(args, store)).toBe(0);
      expect(await store.getWaveKey(wave.id)).toBeDefined();
      return [...errors];
    };
    try {
      expect(await create('2031', '2031-06-18', '2031-07-14', '2031-06-17')).toEqual([]);
      const began =
        /began on (\S+), before it had a key\. Its kiosks were closed on its days so far.*no answers were taken since \1, and none were stored unsealed/;
      const firstDay = await create('2032', '2032-06-18', '2032-07-14', '2032-06-18');
      expect(firstDay).toEqual([expect.stringMatching(began)]);
      const running = await create('2033', '2033-06-18', '2033-07-14', '2033-06-25');
      expect(running).toEqual([expect.stringMatching(began)]);
      expect(running[0]).toMatch(/^Warning: wave \d+ "2033" began on 2033-06-18/);
      const ended = await create('2034', '2034-06-18', '2034-07-14', '2034-08-01');
      expect(ended).toEqual([
        expect.stringMatching(
          /last day of wave \d+ "2034", 2034-07-14, has passed\..*closed on all its days \(2034-06-18 – 2034-07-14\).*no answers at all/,
        ),
      ]);
    } finally {
      error.mockRestore();
      log.mockRestore();
      await store.close();
    }
  });
});
