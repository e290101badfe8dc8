import type { SurveyTranslation } from '../../translate-survey.ts';

export const texts: SurveyTranslation = {
  surveyId: 'buergerbuero_zufriedenheit',
  title: 'Опитування відвідувачів бюро обслуговування громадян',
  questions: {
    reason: {
      title: 'З якого питання ви були в нас сьогодні?',
      options: {
        id_card: 'Посвідчення особи (Personalausweis)',
        passport: 'Закордонний паспорт (Reisepass)',
        address: 'Реєстрація або зміна адреси (Anmeldung / Ummeldung)',
        good_conduct: 'Довідка про несудимість (Führungszeugnis)',
        certification: 'Засвідчення копій (Beglaubigung)',
        other: 'Інше',
      },
    },
    arrangement: {
      title: 'Як ви потрапили до нас на прийом?',
      options: {
        online_appointment: 'За записом онлайн',
        app_number: 'З номером черги із застосунку',
        counter_number: 'З номером черги біля стійки',
        no_appointment: 'Без запису',
      },
    },
    waiting_time: { title: 'Наскільки ви були задоволені часом очікування?' },
    friendliness: { title: 'Наскільки привітним був наш персонал?' },
    competence: { title: 'Наскільки компетентним був наш персонал?' },
    clarity: { title: 'Наскільки зрозумілою була надана інформація?' },
    resolved: { title: 'Чи ваше питання повністю вирішено?' },
    rooms: { title: 'Як вам подобаються наші приміщення та атмосфера?' },
    with_children: {
      title: 'Ви прийшли сьогодні з дітьми?',
      options: { yes: 'Так', no: 'Ні' },
    },
    play_corner: { title: 'Наскільки ви задоволені дитячим куточком?' },
    opening_hours: { title: 'Наскільки ви задоволені графіком роботи?' },
    overall: { title: 'Наскільки ви загалом задоволені своїм візитом?' },
    improve: { title: 'Що нам варто покращити?' },
  },
};
