import type { UiTexts } from './de.ts';

export const en: UiTexts = {
  languageName: 'English',
  languageSwitch: 'Language',
  welcomeTitle: 'How was your visit today?',
  welcomeLead: 'Your opinion helps us improve.',
  welcomeNote: 'The survey is anonymous and takes about a minute.',
  start: 'Start the survey',
  progress: (current, total) => `Question ${current} of ${total}`,
  back: 'Back',
  skip: 'Skip',
  next: 'Next',
  send: 'Send',
  sending: 'Saving …',
  multiHint: 'Several answers possible',
  optional: 'Optional',
  scale: {
    5: 'very satisfied',
    4: 'satisfied',
    3: 'neutral',
    2: 'dissatisfied',
    1: 'very dissatisfied',
  },
  yesno: { yes: 'Yes', partly: 'Partly', no: 'No' },
  textPrivacy: 'Please do not enter names or any other personal data.',
  textPlaceholder: 'Your suggestion (optional)',
  textCounter: (used, max) => `${used} of ${max} characters`,
  thanksTitle: 'Thank you!',
  thanksBody: 'Your answers have been saved. Have a nice day.',
  idleTitle: 'Are you still there?',
  idleBody: (seconds) =>
    `Without input, the survey starts over in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}. Your answers so far will then be discarded.`,
  idleContinue: 'Yes, continue',
  apologyTitle: 'We are sorry',
  apologyBody:
    'Unfortunately your answers could not be saved. Please let the staff at the counter know.',
  apologyDone: 'Back to the start',
  restartTitle: 'Please restart the app',
  restartBody:
    'The device’s storage is not responding. Please let the staff at the counter know so the app can be restarted.',
  restartButton: 'Restart',
};
