import { describeShareProblem, type ShareProblem } from './share-problems.ts';
import { germanDateTime, germanDay } from './urn-format.ts';

/**
 * Why an opening is refused, as data (STYLE 13): a share problem, or one of the wave's state.
 * The CLI prints the English sentence, the opening page the German one.
 */
export type UrnProblem =
  | ShareProblem
  | { code: 'wave-unknown'; waveId: number }
  | { code: 'wave-not-sealed'; waveId: number }
  | { code: 'wave-not-ended'; waveId: number; lastDay: string }
  | { code: 'urn-opened'; waveId: number; openedAt: string }
  /** The deletion schedule destroyed the unopened urn (retention): nothing is left to open. */
  | { code: 'urn-destroyed'; waveId: number; on: string }
  | { code: 'urn-changed'; waveId: number };

export class UrnError extends Error {
  constructor(readonly problem: UrnProblem) {
    super(describeUrnProblem(problem));
    this.name = 'UrnError';
  }
}

export function describeUrnProblem(p: UrnProblem): string {
  switch (p.code) {
    case 'wave-unknown':
      return `There is no wave with the id ${p.waveId} (see: npm run evaluator -- wave list).`;
    case 'wave-not-sealed':
      return `Wave ${p.waveId} has no sealed urn (it is an open wave, or its key ceremony was not held).`;
    case 'wave-not-ended':
      return `Wave ${p.waveId} runs until ${p.lastDay}; its urn can be opened from the day after.`;
    case 'urn-opened':
      return `The urn of wave ${p.waveId} was already opened (${p.openedAt}); it is opened once.`;
    case 'urn-destroyed':
      return `The urn of wave ${p.waveId} was destroyed unopened on ${p.on} (deletion schedule); there is nothing left to open.`;
    case 'urn-changed':
      return `Envelopes of wave ${p.waveId} arrived while the urn was being opened; nothing was changed, open it again.`;
    default:
      return describeShareProblem(p);
  }
}

/** The same sentences in German, for the opening page (whose readers are the holders). */
export function describeUrnProblemGerman(p: UrnProblem): string {
  switch (p.code) {
    case 'wave-unknown':
      return `Es gibt keine Befragungswelle mit der Nummer ${p.waveId}.`;
    case 'wave-not-sealed':
      return `Welle ${p.waveId} hat keine verschlossene Urne (offene Welle, oder die Schlüsselzeremonie fand nicht statt).`;
    case 'wave-not-ended':
      return `Welle ${p.waveId} läuft bis zum ${germanDay(p.lastDay)}; ihre Urne kann erst ab dem Tag danach geöffnet werden.`;
    case 'urn-opened':
      return `Die Urne von Welle ${p.waveId} wurde bereits geöffnet (am ${germanDateTime(p.openedAt)}); sie wird nur einmal geöffnet.`;
    case 'urn-destroyed':
      return `Die Urne von Welle ${p.waveId} wurde am ${germanDay(p.on)} ungeöffnet vernichtet (Löschfrist abgelaufen); es gibt nichts mehr zu öffnen.`;
    case 'urn-changed':
      return `Während der Öffnung kamen weitere Umschläge für Welle ${p.waveId} an; nichts wurde verändert, bitte noch einmal öffnen.`;
    case 'share-length':
      return `Der Anteil hat ${p.symbols} Zeichen, ein vollständiger hat ${p.expected}: Fehlt eine Zeile, oder wurde eine doppelt eingegeben?`;
    case 'share-symbol':
      return `Der Anteil enthält „${p.char}“, das in Anteilen nicht vorkommt (Ziffern und Großbuchstaben ohne I, L, O, U).`;
    case 'share-line-check':
      return `Zeile ${p.line} des Anteils enthält einen Tippfehler (das Prüfzeichen passt nicht): bitte mit dem Blatt vergleichen.`;
    case 'share-checksum':
      return 'Die Zeilen des Anteils gehören nicht zusammen (die Prüfsumme passt nicht): bitte Reihenfolge und Zeichen prüfen.';
    case 'share-version':
      return `Diesen Anteil kann Urne nicht lesen (Format ${p.version}).`;
    case 'share-wave':
      return `Dieser Anteil gehört zu Welle ${p.waveId}, nicht zu Welle ${p.expected}.`;
    case 'share-key':
      return `Dieser Anteil gehört zu einem anderen Schlüssel (Fingerabdruck ${p.fingerprint}) als dem der Welle (${p.expected}).`;
    case 'shares-too-few':
      return `Zum Öffnen braucht es ${p.needed} verschiedene Anteile, eingegeben ${p.given === 1 ? 'wurde' : 'wurden'} ${p.given}.`;
    case 'share-twice':
      return `Anteil Nummer ${p.holder} wurde doppelt eingegeben; jeder Anteil zählt einmal.`;
    case 'shares-wrong-key':
      return `Die Anteile ergeben nicht den Schlüssel von Welle ${p.waveId} (der Fingerabdruck weicht ab): mindestens einer ist falsch.`;
  }
}
