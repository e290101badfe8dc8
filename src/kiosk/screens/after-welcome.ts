// Everything after the welcome, as one chunk: the welcome (the overall question's faces) is the
// whole first load, and this loads while the first answer is written (the first-load budget).
// The thank-you comes only after a question or the offer of more, so it is here by then.
export { MoreScreen } from './MoreScreen.tsx';
export { QuestionScreen } from './QuestionScreen.tsx';
export { ThankYouScreen } from './ThankYouScreen.tsx';
