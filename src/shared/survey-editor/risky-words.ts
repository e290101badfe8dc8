/**
 * Words that suggest a question asks for something that identifies a person or a moment: a name,
 * a contact, the exact time, a staff member or the counter (issue 14, point 4). German and
 * English; a warning only, since "Wie freundlich waren unsere Mitarbeitenden?" is fine and
 * "Wie hieß Ihre Sachbearbeiterin?" is not, and only a person can tell them apart.
 */
const PATTERNS: readonly RegExp[] = [
  /\b(vor|nach|familien)?namen?s?\b/iu,
  /\bheißen\b|\bhieß\b|\bheißt\b/iu,
  /\b(telefon|handy|mobil)\w*/iu,
  /\be-?mail\w*/iu,
  /\b(ihre|deine) (adresse|anschrift)\b|\bwohnort\b|\bgeburts\w*/iu,
  /\bkontakt\w*/iu,
  /\buhrzeit\b|\bum wie viel uhr\b|\bwann genau\b/iu,
  /\bsachbearbeiter\w*/iu,
  /\b(welche[rsmn]?|wer) (mitarbeiter|kolleg|beschäftigt)\w*/iu,
  /\b(schalter|platz|zimmer)nummer\b|\ban welchem (schalter|platz)\b/iu,
  /\bname\b|\bphone\b|\byour address\b|\bcontact\b|\bdate of birth\b/iu,
  /\bwhat time\b|\btime of day\b|\bexact time\b/iu,
  /\bstaff member\b|\bwhich (employee|clerk|officer)\b|\bclerk\b/iu,
  /\bcounter number\b|\bdesk number\b|\bwhich (counter|desk)\b/iu,
];

/** The risky words in `text`, as written there. */
export function riskyWordsIn(text: string): string[] {
  const found: string[] = [];
  for (const pattern of PATTERNS) {
    const match = pattern.exec(text);
    if (match) found.push(match[0]);
  }
  return found;
}
