import type { UiTexts } from './de.ts';
import { plural } from './plural.ts';

const seconds = (n: number) =>
  plural('ru', n, { one: 'секунду', few: 'секунды', many: 'секунд', other: 'секунды' });

/**
 * The scale asks about satisfaction as the German one does, in the polite plural of the question's
 * "вы" ("довольны"), so no label assumes a gender (not "доволен/довольна").
 */
export const ru: UiTexts = {
  languageSwitch: 'Язык',
  languageChoose: 'Выберите язык',
  close: 'Закрыть',
  textSize: 'Размер шрифта',
  textSizes: { normal: 'Обычный шрифт', large: 'Крупный шрифт', xlarge: 'Очень крупный шрифт' },
  readAloud: 'Прочитать вслух',
  readAloudStop: 'Остановить чтение',
  readAloudMissing: 'На этом устройстве чтение вслух на этом языке недоступно.',
  welcomeTitle: 'Как прошёл ваш визит сегодня?',
  welcomeLead: 'Ваше мнение помогает нам стать лучше.',
  welcomeNote: 'Опрос анонимный.',
  start: 'Начать опрос',
  welcomeTap: 'Нажмите на одно из лиц.',
  moreSaved: 'Спасибо! Ваш ответ сохранён.',
  moreTitle: (minutes) =>
    minutes === 1
      ? 'У вас есть ещё минута?'
      : `У вас есть ещё ${minutes} ${plural('ru', minutes, { one: 'минута', few: 'минуты', many: 'минут', other: 'минуты' })}?`,
  moreBody: (questions) =>
    `Ещё ${questions} ${plural('ru', questions, { one: 'короткий вопрос', few: 'коротких вопроса', many: 'коротких вопросов', other: 'коротких вопроса' })}.`,
  moreNo: 'Нет, спасибо',
  progress: (current, total) => `Вопрос ${current} из ${total}`,
  back: 'Назад',
  skip: 'Пропустить',
  next: 'Далее',
  send: 'Отправить',
  sending: 'Сохранение …',
  multiHint: 'Можно выбрать несколько ответов',
  optional: 'Необязательно',
  scale: {
    5: 'очень довольны',
    4: 'довольны',
    3: 'отчасти',
    2: 'недовольны',
    1: 'совсем недовольны',
  },
  yesno: { yes: 'Да', partly: 'Частично', no: 'Нет' },
  textPrivacy: 'Пожалуйста, не указывайте имена или другие личные данные.',
  textPlaceholder: 'Ваше предложение (по желанию)',
  textCounter: (used, max) => `Символов: ${used} из ${max}`,
  thanksTitle: 'Большое спасибо!',
  thanksBody: 'Ваши ответы сохранены. Желаем вам хорошего дня.',
  idleTitle: 'Вы ещё здесь?',
  idleBody: (n) =>
    `Если ничего не нажимать, опрос начнётся заново через ${n} ${seconds(n)}. Ваши ответы при этом сохранятся.`,
  idleContinue: 'Да, продолжить',
  apologyTitle: 'Нам очень жаль',
  apologyBody:
    'К сожалению, ваши ответы не удалось сохранить. Пожалуйста, сообщите об этом сотрудникам у стойки.',
  apologyDone: 'На главную',
  restartTitle: 'Для сотрудников: пожалуйста, перезапустите приложение',
  restartBody:
    'Это устройство сейчас не может сохранять ответы. Пожалуйста, нажмите «Перезапустить». Уже сохранённые ответы не пропадут.\nНашим посетителям: вы ничего не сделали неправильно. Пожалуйста, сообщите сотрудникам у стойки.',
  restartButton: 'Перезапустить',
  locale: 'ru-RU',
  closedPausedTitle: 'Опрос сейчас закрыт',
  closedPausedBody: 'Пожалуйста, попробуйте позже. Спасибо за интерес!',
  closedBeforeTitle: 'Опрос ещё не начался',
  closedBefore: (from, to) => `Опрос проводится с ${from} по ${to}.`,
  closedAfterTitle: 'Опрос завершён',
  closedAfter: (from, to) =>
    `Опрос проводился с ${from} по ${to}. Спасибо всем, кто принял участие!`,
};
