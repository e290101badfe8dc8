import { type AnswerSet, dayOf } from '../../shared/answer-schema.ts';
import { hexOf } from '../../shared/short-hash.ts';
import { validateAnswers } from '../../shared/survey/flow.ts';
import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import type { ServerStore } from '../store/server-store.ts';
import type { StoredEnvelope, UrnOpening } from '../store/urn-store.ts';
import { openEnvelope } from './open-envelope.ts';
import { rebuildWaveKey } from './rebuild-key.ts';
import { ShareError } from './share-problems.ts';
import { UrnError } from './urn-problems.ts';

/** Envelopes decrypted concurrently. */
const OPEN_AT_ONCE = 32;

/** What an opening did: its record, and whether the freed pages already left the file. */
export interface UrnOpened {
  opening: UrnOpening;
  compacted: boolean;
}

/**
 * The opening of a sealed wave's urn (Urnenöffnung). Every refusal comes before anything is
 * written: the wave must exist, be sealed, have ended (today later than its last day) and not
 * have been opened; the shares must rebuild its key (rebuild-key.ts). Then, in memory only,
 * every envelope is decrypted and validated against its survey version; the store writes the
 * valid sets in random order, deletes the envelopes and writes the record in one transaction, so
 * a crash midway leaves the urn sealed. The key is never written anywhere.
 *
 * Envelopes with the same `enc` (HPKE's fresh per-set key) are copies of one sealing: the group
 * yields at most one set and its other members count as duplicates; a group of which no member
 * opens counts once as invalid. So received = valid + invalid + duplicates.
 * @throws UrnError naming the first reason the urn stays closed.
 */
export async function openUrn(
  store: ServerStore,
  waveId: number,
  shareTexts: readonly string[],
  now: Date,
): Promise<UrnOpened> {
  const wave = (await store.listWaves()).find((w) => w.id === waveId);
  if (!wave) throw new UrnError({ code: 'wave-unknown', waveId });
  const key = await store.getWaveKey(waveId);
  if (!wave.sealed || !key) throw new UrnError({ code: 'wave-not-sealed', waveId });
  if (dayOf(now) <= wave.to)
    throw new UrnError({ code: 'wave-not-ended', waveId, lastDay: wave.to });
  const before = await store.findUrnOpening(waveId);
  if (before) throw new UrnError({ code: 'urn-opened', waveId, openedAt: before.openedAt });
  // An urn destroyed on schedule would open empty, and its record would claim 0 envelopes.
  const schedule = (await store.listWaveSchedules()).find((w) => w.waveId === waveId);
  if (schedule?.setsDeletedOn) {
    throw new UrnError({ code: 'urn-destroyed', waveId, on: schedule.setsDeletedOn });
  }

  const rebuilt = await rebuildWaveKey(shareTexts, {
    id: waveId,
    fingerprint: key.fingerprint,
    threshold: key.threshold,
  }).catch((err: unknown) => {
    throw err instanceof ShareError ? new UrnError(err.problem) : err;
  });

  const envelopes = await store.listEnvelopes(waveId);
  const surveys = surveyLookup(store);
  const groups = new Map<string, StoredEnvelope[]>();
  for (const e of envelopes) {
    const copies = groups.get(e.enc);
    if (copies) copies.push(e);
    else groups.set(e.enc, [e]);
  }
  const openGroup = async (copies: StoredEnvelope[]) => {
    for (const envelope of copies) {
      const set = await openValid(envelope, waveId, key.fingerprint, rebuilt.privateKey, surveys);
      if (set) return set;
    }
    return undefined;
  };
  // A few at a time: WebCrypto's ECDH runs on libuv's thread pool, so the cores share the work.
  const sets: AnswerSet[] = [];
  const all = [...groups.values()];
  for (let i = 0; i < all.length; i += OPEN_AT_ONCE) {
    const opened = await Promise.all(all.slice(i, i + OPEN_AT_ONCE).map(openGroup));
    for (const set of opened) if (set) sets.push(set);
  }
  const opening: UrnOpening = {
    waveId,
    openedAt: now.toISOString(),
    holders: [...rebuilt.holders]
      .sort((a, b) => a - b)
      .map((number) => ({ number, label: key.holders[number - 1] ?? `Anteil ${number}` })),
    received: envelopes.length,
    valid: sets.length,
    invalid: groups.size - sets.length,
    duplicates: envelopes.length - groups.size,
    ciphertextSha256: await ciphertextSha256(envelopes),
  };
  const outcome = await store.commitUrnOpening(opening, shuffled(sets));
  if (outcome.kind === 'already-opened') {
    const openedAt = (await store.findUrnOpening(waveId))?.openedAt ?? opening.openedAt;
    throw new UrnError({ code: 'urn-opened', waveId, openedAt });
  }
  if (outcome.kind === 'urn-changed') throw new UrnError({ code: 'urn-changed', waveId });
  return { opening, compacted: outcome.compacted };
}

/**
 * The record's hash, for anyone holding a copy of the database from before the opening: the
 * lowercase hex SHA-256 of the UTF-8 text made of one line `enc.ct` per envelope of the wave
 * (both base64url, as stored in the envelopes table), the lines sorted by code point (byte order,
 * as `sort` does with LC_ALL=C) and joined by "\n" without a final newline. An empty urn hashes
 * the empty text. docs/urn-ceremony.en.md shows the sqlite3 command that recomputes it.
 */
export async function ciphertextSha256(
  envelopes: readonly Pick<StoredEnvelope, 'enc' | 'ct'>[],
): Promise<string> {
  const lines = envelopes.map((e) => `${e.enc}.${e.ct}`).sort();
  const text = new TextEncoder().encode(lines.join('\n'));
  return hexOf(new Uint8Array(await crypto.subtle.digest('SHA-256', text)));
}

type SurveyLookup = (surveyId: string, version: string) => Promise<SurveyDefinition | undefined>;

function surveyLookup(store: ServerStore): SurveyLookup {
  const known = new Map<string, Promise<SurveyDefinition | undefined>>();
  return (surveyId, version) => {
    const id = `${surveyId}\n${version}`;
    let survey = known.get(id);
    if (!survey) {
      survey = store.findSurvey(surveyId, version);
      known.set(id, survey);
    }
    return survey;
  };
}

/** The envelope's answer set when it opens and fits its survey version; undefined otherwise. */
async function openValid(
  e: StoredEnvelope,
  wave: number,
  fingerprint: string,
  privateKey: CryptoKey,
  surveys: SurveyLookup,
): Promise<AnswerSet | undefined> {
  const set = await openEnvelope({ ...e, wave, fingerprint }, privateKey);
  if (!set) return undefined;
  const survey = await surveys(set.surveyId, set.surveyVersion);
  if (!survey || validateAnswers(survey, set.answers).length > 0) return undefined;
  // The server's own flag (too many sets from one kiosk on one day) joins the kiosk's.
  return e.flagged ? { ...set, flagged: true } : set;
}

/** Fisher–Yates with the system's random numbers: the stored order tells nothing. */
function shuffled<T>(items: T[]): T[] {
  const random = crypto.getRandomValues(new Uint32Array(items.length));
  for (let i = items.length - 1; i > 0; i--) {
    const j = (random[i] ?? 0) % (i + 1);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
