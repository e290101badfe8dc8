import type { SurveyTranslation } from '../../translate-survey.ts';

/**
 * The German name of a document, in brackets, as it is printed on the visitor's papers. Wrapped
 * in a left-to-right isolate (LRI … PDI): inside Arabic text the bidi algorithm would otherwise
 * attach the brackets to the wrong side of the Latin word.
 */
const german = (term: string) => `\u2066(${term})\u2069`;

export const texts: SurveyTranslation = {
  surveyId: 'buergerbuero_zufriedenheit',
  title: 'استطلاع رأي العملاء في مكتب خدمة المواطنين',
  questions: {
    reason: {
      title: 'ما سبب زيارتك لنا اليوم؟',
      options: {
        id_card: `بطاقة الهوية الشخصية ${german('Personalausweis')}`,
        passport: `جواز السفر ${german('Reisepass')}`,
        address: `تسجيل السكن أو تغيير العنوان ${german('Anmeldung / Ummeldung')}`,
        good_conduct: `شهادة حسن السيرة والسلوك ${german('Führungszeugnis')}`,
        certification: `تصديق نسخ من الوثائق ${german('Beglaubigung')}`,
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
