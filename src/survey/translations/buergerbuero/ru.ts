import type { SurveyTranslation } from '../../translate-survey.ts';

export const texts: SurveyTranslation = {
  surveyId: 'buergerbuero_zufriedenheit',
  title: 'Опрос посетителей бюро обслуживания граждан',
  questions: {
    reason: {
      title: 'По какому вопросу вы были у нас сегодня?',
      options: {
        id_card: 'Удостоверение личности (ID-карта)',
        passport: 'Заграничный паспорт',
        address: 'Регистрация или смена адреса',
        good_conduct: 'Справка о несудимости',
        certification: 'Заверение копий',
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
    waiting_time: { title: 'Как вы оцениваете время ожидания?' },
    friendliness: { title: 'Насколько вежливы были наши сотрудники?' },
    competence: { title: 'Насколько компетентны были наши сотрудники?' },
    clarity: { title: 'Насколько понятной была полученная информация?' },
    resolved: { title: 'Ваш вопрос решён полностью?' },
    rooms: { title: 'Как вам наше помещение и атмосфера?' },
    with_children: {
      title: 'Вы пришли сегодня с детьми?',
      options: { yes: 'Да', no: 'Нет' },
    },
    play_corner: { title: 'Как вы оцениваете детский уголок?' },
    opening_hours: { title: 'Как вы оцениваете часы работы?' },
    overall: { title: 'Как вы в целом оцениваете свой визит?' },
    improve: { title: 'Что нам стоит улучшить?' },
  },
};
