import { describe, expect, it } from 'vitest';
import {
  ENROLL_PROBLEMS,
  type EnrollProblem,
  readEnrollProblem,
  readSyncProblem,
  SYNC_PROBLEMS,
  type SyncProblem,
} from '../../src/shared/problems.ts';
import { syncOutcome } from '../../src/staff/actions.ts';
import { enrollProblemText, syncProblemText } from '../../src/staff/problem-texts.ts';
import { type StaffLang, staffTexts } from '../../src/staff/staff-texts.ts';
import type { SyncSummary } from '../../src/sync/index.ts';

const LANGS: StaffLang[] = ['de', 'en'];

/** One problem of each code: a code missing here fails to compile, and SYNC_PROBLEMS lists them all at run time. */
const SYNC: { [C in SyncProblem['code']]: Extract<SyncProblem, { code: C }> } = {
  unauthorized: { code: 'unauthorized' },
  notProvisioned: { code: 'notProvisioned' },
  offline: { code: 'offline' },
  serverBusy: { code: 'serverBusy', status: 503 },
  held: { code: 'held', count: 12, status: 422, reason: 'survey "x" does not know version ff' },
  badEndpoint: { code: 'badEndpoint', endpoint: 'htp:/x' },
};
/** The facts each code carries, which its sentence must show. */
const FACTS: Record<SyncProblem['code'], string[]> = {
  unauthorized: [],
  notProvisioned: [],
  offline: [],
  serverBusy: ['HTTP 503'],
  held: ['12', 'HTTP 422', 'survey "x" does not know version ff'],
  badEndpoint: ['htp:/x'],
};

describe('sync problems in the staff panel’s language', () => {
  it('has a sentence for every code of the schema, in German and English, with its facts', () => {
    expect(Object.keys(SYNC).sort()).toEqual(Object.keys(SYNC_PROBLEMS).sort());
    for (const problem of Object.values(SYNC)) {
      expect(readSyncProblem(problem), problem.code).toEqual(problem);
      const [de, en] = LANGS.map((lang) => syncProblemText(problem, lang));
      for (const text of [de, en]) {
        expect(text, problem.code).toMatch(/^[A-Z].{20,}/s);
        expect(text, problem.code).not.toMatch(/undefined|\{|\}/);
        for (const fact of FACTS[problem.code]) expect(text, problem.code).toContain(fact);
      }
      expect(en, problem.code).not.toBe(de);
    }
  });

  it('keeps the sentences staff already know', () => {
    expect(syncProblemText({ code: 'unauthorized' }, 'de')).toBe(
      'Dieses Gerät ist beim Server nicht (mehr) angemeldet. Bitte die IT bitten, es neu einzurichten.',
    );
    expect(syncProblemText({ code: 'offline' }, 'en')).toBe(
      'The server cannot be reached right now. The answers stay safe on this device and will be sent later.',
    );
  });

  it('words a refused batch around the server’s own reason, or without one', () => {
    expect(syncProblemText(SYNC.held, 'de')).toBe(
      'Der Server hat 12 Antworten nicht angenommen (HTTP 422). Sie bleiben auf dem Gerät; bitte die IT informieren. Begründung des Servers: „survey "x" does not know version ff“',
    );
    expect(syncProblemText({ code: 'held', count: 1, status: 413 }, 'de')).toBe(
      'Der Server hat eine Antwort nicht angenommen (HTTP 413). Sie bleibt auf dem Gerät; bitte die IT informieren.',
    );
    expect(syncProblemText({ code: 'held', count: 1, status: 413 }, 'en')).toBe(
      'The server did not accept one answer (HTTP 413). It stays on this device; please tell IT.',
    );
  });
});

describe('enrollment problems in the staff panel’s language', () => {
  it('has a sentence for every code, in German and English', () => {
    for (const code of Object.keys(ENROLL_PROBLEMS) as EnrollProblem['code'][]) {
      expect(readEnrollProblem({ code })).toEqual({ code });
      const [de, en] = LANGS.map((lang) => enrollProblemText({ code }, lang));
      expect(de, code).toMatch(/^Dies|^Der|^Das/);
      expect(en, code).toMatch(/^Th/);
      expect(en, code).not.toBe(de);
    }
    expect(enrollProblemText({ code: 'used' }, 'en')).toBe(
      'This provisioning link was already used. Each link works once; please ask IT for a new one.',
    );
  });
});

describe('a problem stored by another version', () => {
  const older = 'Der Server ist gerade nicht erreichbar. (Eine Meldung einer älteren Version.)';

  it('shows an older version’s sentence as it is, in either language', () => {
    const read = readSyncProblem(older);
    const enroll = readEnrollProblem(older);
    expect(read).toEqual({ code: 'unknown', text: older });
    expect(enroll).toEqual({ code: 'unknown', text: older });
    for (const lang of LANGS) {
      expect(read && syncProblemText(read, lang)).toBe(older);
      expect(enroll && enrollProblemText(enroll, lang)).toBe(older);
    }
  });

  it('reads nothing, null and the older empty sentence as no problem', () => {
    for (const stored of [undefined, null, '']) {
      expect(readSyncProblem(stored)).toBeUndefined();
      expect(readEnrollProblem(stored)).toBeUndefined();
    }
  });

  it('reads a code it does not know (or a broken one) as a problem it cannot describe', () => {
    const odd = [
      { code: 'fromTheFuture' },
      { code: 'held', status: 422 },
      { code: 'toString' },
      42,
    ];
    for (const stored of odd) {
      const read = readSyncProblem(stored);
      expect(read).toEqual({ code: 'unknown' });
      if (!read) continue;
      expect(syncProblemText(read, 'de')).toMatch(/App-Version nicht beschreiben/);
      expect(syncProblemText(read, 'en')).toMatch(/app version cannot describe/);
    }
    expect(readSyncProblem(SYNC.held)).toEqual(SYNC.held);
    expect(readEnrollProblem({ code: 'unauthorized' })).toEqual({ code: 'unknown' });
  });
});

describe('"Send now" outcome', () => {
  const round = (extra: Partial<SyncSummary>): SyncSummary => ({
    outcome: 'done',
    sentBatches: 0,
    acknowledged: 0,
    duplicates: 0,
    held: 0,
    ...extra,
  });

  it('says what was sent, and what was held, in the panel’s language', () => {
    const held = round({ acknowledged: 3, sentBatches: 1, held: 1, problem: SYNC.held });
    expect(syncOutcome(held, staffTexts('en'), 'en')).toBe(
      `Sent: 3 answers. The server confirmed them. ${syncProblemText(SYNC.held, 'en')}`,
    );
    expect(syncOutcome(round({ acknowledged: 3 }), staffTexts('de'), 'de')).toBe(
      'Gesendet: 3 Antworten. Der Server hat sie bestätigt.',
    );
  });

  it('says why sending failed, from the round’s own problem', () => {
    const refused = round({ outcome: 'unauthorized', problem: { code: 'unauthorized' } });
    expect(syncOutcome(refused, staffTexts('de'), 'de')).toBe(
      'Senden hat nicht geklappt. Dieses Gerät ist beim Server nicht (mehr) angemeldet. Bitte die IT bitten, es neu einzurichten.',
    );
    const busy = round({ outcome: 'retry-later', problem: { code: 'serverBusy', status: 503 } });
    expect(syncOutcome(busy, staffTexts('en'), 'en')).toBe(
      'Sending did not work. The server reported a problem (HTTP 503). The answers stay safe on this device and will be sent later.',
    );
    expect(syncOutcome(round({ outcome: 'stopped' }), staffTexts('en'), 'en')).toBe(
      staffTexts('en').syncError,
    );
  });
});
