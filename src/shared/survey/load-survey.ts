import { type SurveyDefinition, SurveyDefinition as SurveySchema } from '../survey-schema.ts';
import { describeIssues, formatPath } from '../zod-messages.ts';

/** A survey definition that cannot be used; `problems` name the question and the field. */
export class SurveyDefinitionError extends Error {
  constructor(readonly problems: string[]) {
    super(`The survey definition is invalid:\n- ${problems.join('\n- ')}`);
    this.name = 'SurveyDefinitionError';
  }
}

/**
 * Validates an untrusted survey definition (bundled or received from the
 * endpoint) and returns it typed. Beyond the schema it checks what a schema
 * cannot: unique ids, and that `showIf` points to an earlier question and to
 * values that question can have.
 *
 * @throws SurveyDefinitionError with messages like
 *   `question "waiting_time" (#3), field title.de: German text (de) must not be empty`
 */
export function loadSurvey(input: unknown): SurveyDefinition {
  const parsed = SurveySchema.safeParse(input);
  if (!parsed.success) {
    throw new SurveyDefinitionError(
      describeIssues(parsed.error, (path) => nameQuestionPath(input, path)),
    );
  }
  const problems = checkReferences(parsed.data);
  if (problems.length > 0) throw new SurveyDefinitionError(problems);
  return parsed.data;
}

function nameQuestionPath(input: unknown, path: PropertyKey[]): string {
  const [first, index, ...field] = path;
  if (first !== 'questions' || typeof index !== 'number') return formatPath(path);
  const raw = (input as { questions?: unknown[] }).questions?.[index] as
    | { id?: unknown }
    | undefined;
  const id = typeof raw?.id === 'string' ? `"${raw.id}" ` : '';
  const fieldName = field.length > 0 ? `, field ${formatPath(field)}` : '';
  return `question ${id}(#${index + 1})${fieldName}`;
}

function checkReferences(survey: SurveyDefinition): string[] {
  const problems: string[] = [];
  const seen = new Map<string, SurveyDefinition['questions'][number]>();
  survey.questions.forEach((q, i) => {
    const where = `question "${q.id}" (#${i + 1})`;
    if (seen.has(q.id)) problems.push(`${where}, field id: the id "${q.id}" is used twice`);
    if ('options' in q) {
      const ids = q.options.map((o) => o.id);
      const twice = ids.find((id, j) => ids.indexOf(id) !== j);
      if (twice) problems.push(`${where}, field options: the option id "${twice}" is used twice`);
    }
    if (q.showIf) {
      const target = seen.get(q.showIf.question);
      if (!target) {
        problems.push(
          `${where}, field showIf.question: "${q.showIf.question}" is not an earlier question`,
        );
      } else {
        const allowed = possibleValues(target);
        const unknown = q.showIf.anyOf.filter((v) => allowed && !allowed.includes(v));
        if (unknown.length > 0) {
          problems.push(
            `${where}, field showIf.anyOf: "${q.showIf.question}" has no answer ${unknown.map((v) => `"${v}"`).join(', ')}`,
          );
        }
      }
    }
    seen.set(q.id, q);
  });
  const overall = survey.overallQuestion;
  if (overall !== undefined) {
    const q = seen.get(overall);
    if (q?.type !== 'scale' || !q.required || q.showIf) {
      problems.push(
        `field overallQuestion: "${overall}" is no required scale question without showIf`,
      );
    }
  }
  return problems;
}

/** The values a question's answer can hold, or undefined for free text. */
export function possibleValues(q: SurveyDefinition['questions'][number]): string[] | undefined {
  switch (q.type) {
    case 'scale':
      return ['1', '2', '3', '4', '5'];
    case 'yesno':
      return ['yes', 'partly', 'no'];
    case 'single':
    case 'multi':
      return q.options.map((o) => o.id);
    case 'text':
      return undefined;
  }
}
