import type { SurveyTranslation } from '../../translate-survey.ts';

/**
 * Leichte Sprache: short questions in everyday words, each asking what the German one asks
 * ("zufrieden" where German says "zufrieden"), so answers pool with every other language's.
 * The answer labels of the scale are UI texts (src/kiosk/i18n/) and must keep that meaning too.
 */
export const texts: SurveyTranslation = {
  surveyId: 'buergerbuero_zufriedenheit',
  title: 'Befragung im Bürger-Büro',
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
      title: 'Hatten Sie einen Termin oder eine Warte-Nummer?',
      options: {
        online_appointment: 'Einen Termin aus dem Internet',
        app_number: 'Eine Warte-Nummer aus der App',
        counter_number: 'Eine Warte-Nummer vom Schalter',
        no_appointment: 'Ich bin ohne Termin gekommen',
      },
    },
    waiting_time: { title: 'Wie zufrieden waren Sie mit der Warte-Zeit?' },
    friendliness: { title: 'Wie freundlich waren unsere Mitarbeiter?' },
    competence: { title: 'Wie gut kannten sich unsere Mitarbeiter aus?' },
    clarity: { title: 'Wie gut konnten Sie unsere Erklärungen verstehen?' },
    resolved: { title: 'Haben wir alles für Sie erledigt?' },
    rooms: { title: 'Wie gefallen Ihnen unsere Räume und die Stimmung hier?' },
    with_children: {
      title: 'Waren heute Kinder mit Ihnen hier?',
      options: { yes: 'Ja', no: 'Nein' },
    },
    play_corner: { title: 'Wie zufrieden sind Sie mit der Spiel-Ecke?' },
    opening_hours: { title: 'Wie zufrieden sind Sie mit unseren Öffnungs-Zeiten?' },
    overall: { title: 'Wie zufrieden sind Sie insgesamt mit Ihrem Besuch?' },
    improve: { title: 'Was sollen wir besser machen?' },
  },
};
