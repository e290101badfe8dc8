import type { SurveyTranslation } from '../../translate-survey.ts';

/** Leichte Sprache: short questions in everyday words; the scale answers good/bad (UI texts). */
export const texts: SurveyTranslation = {
  surveyId: 'buergerbuero_zufriedenheit',
  title: 'Umfrage im Bürger-Büro',
  questions: {
    reason: {
      title: 'Warum waren Sie heute hier?',
      options: {
        id_card: 'Personal-Ausweis',
        passport: 'Reise-Pass',
        address: 'Neue Adresse melden',
        good_conduct: 'Führungs-Zeugnis',
        certification: 'Stempel auf Kopien',
        other: 'Etwas anderes',
      },
    },
    arrangement: {
      title: 'Hatten Sie einen Termin?',
      options: {
        online_appointment: 'Ja, einen Termin aus dem Internet',
        app_number: 'Eine Warte-Nummer aus der App',
        counter_number: 'Eine Warte-Nummer vom Schalter',
        no_appointment: 'Nein, ich hatte keinen Termin',
      },
    },
    waiting_time: { title: 'Wie war die Warte-Zeit?' },
    friendliness: { title: 'Wie freundlich waren die Mitarbeiter?' },
    competence: { title: 'Wie gut konnten die Mitarbeiter Ihnen helfen?' },
    clarity: { title: 'Wie gut haben Sie alles verstanden?' },
    resolved: { title: 'Haben wir alles für Sie erledigt?' },
    rooms: { title: 'Wie finden Sie unsere Räume?' },
    with_children: {
      title: 'Waren heute Kinder mit Ihnen hier?',
      options: { yes: 'Ja', no: 'Nein' },
    },
    play_corner: { title: 'Wie finden Sie die Spiel-Ecke?' },
    opening_hours: { title: 'Wie finden Sie unsere Öffnungs-Zeiten?' },
    overall: { title: 'Wie war Ihr Besuch heute insgesamt?' },
    improve: { title: 'Was sollen wir besser machen?' },
  },
};
