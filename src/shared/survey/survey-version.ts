import { shortSha256 } from '../short-hash.ts';
import type { SurveyDefinition } from '../survey-schema.ts';

/**
 * The survey's version: the first 16 hex digits of the SHA-256 of its
 * canonical JSON (keys sorted), so any change of wording, order or options
 * gives a new version and identical content always gives the same one, on the
 * tablet and on the server alike. Uses WebCrypto, which both have (the kiosk
 * runs in a secure context anyway, or its service worker could not run).
 */
export async function surveyVersion(survey: SurveyDefinition): Promise<string> {
  return shortSha256(new TextEncoder().encode(canonicalJson(survey)));
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
