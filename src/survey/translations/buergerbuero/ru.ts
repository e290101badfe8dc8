import type { SurveyTranslation } from '../../translate-survey.ts';

export const texts: SurveyTranslation = {
  surveyId: 'buergerbuero_zufriedenheit',
  title: 'Опрос посетителей бюро обслуживания граждан',
  questions: {
    reason: {
      title: 'По какому вопросу вы были у нас сегодня?',
      options: {
        id_card: 'Удостоверение личности (Personalausweis)',
        passport: 'Заграничный паспорт (Reisepass)',
        address: 'Регистрация или смена адреса (Anmeldung / Ummeldung)',
        good_conduct: 'Справка о несудимости (Führungszeugnis)',
        certification: 'Заверение копий (Beglaubigung)',
        other: 'Другое',
      },
    },
    arrangement: {
      title: 'Как вы попали к нам на приём?',
      options: {
        online_appointment: 'По записи онлайн',
        app_number: 'С номером очереди из приложения',
        counter_number: 'С номером очереди у стойки',
        no_appointment: 'Без записи',
      },
    },
    waiting_time: { title: 'Насколько вы были довольны временем ожидания?' },
    friendliness: { title: 'Насколько приветливым был наш персонал?' },
    competence: { title: 'Насколько компетентным был наш персонал?' },
    clarity: { title: 'Насколько понятной была полученная информация?' },
    resolved: { title: 'Ваш вопрос решён полностью?' },
    rooms: { title: 'Как вам нравятся наши помещения и атмосфера?' },
    with_children: {
      title: 'Вы пришли сегодня с детьми?',
      options: { yes: 'Да', no: 'Нет' },
    },
    play_corner: { title: 'Насколько вы довольны детским уголком?' },
    opening_hours: { title: 'Насколько вы довольны часами работы?' },
    overall: { title: 'Насколько вы в целом довольны своим визитом?' },
    improve: { title: 'Что нам стоит улучшить?' },
  },
};
