import type { SurveyTranslation } from '../../translate-survey.ts';

export const texts: SurveyTranslation = {
  surveyId: 'buergerbuero_zufriedenheit',
  title: 'Опитування відвідувачів бюро обслуговування громадян',
  questions: {
    reason: {
      title: 'З якого питання ви були в нас сьогодні?',
      options: {
        id_card: 'Посвідчення особи (ID-картка)',
        passport: 'Закордонний паспорт',
        address: 'Реєстрація або зміна адреси',
        good_conduct: 'Довідка про несудимість',
        certification: 'Засвідчення копій',
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
    waiting_time: { title: 'Як ви оцінюєте час очікування?' },
    friendliness: { title: 'Наскільки привітними були наші працівники?' },
    competence: { title: 'Наскільки компетентними були наші працівники?' },
    clarity: { title: 'Наскільки зрозумілою була надана інформація?' },
    resolved: { title: 'Чи ваше питання повністю вирішено?' },
    rooms: { title: 'Як вам наше приміщення та атмосфера?' },
    with_children: {
      title: 'Ви прийшли сьогодні з дітьми?',
      options: { yes: 'Так', no: 'Ні' },
    },
    play_corner: { title: 'Як ви оцінюєте дитячий куточок?' },
    opening_hours: { title: 'Як ви оцінюєте графік роботи?' },
    overall: { title: 'Як ви загалом оцінюєте свій візит?' },
    improve: { title: 'Що нам варто покращити?' },
  },
};
