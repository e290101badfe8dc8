import type { SurveyTranslation } from '../../translate-survey.ts';

export const texts: SurveyTranslation = {
  surveyId: 'buergerbuero_zufriedenheit',
  title: 'Ankieta dla klientów Biura Obsługi Mieszkańców',
  questions: {
    reason: {
      title: 'W jakiej sprawie byli Państwo dziś u nas?',
      options: {
        id_card: 'Dowód osobisty (Personalausweis)',
        passport: 'Paszport (Reisepass)',
        address: 'Zameldowanie lub zmiana adresu (Anmeldung / Ummeldung)',
        good_conduct: 'Zaświadczenie o niekaralności (Führungszeugnis)',
        certification: 'Poświadczenie kopii (Beglaubigung)',
        other: 'Inna sprawa',
      },
    },
    arrangement: {
      title: 'Jak zorganizowali Państwo swoją wizytę?',
      options: {
        online_appointment: 'Termin umówiony online',
        app_number: 'Numerek z aplikacji',
        counter_number: 'Numerek z okienka',
        no_appointment: 'Bez umówionego terminu',
      },
    },
    waiting_time: { title: 'Jak bardzo byli Państwo zadowoleni z czasu oczekiwania?' },
    friendliness: { title: 'Jak uprzejmy był nasz personel?' },
    competence: { title: 'Jak kompetentny był nasz personel?' },
    clarity: { title: 'Jak zrozumiałe były udzielone informacje?' },
    resolved: { title: 'Czy Państwa sprawa została w pełni załatwiona?' },
    rooms: { title: 'Jak podobają się Państwu pomieszczenia i atmosfera?' },
    with_children: {
      title: 'Czy przyszli Państwo dziś z dziećmi?',
      options: { yes: 'Tak', no: 'Nie' },
    },
    play_corner: { title: 'Jak bardzo są Państwo zadowoleni z kącika zabaw?' },
    opening_hours: { title: 'Jak bardzo są Państwo zadowoleni z godzin otwarcia?' },
    overall: { title: 'Jak bardzo są Państwo ogólnie zadowoleni ze swojej wizyty?' },
    improve: { title: 'Co powinniśmy poprawić?' },
  },
};
