/**
 * Why a share or a set of shares is refused, as data (code and parameters, STYLE 13); the
 * sentence is made where it is shown. ShareError carries both, so the CLI can print the message
 * and a page can render its own words from `problem`.
 */
export type ShareProblem =
  | { code: 'share-length'; symbols: number; expected: number }
  | { code: 'share-symbol'; char: string }
  | { code: 'share-line-check'; line: number }
  | { code: 'share-checksum' }
  | { code: 'share-version'; version: number }
  | { code: 'share-wave'; waveId: number; expected: number }
  | { code: 'share-key'; fingerprint: string; expected: string }
  | { code: 'shares-too-few'; given: number; needed: number }
  | { code: 'share-twice'; holder: number }
  | { code: 'shares-wrong-key'; waveId: number };

/** One English sentence for the CLI (the opening page will say it in German first). */
export function describeShareProblem(p: ShareProblem): string {
  switch (p.code) {
    case 'share-length':
      return `The share has ${p.symbols} characters, but a complete share has ${p.expected}: check that no line is missing or typed twice.`;
    case 'share-symbol':
      return `The share contains "${p.char}", which is not one of its characters (digits and capital letters without I, L, O, U; check characters also * ~ $ = U).`;
    case 'share-line-check':
      return `Line ${p.line} of the share has a typing error (its check character does not match): compare it with the sheet.`;
    case 'share-checksum':
      return 'The lines of the share do not belong together (its checksum does not match): check their order and each character.';
    case 'share-version':
      return `This is not a share Urne can read (format ${p.version}).`;
    case 'share-wave':
      return `This share belongs to wave ${p.waveId}, not to wave ${p.expected}.`;
    case 'share-key':
      return `This share belongs to another key (fingerprint ${p.fingerprint}) than the wave's (${p.expected}).`;
    case 'shares-too-few':
      return `${p.needed} different shares are needed to open the urn, but ${p.given} ${p.given === 1 ? 'was' : 'were'} given.`;
    case 'share-twice':
      return `Share number ${p.holder} was given twice; each holder's share counts once.`;
    case 'shares-wrong-key':
      return `The shares do not rebuild wave ${p.waveId}'s key (the fingerprints differ): at least one of them is wrong.`;
  }
}

export class ShareError extends Error {
  constructor(readonly problem: ShareProblem) {
    super(describeShareProblem(problem));
    this.name = 'ShareError';
  }
}
