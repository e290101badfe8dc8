/**
 * German text as a file-name part: lower case, umlauts spelled out (ä → ae), other accents
 * dropped, anything else a hyphen. "Bürgerbüro Lünen" → "buergerbuero-luenen"; '' when nothing
 * is left. Safe on a USB stick and in any file system.
 */
export function asciiSlug(text: string): string {
  return text
    .toLocaleLowerCase('de')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
