import type { SurveyTranslation } from '../../translate-survey.ts';

export const texts: SurveyTranslation = {
  surveyId: 'buergerbuero_zufriedenheit',
  title: 'Ankieta dla klientów Biura Obsługi Mieszkańców',
  questions: {
    reason: {
      title: 'W jakiej sprawie byli Państwo dziś u nas?',
      options: {
        id_card: 'Dowód osobisty',
        passport: 'Paszport',
        address: 'Zameldowanie lub zmiana adresu',
        good_conduct: 'Zaświadczenie o niekaralności',
        certification: 'Poświadczenie kopii',
        other: 'Inna sprawa',
      },
    },
    arrangement: {
      title: 'Jak umówili się Państwo na wizytę?',
      options: {
        online_appointment: 'Termin umówiony online',
        app_number: 'Numerek z aplikacji',
        counter_number: 'Numerek z okienka',
        no_appointment: 'Bez umówionego terminu',
      },
    },
    waiting_time: { title: 'Jak oceniają Państwo czas oczekiwania?' },
    friendliness: { title: 'Jak uprzejmi byli nasi pracownicy?' },
    competence: { title: 'Jak kompetentni byli nasi pracownicy?' },
    clarity: { title: 'Jak zrozumiałe były udzielone informacje?' },
    resolved: { title: 'Czy Państwa sprawa została w pełni załatwiona?' },
    rooms: { title: 'Jak podobają się Państwu pomieszczenia i atmosfera?' },
    with_children: {
      title: 'Czy przyszli Państwo dziś z dziećmi?',
      options: { yes: 'Tak', no: 'Nie' },
    },
    play_corner: { title: 'Jak oceniają Państwo kącik zabaw?' },
    opening_hours: { title: 'Jak oceniają Państwo godziny otwarcia?' },
    overall: { title: 'Jak ogólnie oceniają Państwo swoją wizytę?' },
    improve: { title: 'Co powinniśmy poprawić?' },
  },
};
