import type { SurveyTranslation } from '../../translate-survey.ts';

export const texts: SurveyTranslation = {
  surveyId: 'buergerbuero_zufriedenheit',
  title: 'استطلاع رأي العملاء في مكتب خدمة المواطنين',
  questions: {
    reason: {
      title: 'ما سبب زيارتك لنا اليوم؟',
      options: {
        id_card: 'بطاقة الهوية الشخصية',
        passport: 'جواز السفر',
        address: 'تسجيل السكن أو تغيير العنوان',
        good_conduct: 'شهادة حسن السيرة والسلوك',
        certification: 'تصديق نسخ من الوثائق',
        other: 'أمر آخر',
      },
    },
    arrangement: {
      title: 'كيف رتّبت زيارتك؟',
      options: {
        online_appointment: 'موعد عبر الإنترنت',
        app_number: 'رقم انتظار عبر التطبيق',
        counter_number: 'رقم انتظار من الشباك',
        no_appointment: 'بدون موعد',
      },
    },
    waiting_time: { title: 'ما مدى رضاك عن مدة الانتظار؟' },
    friendliness: { title: 'ما مدى لطف طاقم العمل لدينا؟' },
    competence: { title: 'ما مدى كفاءة طاقم العمل لدينا؟' },
    clarity: { title: 'ما مدى وضوح المعلومات التي حصلت عليها؟' },
    resolved: { title: 'هل أُنجز طلبك بالكامل؟' },
    rooms: { title: 'ما مدى إعجابك بالمكان والأجواء؟' },
    with_children: {
      title: 'هل أتيت اليوم مع أطفال؟',
      options: { yes: 'نعم', no: 'لا' },
    },
    play_corner: { title: 'ما مدى رضاك عن ركن اللعب؟' },
    opening_hours: { title: 'ما مدى رضاك عن أوقات الدوام؟' },
    overall: { title: 'ما مدى رضاك عن زيارتك بشكل عام؟' },
    improve: { title: 'ما الذي ينبغي علينا تحسينه؟' },
  },
};
