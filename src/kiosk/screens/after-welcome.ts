// Everything after the welcome, as one chunk: the welcome (the overall question's faces) is the
// whole first load, and this loads while the first answer is written (the first-load budget).
export { MoreScreen } from './MoreScreen.tsx';
export { QuestionScreen } from './QuestionScreen.tsx';
