import type { Context, Hono } from 'hono';
import { buergerbueroSurvey } from '../../shared/survey/buergerbuero-survey.ts';
import { surveyVersion } from '../../shared/survey/survey-version.ts';
import {
  type DraftView,
  PublishRequest,
  type PublishResult,
  SURVEYS_ADMIN_PATH,
} from '../../shared/survey-editor/editor-api.ts';
import { reviewSurvey } from '../../shared/survey-editor/review-survey.ts';
import { diffVersions } from '../../shared/survey-editor/version-diff.ts';
import { Identifier } from '../../shared/survey-schema.ts';
import { describeIssues } from '../../shared/zod-messages.ts';
import { auditTime, recordAudit } from '../auth/audit.ts';
import { accountOf, requireLogin } from '../auth/sessions.ts';
import { ApiError } from '../http-error.ts';
import { limitBody, requireJson } from '../routes/guards.ts';
import type { ServerStore } from '../store/server-store.ts';
import { requireAdmin } from './require-admin.ts';

/** A questionnaire is a few kilobytes in eight languages; this leaves room and stops abuse. */
const DRAFT_LIMIT = 256 * 1024;

/**
 * The questionnaire editor's API (issue 14), admins only: read a draft (or start one from the
 * published version or the template), save it, discard it, publish it. Every answer carries the
 * editor's review (review-survey.ts) and the changes against the published version, so the page
 * and the server judge a draft by the same rules.
 */
export function addSurveyAdminRoutes(
  // biome-ignore lint/suspicious/noExplicitAny: any Hono env; the account is c.get('account').
  app: Hono<any>,
  store: ServerStore,
): void {
  app.use(`${SURVEYS_ADMIN_PATH}/*`, requireLogin(store), requireAdmin);
  app.use(SURVEYS_ADMIN_PATH, requireLogin(store), requireAdmin);

  const published = async (surveyId: string) =>
    (await store.listLatestSurveys()).find((s) => s.id === surveyId);

  async function view(surveyId: string): Promise<DraftView> {
    const draft = await store.findSurveyDraft(surveyId);
    const current = await published(surveyId);
    const template = surveyId === buergerbueroSurvey.id ? buergerbueroSurvey : undefined;
    const definition = draft?.definition ?? current ?? template;
    if (definition === undefined) {
      throw new ApiError(404, `Es gibt keine Befragung „${surveyId}“ und keinen Entwurf dafür.`);
    }
    const review = reviewSurvey(definition);
    const ok = review.survey && !review.findings.some((f) => f.level === 'error');
    return {
      surveyId,
      definition,
      source: draft ? 'draft' : current ? 'published' : 'template',
      ...(draft ? { savedBy: draft.savedBy, savedAt: draft.savedAt } : {}),
      findings: review.findings,
      languages: review.languages,
      seconds: review.seconds,
      changes: review.survey ? diffVersions(current, review.survey) : [],
      publishedOptions: Object.fromEntries(
        (current?.questions ?? []).map((q) => [
          q.id,
          'options' in q ? q.options.map((o) => o.id) : [],
        ]),
      ),
      ...(ok && review.survey ? { version: await surveyVersion(review.survey) } : {}),
    };
  }

  app.get(SURVEYS_ADMIN_PATH, async (c) => {
    const drafts = new Map((await store.listSurveyDrafts()).map((d) => [d.surveyId, d]));
    const surveys = (await store.listLatestSurveys()).map((s) => ({
      id: s.id,
      title: s.title.de,
      draft: drafts.has(s.id),
    }));
    for (const d of drafts.values()) {
      if (!surveys.some((s) => s.id === d.surveyId)) {
        surveys.push({ id: d.surveyId, title: d.surveyId, draft: true });
      }
    }
    return c.json({ surveys });
  });

  app.get(`${SURVEYS_ADMIN_PATH}/:id/draft`, async (c) => c.json(await view(surveyIdOf(c))));

  app.put(`${SURVEYS_ADMIN_PATH}/:id/draft`, requireJson, limitBody(DRAFT_LIMIT), async (c) => {
    const surveyId = surveyIdOf(c);
    const definition = await c.req.json().catch(() => {
      throw new ApiError(400, 'Der Entwurf ist kein gültiges JSON.');
    });
    const id = (definition as { id?: unknown } | null)?.id;
    if (id !== surveyId) {
      throw new ApiError(400, `Die Kennung im Entwurf („${String(id)}“) muss „${surveyId}“ sein.`);
    }
    await store.saveSurveyDraft({
      surveyId,
      definition,
      savedBy: accountOf(c).name,
      savedAt: auditTime(),
    });
    return c.json(await view(surveyId));
  });

  app.delete(`${SURVEYS_ADMIN_PATH}/:id/draft`, async (c) => {
    if (!(await store.removeSurveyDraft(surveyIdOf(c)))) {
      throw new ApiError(404, 'Es gibt keinen Entwurf dafür.');
    }
    return c.body(null, 204);
  });

  app.post(`${SURVEYS_ADMIN_PATH}/:id/publish`, requireJson, limitBody(16 * 1024), async (c) => {
    const surveyId = surveyIdOf(c);
    const parsed = PublishRequest.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) {
      throw new ApiError(400, 'Die Angaben zum Veröffentlichen sind unvollständig.', [
        ...describeIssues(parsed.error),
      ]);
    }
    const request = parsed.data;
    if (request.from > request.to) {
      throw new ApiError(400, 'Der erste Tag liegt nach dem letzten.');
    }
    const draft = await store.findSurveyDraft(surveyId);
    if (!draft) throw new ApiError(404, 'Es gibt keinen Entwurf zum Veröffentlichen.');
    const review = reviewSurvey(draft.definition);
    const errors = review.findings.filter((f) => f.level === 'error');
    if (!review.survey || errors.length > 0) {
      throw new ApiError(
        400,
        'Der Entwurf hat noch Fehler und kann nicht veröffentlicht werden.',
        errors.map((f) => (f.question ? `${f.question}: ${f.message}` : f.message)),
      );
    }
    const survey = review.survey;
    const confirmed = new Set(request.sameQuestions ?? []);
    const previous = await published(surveyId);
    const changes = diffVersions(previous, survey);
    const unconfirmed = changes.filter((ch) => ch.meaningMayDiffer && !confirmed.has(ch.id));
    if (unconfirmed.length > 0) {
      throw new ApiError(
        400,
        'Bei geänderten Fragen bitte bestätigen, ob es noch dieselbe Frage ist (sonst eine neue Kennung vergeben).',
        unconfirmed.map((ch) => `${ch.id}: ${ch.details.join('; ')}`),
      );
    }
    const version = await surveyVersion(survey);
    await store.addSurvey(surveyId, version, survey);
    // The decision itself, not only its trace in the audit trail: the wave comparison reads it
    // (comparable-questions.ts). Only questions that did change are kept.
    await store.addSurveyPublication({
      surveyId,
      version,
      previousVersion: previous ? await surveyVersion(previous) : null,
      from: request.from,
      to: request.to,
      sameQuestions: changes.filter((ch) => ch.meaningMayDiffer).map((ch) => ch.id),
    });
    for (const office of new Set(request.offices)) {
      await store.setOfficeSurvey({
        office,
        surveyId,
        surveyVersion: version,
        from: request.from,
        to: request.to,
      });
    }
    await store.removeSurveyDraft(surveyId);
    const result: PublishResult = {
      surveyId,
      version,
      offices: [...new Set(request.offices)],
      from: request.from,
      to: request.to,
    };
    await recordAudit(store, accountOf(c).name, 'survey-set', {
      ...result,
      ...(confirmed.size > 0 ? { sameQuestions: [...confirmed] } : {}),
    });
    return c.json(result, 201);
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
