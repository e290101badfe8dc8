import { MIN_GROUP_SIZE, type ResultsSummary } from '../../shared/results/results-model.ts';
import { ALPHA } from '../../shared/results/significance.ts';

/** How the answers were collected, cleaned and protected: the page's header and the report's end. */
export function MethodParagraph({ s }: { s: Pick<ResultsSummary, 'includeFlagged'> }) {
  return (
    <p class="method">
      Methode: anonyme, freiwillige Befragung an einem Tablet im Wartebereich. Gespeichert werden
      nur die Antworten, der Standort und der Tag – keine Uhrzeit, keine Person, kein Gerät.
      Antworten, die auffällig schnell oder direkt nacheinander gegeben wurden oder in
      ungewöhnlicher Zahl oder gleichlautend von einem Tablet kamen, sind{' '}
      {s.includeFlagged ? 'hier einbezogen' : 'ausgeschlossen'}. Gruppen mit weniger als{' '}
      {MIN_GROUP_SIZE} Antworten werden nicht ausgewiesen: Eine Frage mit weniger als{' '}
      {MIN_GROUP_SIZE} Antworten zeigt keine Ergebnisse und keine Freitexte, ebenso eine Frage,
      deren Antworten sich aus einer umfassenderen Ansicht (alle Standorte, alle Anliegen,
      auffällige einbezogen) als weniger als {MIN_GROUP_SIZE} herausrechnen ließen. Tage mit weniger
      als {MIN_GROUP_SIZE} Antworten eines Standorts oder Anliegens sind mit ihrer Woche
      zusammengefasst. Standorte und Anliegen mit weniger als {MIN_GROUP_SIZE} Antworten erscheinen
      nur gemeinsam als „andere Standorte“ bzw. „andere Anliegen“, und nur wenn diese zusammen
      mindestens {MIN_GROUP_SIZE} haben; sonst fehlen sie in allen Zahlen, ebenso ein Anliegen an
      einem Standort mit weniger als {MIN_GROUP_SIZE} Antworten. Intervalle: 95 %-Konfidenzintervall
      (Wilson für Anteile, t-Verteilung für Mittelwerte).
    </p>
  );
}

/**
 * The report's method section: the paragraph above, how a change between waves is tested, and the
 * words a council member may not know (the review found "Welle", "KI", "Pp.", "n", "Ø" unexplained).
 */
export function CommitteeMethod({ s }: { s: ResultsSummary }) {
  return (
    <section class="committee-method">
      <h2>Methode und Begriffe</h2>
      <MethodParagraph s={s} />
      <p class="method">
        Veränderungen zwischen zwei Befragungen: Verglichen wird je Frage der Anteil der Antworten
        „zufrieden“ oder „sehr zufrieden“ (bei Ja-/Nein-Fragen: „ja“) an allen Antworten auf diese
        Frage. Geprüft wird mit dem Test für zwei Anteile (z-Test mit gemeinsamem Anteil,
        zweiseitig, Signifikanzniveau α = {String(ALPHA).replace('.', ',')}). „Statistisch
        gesichert“ heißt: Gäbe es keinen echten Unterschied, träte eine so große Veränderung durch
        Zufall in weniger als 5 von 100 Befragungen auf.
      </p>
      <dl class="glossary">
        <dt>Welle</dt>
        <dd>ein Befragungszeitraum, z. B. „2026“</dd>
        <dt>n</dt>
        <dd>Anzahl der ausgewerteten Antworten</dd>
        <dt>Ø, Mittelwert</dt>
        <dd>Durchschnitt der Bewertungen von 1 (sehr unzufrieden) bis 5 (sehr zufrieden)</dd>
        <dt>95 %-KI</dt>
        <dd>
          95 %-Konfidenzintervall: ein Unsicherheitsbereich, so berechnet, dass er den wahren Wert
          in 95 von 100 Befragungen einschließt
        </dd>
        <dt>Pp.</dt>
        <dd>Prozentpunkte: von 40 % auf 45 % sind +5 Pp.</dd>
        <dt>auffällige Antworten</dt>
        <dd>auffällig schnell oder wiederholt abgegebene Antworten, nicht mitgezählt</dd>
      </dl>
      <p class="meta">
        Gruppen mit weniger als {MIN_GROUP_SIZE} Antworten weist dieser Bericht nie aus, auch nicht
        in den Kernaussagen.
      </p>
    </section>
  );
}
