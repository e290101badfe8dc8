import { describe, expect, it } from 'vitest';
import { answerSetFor } from '../../src/kiosk/answer-set.ts';
import { answerSetToStore } from '../../src/kiosk/seal-answer-set.ts';
import { withTest } from '../../src/kiosk/test-mode/test-mode.tsx';
import { generateWaveKeyPair } from '../../src/server/sealed/wave-key.ts';
import { AnswerSet } from '../../src/shared/answer-schema.ts';
import { toBase64Url } from '../../src/shared/sealed/envelope.ts';
import { keyFingerprint } from '../../src/shared/sealed/key-fingerprint.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { loadSurvey } from '../../src/shared/survey/load-survey.ts';
import { surveyVersion } from '../../src/shared/survey/survey-version.ts';
import { Batch } from '../../src/shared/wire-schema.ts';
import { groupIntoBatches } from '../../src/store/batches.ts';

// Test mode on the kiosk (issue 14, point 5): a test set is marked, never shares a batch with a
// real one, is never sealed, and a broken test leaves the kiosk on its published survey.
const survey = loadSurvey(buergerbueroSurvey);
const DAY = '2026-06-18';
const setOf = (test: boolean, improve: string) =>
  answerSetFor(
    { overall: 4, improve },
    {
      survey,
      surveyVersion: '0123456789abcdef',
      office: 'Bürgerbüro Lünen',
      now: new Date(`${DAY}T10:00:00`),
      test,
    },
  );

describe('kiosk test mode', () => {
  it('marks a test set, and only a test set, as the shared schema allows', () => {
    const test = setOf(true, 'a');
    expect(test.test).toBe(true);
    expect(AnswerSet.parse(test)).toEqual(test);
    expect('test' in setOf(false, 'b')).toBe(false);
  });

  it('never puts a test set and a real set of the same version into one batch', () => {
    const sets = [setOf(true, 't1'), setOf(false, 'r1'), setOf(true, 't2'), setOf(false, 'r2')];
    const batches = groupIntoBatches(sets, 200).map((b) =>
      Batch.parse(JSON.parse(JSON.stringify(b))),
    );
    expect(batches).toHaveLength(2);
    const test = batches.find((b) => !b.sealed && b.test);
    const real = batches.find((b) => !b.sealed && !b.test);
    expect(test?.answerSets.map((s) => (s as AnswerSet).answers.improve).sort()).toEqual([
      't1',
      't2',
    ]);
    expect(real?.answerSets.map((s) => (s as AnswerSet).answers.improve).sort()).toEqual([
      'r1',
      'r2',
    ]);
    expect(real && 'test' in JSON.parse(JSON.stringify(real))).toBe(false);
  });

  it('never seals a test set into a wave, even on its days with its key', async () => {
    const pair = await generateWaveKeyPair();
    const urn = {
      wave: 3,
      from: DAY,
      to: DAY,
      key: {
        fingerprint: await keyFingerprint(pair.publicKey),
        publicKey: toBase64Url(pair.publicKey),
      },
    };
    const test = setOf(true, 'x');
    expect(await answerSetToStore(test, urn)).toBe(test);
    expect('ct' in (await answerSetToStore(setOf(false, 'y'), urn))).toBe(true);
  });

  it('runs the tested draft with no period, and stays on the survey when the test is broken', async () => {
    const draft = structuredClone(buergerbueroSurvey);
    draft.questions = draft.questions.filter((q) => q.id !== 'improve');
    const version = await surveyVersion(loadSurvey(draft));
    const published = {
      survey,
      version: '0123456789abcdef',
      office: 'X',
      period: { from: DAY, to: DAY },
    };
    const run = await withTest(published, { survey: draft, surveyVersion: version, since: 'now' });
    expect(run).toMatchObject({ version, office: 'X', period: undefined });
    expect(run.test).toBeTypeOf('function');
    const broken = await withTest(published, {
      survey: draft,
      surveyVersion: 'ffffffffffffffff',
      since: 'now',
    });
    expect(broken).toBe(published);
  });
});
