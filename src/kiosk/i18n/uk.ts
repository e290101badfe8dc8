import type { UiTexts } from './de.ts';
import { plural } from './plural.ts';

const seconds = (n: number) =>
  plural('uk', n, { one: 'секунду', few: 'секунди', many: 'секунд', other: 'секунди' });

/**
 * The scale asks about satisfaction as the German one does, in the polite plural of the question's
 * "ви" ("задоволені"), so no label assumes a gender (not "задоволений/задоволена").
 */
export const uk: UiTexts = {
  languageSwitch: 'Мова',
  languageChoose: 'Оберіть мову',
  close: 'Закрити',
  textSize: 'Розмір шрифту',
  textSizes: { normal: 'Звичайний шрифт', large: 'Великий шрифт', xlarge: 'Дуже великий шрифт' },
  readAloud: 'Прочитати вголос',
  readAloudStop: 'Зупинити читання',
  readAloudMissing: 'На цьому пристрої читання вголос цією мовою недоступне.',
  welcomeTitle: 'Як пройшов ваш візит сьогодні?',
  welcomeLead: 'Ваша думка допомагає нам ставати кращими.',
  welcomeNote: 'Опитування анонімне.',
  start: 'Почати опитування',
  welcomeTap: 'Торкніться одного з облич.',
  moreSaved: 'Дякуємо! Вашу відповідь збережено.',
  moreTitle: (minutes) =>
    minutes === 1
      ? 'У вас є ще хвилинка?'
      : `У вас є ще ${minutes} ${plural('uk', minutes, { one: 'хвилина', few: 'хвилини', many: 'хвилин', other: 'хвилини' })}?`,
  moreBody: (questions) =>
    `Ще ${questions} ${plural('uk', questions, { one: 'коротке питання', few: 'короткі питання', many: 'коротких питань', other: 'короткого питання' })}.`,
  moreNo: 'Ні, дякую',
  progress: (current, total) => `Питання ${current} з ${total}`,
  back: 'Назад',
  skip: 'Пропустити',
  next: 'Далі',
  send: 'Надіслати',
  sending: 'Збереження …',
  multiHint: 'Можна вибрати кілька відповідей',
  optional: 'Необов’язково',
  scale: {
    5: 'дуже задоволені',
    4: 'задоволені',
    3: 'частково',
    2: 'незадоволені',
    1: 'зовсім незадоволені',
  },
  yesno: { yes: 'Так', partly: 'Частково', no: 'Ні' },
  textPrivacy: 'Будь ласка, не вказуйте імена чи інші персональні дані.',
  textPlaceholder: 'Ваша пропозиція (за бажанням)',
  textCounter: (used, max) => `Символів: ${used} з ${max}`,
  thanksTitle: 'Щиро дякуємо!',
  thanksBody: 'Ваші відповіді збережено. Гарного вам дня!',
  idleTitle: 'Ви ще тут?',
  idleBody: (n) =>
    `Якщо нічого не натискати, опитування почнеться знову через ${n} ${seconds(n)}. Ваші відповіді при цьому збережуться.`,
  idleContinue: 'Так, продовжити',
  apologyTitle: 'Нам дуже шкода',
  apologyBody:
    'На жаль, ваші відповіді не вдалося зберегти. Будь ласка, повідомте про це працівників біля стійки.',
  apologyDone: 'На початок',
  restartTitle: 'Для працівників: будь ласка, перезапустіть застосунок',
  restartBody:
    'Цей пристрій зараз не може зберігати відповіді. Будь ласка, натисніть «Перезапустити». Уже збережені відповіді не зникнуть.\nНашим відвідувачам: ви нічого не зробили неправильно. Будь ласка, повідомте працівників біля стійки.',
  restartButton: 'Перезапустити',
  locale: 'uk-UA',
  closedPausedTitle: 'Опитування зараз закрите',
  closedPausedBody: 'Будь ласка, спробуйте пізніше. Дякуємо за інтерес!',
  closedBeforeTitle: 'Опитування ще не почалося',
  closedBefore: (from, to) => `Опитування триває з ${from} по ${to}.`,
  closedAfterTitle: 'Опитування завершено',
  closedAfter: (from, to) =>
    `Опитування тривало з ${from} по ${to}. Дякуємо всім, хто взяв участь!`,
};
