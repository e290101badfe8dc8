import { LANGUAGES, type Language, type LocalizedText } from '../localized-text.ts';
import { loadSurvey, SurveyDefinitionError } from '../survey/load-survey.ts';
import { type Question, SCALE_VALUES, type SurveyDefinition } from '../survey-schema.ts';
import { AIM_SECONDS, estimateSeconds } from './estimate-time.ts';
import { riskyWordsIn } from './risky-words.ts';

/** One thing the editor shows beside a question (or the whole survey, without `question`). */
export interface Finding {
  level: 'error' | 'warning';
  question?: string;
  message: string;
}

export interface SurveyReview {
  /** The survey, once it passes the kiosk's own checks (loadSurvey); undefined before. */
  survey?: SurveyDefinition;
  /** Errors keep a survey from being published; warnings are for the admin to weigh. */
  findings: Finding[];
  /** Per language other than German: complete, or the number of texts it lacks. */
  languages: { language: Language; missing: number }[];
  /** About how long answering everything takes, in seconds (estimate-time.ts). */
  seconds: number;
}

/** At most this many questions: a visitor on the way out answers a short survey, not a long one. */
export const MAX_QUESTIONS = 15;
/** More options than this are hard to take in standing at a tablet. */
export const MANY_OPTIONS = 8;
export { AIM_SECONDS };

/**
 * Official terms that keep their German name in brackets in every other language, so a visitor
 * with little German recognises the document the office uses (issue "kiosk polish", point 7).
 */
export const OFFICIAL_TERMS = [
  'Personalausweis',
  'Reisepass',
  'Kinderreisepass',
  'Meldebescheinigung',
  'Führungszeugnis',
  'Aufenthaltstitel',
  'Führerschein',
];

/**
 * The editor's rules (issue 14, point 4), beside the kiosk's own checks: what would break the
 * kiosk is an error (from loadSurvey, the same messages as `npm run kiosk -- survey`); what could
 * hurt a citizen's anonymity or patience is a warning, or an error where the issue says "must".
 */
export function reviewSurvey(input: unknown): SurveyReview {
  let survey: SurveyDefinition;
  try {
    survey = loadSurvey(input);
  } catch (err) {
    if (!(err instanceof SurveyDefinitionError)) throw err;
    const findings = err.problems.map((message): Finding => ({ level: 'error', message }));
    return { findings, languages: [], seconds: 0 };
  }
  const findings: Finding[] = [];
  if (survey.questions.length > MAX_QUESTIONS) {
    findings.push({
      level: 'error',
      message: `Höchstens ${MAX_QUESTIONS} Fragen: diese Befragung hat ${survey.questions.length}.`,
    });
  }
  for (const q of survey.questions) findings.push(...reviewQuestion(q));
  const seconds = estimateSeconds(survey);
  if (seconds > AIM_SECONDS) {
    findings.push({
      level: 'warning',
      message: `Das Ausfüllen dauert etwa ${Math.ceil(seconds / 5) * 5} Sekunden; gut ist etwa eine Minute.`,
    });
  }
  return { survey, findings, languages: languageCompleteness(survey), seconds };
}

function reviewQuestion(q: Question): Finding[] {
  const findings: Finding[] = [];
  const at = (level: Finding['level'], message: string) =>
    findings.push({ level, question: q.id, message });
  // A free text is optional by the schema, and the kiosk itself shows every free text the hint
  // not to enter names (textPrivacy, in each language): nothing for the admin to forget.
  if ('options' in q && q.options.length > MANY_OPTIONS) {
    at(
      'warning',
      `${q.options.length} Antworten sind viele; gut lesbar sind bis zu ${MANY_OPTIONS}.`,
    );
  }
  const texts = [q.title, ...answerTexts(q)];
  const words = new Set(texts.flatMap((t) => [...riskyWordsIn(t.de), ...riskyWordsIn(t.en ?? '')]));
  if (words.size > 0) {
    at(
      'warning',
      `„${[...words].join('“, „')}“: fragt diese Frage nach einer Person, einem Kontakt, einer Uhrzeit oder einem Schalter? Das würde die Anonymität gefährden.`,
    );
  }
  for (const t of texts) {
    for (const term of OFFICIAL_TERMS.filter((term) => t.de.includes(term))) {
      const without = Object.entries(t)
        .filter(([lang, text]) => !lang.startsWith('de') && !text.includes(`(${term})`))
        .map(([lang]) => lang);
      if (without.length > 0) {
        at(
          'warning',
          `„${term}“ sollte in ${without.join(', ')} in Klammern stehen: „… (${term})“.`,
        );
      }
    }
  }
  return findings;
}

/** Every text a citizen reads in the survey. */
function textsOf(survey: SurveyDefinition): LocalizedText[] {
  return [
    survey.title,
    ...survey.questions.flatMap((q) => [q.title, ...(q.hint ? [q.hint] : []), ...answerTexts(q)]),
  ];
}

/** A question's own answer texts: its options, or a scale's own labels (the standard ones are the kiosk's). */
function answerTexts(q: Question): LocalizedText[] {
  if ('options' in q) return q.options.map((o) => o.label);
  const own = q.type === 'scale' ? q.scaleLabels : undefined;
  return own ? SCALE_VALUES.map((v) => own[v]) : [];
}

/** Per language other than German, how many texts it lacks (they fall back to German). */
export function languageCompleteness(survey: SurveyDefinition) {
  const texts = textsOf(survey);
  return LANGUAGES.filter((l) => l !== 'de').map((language) => ({
    language,
    missing: texts.filter((t) => !t[language]?.trim()).length,
  }));
}
