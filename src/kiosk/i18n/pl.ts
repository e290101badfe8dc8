import type { UiTexts } from './de.ts';
import { plural } from './plural.ts';

const seconds = (n: number) =>
  plural('pl', n, { one: 'sekundę', few: 'sekundy', many: 'sekund', other: 'sekundy' });

/** Polite "Państwo" throughout; the scale asks about satisfaction as the German
 * one does, in the plural that "Państwo" takes ("zadowoleni"), not "zadowolony/zadowolona". */
export const pl: UiTexts = {
  languageSwitch: 'Język',
  languageChoose: 'Wybierz język',
  close: 'Zamknij',
  textSize: 'Rozmiar tekstu',
  textSizes: { normal: 'Normalny tekst', large: 'Duży tekst', xlarge: 'Bardzo duży tekst' },
  readAloud: 'Czytaj na głos',
  readAloudStop: 'Zatrzymaj czytanie',
  readAloudMissing: 'Czytanie na głos w tym języku nie jest dostępne na tym urządzeniu.',
  welcomeTitle: 'Jak minęła Państwa dzisiejsza wizyta?',
  welcomeLead: 'Państwa opinia pomaga nam stawać się lepszymi.',
  welcomeNote: 'Ankieta jest anonimowa.',
  start: 'Rozpocznij ankietę',
  welcomeTap: 'Proszę dotknąć jednej z twarzy.',
  moreSaved: 'Dziękujemy! Odpowiedź została zapisana.',
  moreTitle: (minutes) =>
    minutes === 1
      ? 'Czy mają Państwo jeszcze minutę?'
      : `Czy mają Państwo jeszcze ${minutes} ${plural('pl', minutes, { one: 'minutę', few: 'minuty', many: 'minut', other: 'minuty' })}?`,
  moreBody: (questions) =>
    `Jeszcze ${questions} ${plural('pl', questions, { one: 'krótkie pytanie', few: 'krótkie pytania', many: 'krótkich pytań', other: 'krótkiego pytania' })}.`,
  moreNo: 'Nie, dziękuję',
  progress: (current, total) => `Pytanie ${current} z ${total}`,
  back: 'Wstecz',
  skip: 'Pomiń',
  next: 'Dalej',
  send: 'Wyślij',
  sending: 'Zapisywanie …',
  multiHint: 'Można wybrać kilka odpowiedzi',
  optional: 'Nieobowiązkowe',
  scale: {
    5: 'bardzo zadowoleni',
    4: 'zadowoleni',
    3: 'częściowo',
    2: 'niezadowoleni',
    1: 'bardzo niezadowoleni',
  },
  yesno: { yes: 'Tak', partly: 'Częściowo', no: 'Nie' },
  textPrivacy: 'Prosimy nie podawać nazwisk ani innych danych osobowych.',
  textPlaceholder: 'Państwa sugestia (nieobowiązkowo)',
  textCounter: (used, max) => `Znaki: ${used} z ${max}`,
  thanksTitle: 'Dziękujemy bardzo!',
  thanksBody: 'Państwa odpowiedzi zostały zapisane. Życzymy miłego dnia.',
  idleTitle: 'Czy nadal tu Państwo są?',
  idleBody: (n) =>
    `Bez dotknięcia ekranu ankieta zacznie się od nowa za ${n} ${seconds(n)}. Dotychczasowe odpowiedzi pozostaną zapisane.`,
  idleContinue: 'Tak, dalej',
  apologyTitle: 'Bardzo nam przykro',
  apologyBody:
    'Niestety nie udało się zapisać Państwa odpowiedzi. Prosimy powiedzieć o tym przy okienku.',
  apologyDone: 'Do strony startowej',
  restartTitle: 'Dla personelu: prosimy ponownie uruchomić aplikację',
  restartBody:
    'To urządzenie nie może teraz zapisywać odpowiedzi. Prosimy dotknąć „Uruchom ponownie”. Zapisane już odpowiedzi zostaną zachowane.\nDo naszych gości: nie zrobili Państwo nic źle. Prosimy powiedzieć o tym przy okienku.',
  restartButton: 'Uruchom ponownie',
  locale: 'pl-PL',
  closedPausedTitle: 'Ankieta jest teraz zamknięta',
  closedPausedBody: 'Prosimy spróbować później. Dziękujemy za zainteresowanie!',
  closedBeforeTitle: 'Ankieta jeszcze się nie rozpoczęła',
  closedBefore: (from, to) => `Ankieta trwa od ${from} do ${to}.`,
  closedAfterTitle: 'Ankieta została zakończona',
  closedAfter: (from, to) =>
    `Ankieta trwała od ${from} do ${to}. Dziękujemy wszystkim, którzy wzięli udział!`,
};
