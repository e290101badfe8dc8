/**
 * Free texts are shown as written, except what names a person or reaches one: the name after a
 * title ("Frau K.", "Herr Dr. Müller", "Mr Smith"), phone numbers and e-mail addresses become
 * "[Name]", "[Telefon]", "[E-Mail]" before a text leaves the server (page, report and export
 * alike). The staff council asked first about staff named in complaints.
 *
 * Patterns work on Unicode letters (\p{L}) so that Arabic, Turkish or Cyrillic text around them
 * is left as it was; a title is only recognised as a whole word followed by a capitalised name.
 */
const TITLE = String.raw`(?:Frau|Herrn?|Hr\.|Fr\.|Mrs?\.?|Ms\.?|Miss)`;
const ACADEMIC = String.raw`(?:(?:Dr|Prof)\.\s*)*`;
// A name: a capital letter, then letters, or an initial with a dot ("K."); hyphenated parts too.
const NAME = String.raw`\p{Lu}(?:[\p{Ll}\p{Lu}'’-]*\p{L}|\.)`;

const NAME_AFTER_TITLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${TITLE}\s+${ACADEMIC})${NAME}(?:\s+${NAME})?`,
  'gu',
);
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// 6+ digits with the usual separators, optionally starting with + or 0 and an area code in ( ).
const PHONE = /(?<![\p{L}\p{N}])(?:\+|00)?\(?\d[\d\s/().-]{4,}\d(?![\p{L}\p{N}])/gu;

const digits = (s: string) => s.replace(/\D/g, '').length;

/** The text with names after titles, e-mail addresses and phone numbers masked. */
export function maskText(text: string): string {
  return text
    .replace(EMAIL, '[E-Mail]')
    .replace(PHONE, (m) => (digits(m) >= 6 && !isDate(m) ? '[Telefon]' : m))
    .replace(NAME_AFTER_TITLE, (_m, title: string) => `${title}[Name]`);
}

// "12.03.2026" or "2026-03-12" are dates, not phone numbers.
const isDate = (s: string) => /^\d{1,2}\.\d{1,2}\.\d{2,4}$|^\d{4}-\d{2}-\d{2}$/.test(s.trim());
