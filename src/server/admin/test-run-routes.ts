import type { Context, Hono } from 'hono';
import { buergerbueroSurvey } from '../../shared/survey/buergerbuero-survey.ts';
import { surveyVersion } from '../../shared/survey/survey-version.ts';
import { reviewSurvey } from '../../shared/survey-editor/review-survey.ts';
import {
  StartTestRequest,
  type TestRunView,
  testAnswersPath,
  testRunPath,
} from '../../shared/survey-editor/test-run-api.ts';
import { Identifier } from '../../shared/survey-schema.ts';
import { auditTime, recordAudit } from '../auth/audit.ts';
import { accountOf, requireLogin } from '../auth/sessions.ts';
import { ApiError } from '../http-error.ts';
import { limitBody, requireJson } from '../routes/guards.ts';
import type { ServerStore } from '../store/server-store.ts';
import { requireAdmin } from './require-admin.ts';

/** How many test answers the editor lists; the count covers all of them. */
const LISTED_ANSWERS = 10;

/**
 * Test runs of a draft (issue 14, point 5), admins only: run the current draft on one kiosk in
 * test mode, end it, see and delete the test answers. The kiosk learns of the test with its next
 * configuration (routes/kiosk-config.ts) and switches while it rests on its welcome screen.
 */
export function addTestRunRoutes(
  // biome-ignore lint/suspicious/noExplicitAny: any Hono env; the account is c.get('account').
  app: Hono<any>,
  store: ServerStore,
): void {
  // Its own guards, so it never depends on the order in which app.ts adds route groups.
  const admin = [requireLogin(store), requireAdmin] as const;

  async function view(surveyId: string): Promise<TestRunView> {
    const kiosks = await store.listKiosks();
    const officeOf = (id: number) => kiosks.find((k) => k.id === id)?.office ?? '';
    const sets = await store.listTestAnswerSets(surveyId);
    return {
      kiosks: kiosks.filter((k) => !k.revoked).map(({ id, office }) => ({ id, office })),
      runs: (await store.listKioskTests(surveyId)).map((t) => ({
        kioskId: t.kioskId,
        office: officeOf(t.kioskId),
        version: t.version,
        since: t.since,
        startedBy: t.startedBy,
      })),
      answers: {
        count: sets.length,
        latest: [...sets]
          .sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0))
          .slice(0, LISTED_ANSWERS)
          .map(({ day, office, answers }) => ({ day, office, answers })),
      },
    };
  }

  app.get(testRunPath(':id'), ...admin, async (c) => c.json(await view(surveyIdOf(c))));

  app.post(testRunPath(':id'), ...admin, requireJson, limitBody(1024), async (c) => {
    const surveyId = surveyIdOf(c);
    const parsed = StartTestRequest.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) {
      throw new ApiError(400, 'Bitte einen Kiosk für den Test auswählen.');
    }
    const kiosk = (await store.listKiosks()).find((k) => k.id === parsed.data.kiosk);
    if (!kiosk || kiosk.revoked) {
      throw new ApiError(404, `Es gibt keinen aktiven Kiosk Nr. ${parsed.data.kiosk}.`);
    }
    // What the editor shows: the saved draft, else the published version or the template.
    const draft = await store.findSurveyDraft(surveyId);
    const published = (await store.listLatestSurveys()).find((s) => s.id === surveyId);
    const template = surveyId === buergerbueroSurvey.id ? buergerbueroSurvey : undefined;
    const definition = draft?.definition ?? published ?? template;
    if (definition === undefined) {
      throw new ApiError(404, `Es gibt keine Befragung „${surveyId}“ und keinen Entwurf dafür.`);
    }
    const review = reviewSurvey(definition);
    const errors = review.findings.filter((f) => f.level === 'error');
    if (!review.survey || errors.length > 0) {
      throw new ApiError(
        400,
        'Der Entwurf hat noch Fehler und kann so nicht getestet werden.',
        errors.map((f) => (f.question ? `${f.question}: ${f.message}` : f.message)),
      );
    }
    const version = await surveyVersion(review.survey);
    const test = {
      kioskId: kiosk.id,
      surveyId,
      version,
      since: auditTime(),
      startedBy: accountOf(c).name,
    };
    await store.startKioskTest(test, review.survey);
    await recordAudit(store, test.startedBy, 'survey-test-start', {
      survey: surveyId,
      version,
      kiosk: kiosk.id,
      office: kiosk.office,
    });
    return c.json(await view(surveyId), 201);
  });

  app.delete(`${testRunPath(':id')}/:kiosk`, ...admin, async (c) => {
    const surveyId = surveyIdOf(c);
    const kioskId = Number(c.req.param('kiosk'));
    const running = Number.isInteger(kioskId) ? await store.findKioskTest(kioskId) : undefined;
    if (!running || running.surveyId !== surveyId) {
      throw new ApiError(404, 'Auf diesem Kiosk läuft kein Test dieser Befragung.');
    }
    await store.endKioskTest(kioskId);
    await recordAudit(store, accountOf(c).name, 'survey-test-end', {
      survey: surveyId,
      version: running.version,
      kiosk: kioskId,
    });
    return c.json(await view(surveyId));
  });

  app.delete(testAnswersPath(':id'), ...admin, async (c) => {
    const surveyId = surveyIdOf(c);
    const deleted = await store.deleteTestAnswerSets(surveyId);
    await recordAudit(store, accountOf(c).name, 'survey-test-delete', {
      survey: surveyId,
      count: deleted,
    });
    return c.json({ deleted, ...(await view(surveyId)) });
  });
}

function surveyIdOf(c: Context): string {
  const id = c.req.param('id') ?? '';
  if (!Identifier.safeParse(id).success) {
    throw new ApiError(
      400,
      'Die Kennung einer Befragung besteht aus Kleinbuchstaben, Ziffern und _.',
    );
  }
  return id;
}
