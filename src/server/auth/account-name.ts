/**
 * The name an account logs in with, folded so that what staff type matches what IT entered:
 * spaces trimmed and runs of them made one, Unicode composed (an "ä" typed on a Mac is two code
 * points), and lower case by German rules. "Frau  Meier" and "frau meier" are one account.
 */
export function foldLogin(name: string): string {
  return name.normalize('NFC').trim().replaceAll(/\s+/g, ' ').toLocaleLowerCase('de-DE');
}
