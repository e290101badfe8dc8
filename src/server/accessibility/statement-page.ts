import { escapeHtml as esc, germanDay } from '../sealed/urn-format.ts';
import type { AccessibilityContact } from './contact.ts';

/** The statement's public address, linked from the results page's footer. */
export const STATEMENT_PATH = '/barrierefreiheit';
/** Its stylesheet: a file of its own, because the pages' CSP allows no inline style element. */
export const STATEMENT_CSS_PATH = '/barrierefreiheit.css';
/** When the statement was written and last checked against the tests named in it. */
export const STATEMENT_DAY = '2026-12-07';

/**
 * "Erklärung zur Barrierefreiheit" for the kiosk and the results page, in the structure of the
 * BITV 2.0 model statement (Anlage 2 BITV 2.0 / Durchführungsbeschluss (EU) 2018/1523):
 * Stand der Vereinbarkeit, nicht barrierefreie Inhalte, Erstellung, Feedback und Kontakt,
 * Durchsetzungsverfahren. Static HTML without script; only the contact comes from IT's
 * configuration, escaped.
 */
export function renderStatement(contact: AccessibilityContact): string {
  const email = contact.email
    ? `<p>E-Mail: <a href="mailto:${esc(contact.email)}">${esc(contact.email)}</a></p>`
    : '';
  const contactText = esc(contact.text).replaceAll('\n', '<br>');
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Erklärung zur Barrierefreiheit – Kundenbefragung</title>
<link rel="stylesheet" href="${STATEMENT_CSS_PATH}">
</head>
<body>
<main>
<h1>Erklärung zur Barrierefreiheit</h1>
<p>Die Stadtverwaltung ist bemüht, ihre Websites und mobilen Anwendungen im Einklang mit dem
Behindertengleichstellungsgesetz (BGG) und der Barrierefreie-Informationstechnik-Verordnung
(BITV 2.0) sowie den entsprechenden Gesetzen des Landes barrierefrei zugänglich zu machen, zur
Umsetzung der Richtlinie (EU) 2016/2102.</p>
<p>Diese Erklärung gilt für die Kundenbefragung des Bürgerbüros: die Befragung am Tablet im
Wartebereich (im Folgenden „Befragung“) und die Auswertung der Ergebnisse für die Verwaltung
(„Auswertung“, mit dieser Seite).</p>

<h2>Stand der Vereinbarkeit mit den Anforderungen</h2>
<p>Befragung und Auswertung sind <strong>teilweise</strong> mit der BITV 2.0 vereinbar
(Konformitätsstufe AA der WCAG 2.2 nach EN 301 549). Die automatischen Prüfungen finden auf keiner
geprüften Ansicht einen Verstoß; die unten genannten Inhalte sind noch nicht barrierefrei.</p>

<h2>Was die Befragung am Tablet bietet</h2>
<ul>
<li>Acht Sprachen, jede in ihrer eigenen Sprache benannt (ohne Flaggen): Deutsch, Leichte
Sprache, Englisch, Türkisch, Arabisch (von rechts nach links), Russisch, Ukrainisch und
Polnisch.</li>
<li>Drei Schriftgrößen; Frage und Antworten wachsen mit, die Schaltflächen werden nie kleiner.</li>
<li>„Vorlesen“: Jede neue Frage wird vorgelesen, sobald die Funktion einmal eingeschaltet ist –
mit den Stimmen des Geräts, wo es eine Stimme für die Sprache hat.</li>
<li>Eine Frage pro Bildschirm, große Antwortflächen, kein Tippen nötig; Farbe trägt nie allein
eine Bedeutung (die Gesichter der Skala sind auch geformt und beschriftet).</li>
<li>Kein Zeitdruck: Erst wenn längere Zeit niemand das Tablet berührt, fragt es, ob noch jemand
da ist; ein Tippen genügt, um weiterzumachen.</li>
<li>Vollständig mit einer Tastatur bedienbar.</li>
<li>Sprache und Schriftgröße gelten nur für die eigene Befragung und stehen für die nächste Person
wieder auf Deutsch und normaler Größe.</li>
</ul>

<h2>Nicht barrierefreie Inhalte</h2>
<ul>
<li>„Vorlesen“ gibt es nur in den Sprachen, für die das Tablet eine Stimme hat; sonst ist die
Schaltfläche ausgegraut und ein Hinweis erklärt es.</li>
<li>Erläuterungen in Deutscher Gebärdensprache werden nicht angeboten.</li>
<li>Freitext-Antworten werden in der Auswertung so gezeigt, wie sie geschrieben wurden; ihre
Sprache ist nicht ausgezeichnet, ein Bildschirmleser liest sie mit deutscher Aussprache.</li>
<li>Die Tabelle „Zufriedenheit nach Anliegen“ wird auf schmalen Bildschirmen seitlich in ihrem
eigenen Bereich verschoben (mit der Tastatur erreichbar).</li>
<li>Der als PDF erzeugte Bericht für die Ausschüsse ist nicht gesondert auf Barrierefreiheit
geprüft; dieselben Inhalte zeigt die Auswertung im Browser.</li>
<li>Die Befragung ist nicht mit jedem Bildschirmleser (TalkBack, VoiceOver) von Hand geprüft.</li>
</ul>

<h2>Erstellung dieser Erklärung</h2>
<p>Diese Erklärung wurde am ${germanDay(STATEMENT_DAY)} erstellt. Grundlage ist eine
Selbstbewertung: automatisierte Tests mit axe-core (Regeln der WCAG 2.0, 2.1 und 2.2, Stufen A
und AA) in Chromium, die bei jeder Änderung der Software laufen, ergänzt durch Prüfungen von Hand
(Bedienung mit der Tastatur, Schriftgrößen, Arabisch von rechts nach links, Hoch- und Querformat,
Bildschirmfotos jeder Ansicht).</p>
<p>Die automatischen Tests prüfen in der Befragung jeden Bildschirm in jeder der acht Sprachen –
Begrüßung, jede Fragenart, Sprachauswahl, Hinweis bei Untätigkeit, Dank, Fehler- und
Neustartmeldung, den geschlossenen Zustand, auch bei großer Schrift – und in der Auswertung die
Anmeldung, die Auswahl (Filter), die Ergebnisse (auch eine wegen zu weniger Antworten verborgene
Auswahl und die zusammengefassten „anderen Standorte“), die Druckansicht und diese Erklärung.
Weitere Tests messen, dass Schrift und Schaltflächen bei jeder Schriftgröße wachsen, dass das
Vorlesen eingeschaltet bleibt und dass alles mit der Tastatur erreichbar ist.</p>

<h2>Feedback und Kontaktangaben</h2>
<p>Sind Ihnen Mängel beim barrierefreien Zugang zur Befragung oder zur Auswertung aufgefallen?
Oder benötigen Sie Informationen daraus in barrierefreier Form? Dann wenden Sie sich bitte an:</p>
<address>
<p>${contactText}</p>
${email}
</address>

<h2>Durchsetzungsverfahren</h2>
<p>Wenn Sie auf Ihre Rückmeldung innerhalb von sechs Wochen keine zufriedenstellende Antwort
erhalten haben, können Sie sich an die zuständige Schlichtungs- oder Durchsetzungsstelle wenden.
Für Stellen des Bundes ist das die Schlichtungsstelle nach §&nbsp;16 BGG beim Beauftragten der
Bundesregierung für die Belange von Menschen mit Behinderungen (www.schlichtungsstelle-bgg.de);
für Stellen eines Landes und der Kommunen die Ombuds- oder Schlichtungsstelle des jeweiligen
Landes. Das Verfahren ist kostenlos, und Sie brauchen keinen Rechtsbeistand.</p>
</main>
<footer><a href="/results">Zur Auswertung</a></footer>
</body>
</html>
`;
}

/** The statement's look: the results page's colours, large type, nothing that needs a script. */
export const STATEMENT_CSS = `:root { font-family: system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #111; background: #fff; line-height: 1.5; }
body { margin: 0; }
main, footer { max-width: 46rem; margin: 0 auto; padding: 1rem 1.5rem; }
h1 { color: #1d4f91; font-size: 1.9rem; line-height: 1.25; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #1d4f91; padding-bottom: 0.2rem; margin-top: 2rem; }
li { margin: 0.4rem 0; }
address { font-style: normal; padding: 0.6rem 1rem; background: #f3f5f8; border-left: 4px solid #1d4f91; }
a { color: #1d4f91; }
:focus-visible { outline: 3px solid #1d4f91; outline-offset: 2px; }
footer { border-top: 1px solid #c9d0da; padding-bottom: 2rem; }
footer a { display: inline-block; padding: 0.6rem 0; }
`;
