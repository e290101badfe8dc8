import { readFile } from 'node:fs/promises';
import { dayOf } from '../../shared/answer-schema.ts';
import { SurveyPeriod } from '../../shared/kiosk-config-schema.ts';
import '../../shared/zod-locale.ts';
import { loadSurvey } from '../../shared/survey/load-survey.ts';
import { surveyVersion } from '../../shared/survey/survey-version.ts';
import { describeIssues } from '../../shared/zod-messages.ts';
import { cliActor, recordAudit } from '../auth/audit.ts';
import { ensureOfficeSurvey } from '../enrollment-configuration.ts';
import type { ServerStore } from '../store/server-store.ts';

/**
 * `period` and `survey`: what an office's kiosks receive on their next sync.
 * A survey is stored under its content version before it is assigned, so
 * answers to the previous version (still on a tablet) stay valid.
 */
export async function runOfficeCommand(
  command: string | undefined,
  officeName: string,
  values: { from?: string | undefined; to?: string | undefined; file?: string | undefined },
  store: ServerStore,
): Promise<number> {
  const office = officeName.trim();
  const current = await ensureOfficeSurvey(store, office, dayOf(new Date()));
  if (command === 'period') {
    if (values.from === undefined && values.to === undefined) {
      console.log(`"${office}" runs survey ${current.surveyId} (version ${current.surveyVersion})`);
      console.log(`from ${current.from} to ${current.to} (both days included).`);
      return 0;
    }
    const parsed = SurveyPeriod.safeParse({
      from: values.from ?? current.from,
      to: values.to ?? current.to,
    });
    if (!parsed.success) {
      console.error(`The period was not changed: ${describeIssues(parsed.error).join('; ')}`);
      return 1;
    }
    await store.setOfficeSurvey({ ...current, ...parsed.data });
    await recordAudit(store, cliActor(), 'period-set', { office, ...parsed.data });
    console.log(
      `"${office}" now runs from ${parsed.data.from} to ${parsed.data.to} (both days included).`,
    );
    console.log('Its kiosks take the new period on their next sync.');
    return 0;
  }
  if (command === 'survey' && values.file) {
    let survey: ReturnType<typeof loadSurvey>;
    try {
      survey = loadSurvey(JSON.parse(await readFile(values.file, 'utf8')));
    } catch (err) {
      console.error(`The survey was not changed. ${err instanceof Error ? err.message : err}`);
      return 1;
    }
    const version = await surveyVersion(survey);
    await store.addSurvey(survey.id, version, survey);
    await store.setOfficeSurvey({ ...current, surveyId: survey.id, surveyVersion: version });
    // A publication without the editor's question "still the same?": the wave comparison then
    // marks every question whose meaning changed as not comparable (comparable-questions.ts).
    if (survey.id === current.surveyId && version !== current.surveyVersion) {
      await store.addSurveyPublication({
        surveyId: survey.id,
        version,
        previousVersion: current.surveyVersion,
        from: current.from,
        to: current.to,
        sameQuestions: [],
      });
    }
    await recordAudit(store, cliActor(), 'survey-set', { office, survey: survey.id, version });
    console.log(`"${office}" now runs survey ${survey.id}, version ${version}.`);
    console.log('Its kiosks switch on their next sync, when nobody is answering.');
    return 0;
  }
  console.error('Use: period --office "…" [--from YYYY-MM-DD --to YYYY-MM-DD]');
  console.error('  or survey --office "…" --file survey.json');
  return 1;
}
