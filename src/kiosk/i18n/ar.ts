import type { UiTexts } from './de.ts';
import { plural } from './plural.ts';

/** Arabic counts one and two with the word alone, 3–10 with the plural, 11 and up with the singular. */
const seconds = (n: number) =>
  plural('ar', n, {
    one: 'ثانية واحدة',
    two: 'ثانيتين',
    few: `${n} ثوانٍ`,
    other: `${n} ثانية`,
  });

const arMinutes = (n: number) =>
  plural('ar', n, {
    one: 'دقيقة واحدة',
    two: 'دقيقتان',
    few: `${n} دقائق`,
    other: `${n} دقيقة`,
  });

/** "n more short questions", counted the same way. */
const moreQuestions = (n: number) =>
  plural('ar', n, {
    one: 'سؤال قصير آخر',
    two: 'سؤالان قصيران آخران',
    few: `${n} أسئلة قصيرة أخرى`,
    many: `${n} سؤالًا قصيرًا آخر`,
    other: `${n} سؤال قصير آخر`,
  });

export const ar: UiTexts = {
  languageSwitch: 'اللغة',
  languageChoose: 'اختر لغتك',
  close: 'إغلاق',
  textSize: 'حجم الخط',
  textSizes: { normal: 'خط عادي', large: 'خط كبير', xlarge: 'خط كبير جدًا' },
  readAloud: 'قراءة بصوت عالٍ',
  readAloudStop: 'إيقاف القراءة',
  readAloudMissing: 'القراءة بصوت عالٍ غير متاحة بهذه اللغة على هذا الجهاز.',
  welcomeTitle: 'كيف كانت زيارتك اليوم؟',
  welcomeLead: 'رأيك يساعدنا على التحسّن.',
  welcomeNote: 'الاستطلاع مجهول الهوية.',
  start: 'ابدأ الاستطلاع',
  welcomeTap: 'المس أحد الوجوه.',
  moreSaved: 'شكرًا! تم حفظ إجابتك.',
  moreTitle: (minutes) => `هل لديك ${arMinutes(minutes)}؟`,
  moreBody: (questions) => `${moreQuestions(questions)}.`,
  moreNo: 'لا، شكرًا',
  progress: (current, total) => `السؤال ${current} من ${total}`,
  back: 'رجوع',
  skip: 'تخطي',
  next: 'التالي',
  send: 'إرسال',
  sending: 'جارٍ الحفظ …',
  multiHint: 'يمكنك اختيار أكثر من إجابة',
  optional: 'اختياري',
  scale: {
    // Nouns (satisfaction, dissatisfaction), not the masculine adjective راضٍ: no label assumes a gender.
    5: 'رضا تام',
    4: 'رضا',
    3: 'متوسط',
    2: 'عدم رضا',
    1: 'عدم رضا تام',
  },
  yesno: { yes: 'نعم', partly: 'جزئيًا', no: 'لا' },
  textPrivacy: 'يُرجى عدم كتابة أسماء أو أي بيانات شخصية أخرى.',
  textPlaceholder: 'اقتراحك (اختياري)',
  textCounter: (used, max) => `عدد الأحرف: ${used} من ${max}`,
  thanksTitle: 'شكرًا جزيلًا!',
  thanksBody: 'تم حفظ إجاباتك. نتمنى لك يومًا سعيدًا.',
  idleTitle: 'هل ما زلت هنا؟',
  idleBody: (n) =>
    `إذا لم تلمس الشاشة، سيبدأ الاستطلاع من جديد بعد ${seconds(n)}. وستبقى إجاباتك السابقة محفوظة.`,
  idleContinue: 'نعم، متابعة',
  apologyTitle: 'نأسف لذلك',
  apologyBody: 'للأسف تعذّر حفظ إجاباتك. يُرجى إبلاغ الموظفين عند الشباك.',
  apologyDone: 'إلى صفحة البداية',
  restartTitle: 'للموظفين: يُرجى إعادة تشغيل التطبيق',
  restartBody:
    'لا يستطيع هذا الجهاز حفظ الإجابات حاليًا. يُرجى الضغط على «إعادة التشغيل». الإجابات المحفوظة سابقًا تبقى محفوظة.\nإلى زوارنا: لم تفعلوا أي خطأ. يُرجى إبلاغ الموظفين عند الشباك.',
  restartButton: 'إعادة التشغيل',
  locale: 'ar',
  closedPausedTitle: 'الاستطلاع مغلق حاليًا',
  closedPausedBody: 'يُرجى المحاولة مرة أخرى لاحقًا. شكرًا لاهتمامك!',
  closedBeforeTitle: 'لم يبدأ الاستطلاع بعد',
  closedBefore: (from, to) => `يجري الاستطلاع من ${from} إلى ${to}.`,
  closedAfterTitle: 'انتهى الاستطلاع',
  closedAfter: (from, to) => `جرى الاستطلاع من ${from} إلى ${to}. شكرًا لكل من شارك!`,
};
