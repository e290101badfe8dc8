import type { Finding } from '../shared/survey-editor/review-survey.ts';

/**
 * The question a finding concerns: the review names it, and the kiosk's own checks (loadSurvey,
 * the CLI's messages) start with `question "id"`, so those land beside their question too.
 */
export function questionOf(finding: Finding): string | undefined {
  return finding.question ?? /^question "([^"]+)"/.exec(finding.message)?.[1];
}

export function findingsFor(findings: Finding[], questionId: string): Finding[] {
  return findings.filter((f) => questionOf(f) === questionId);
}

/** What concerns the survey as a whole, or a question id the draft no longer has. */
export function surveyFindings(findings: Finding[], questionIds: string[]): Finding[] {
  return findings.filter((f) => {
    const q = questionOf(f);
    return q === undefined || !questionIds.includes(q);
  });
}
