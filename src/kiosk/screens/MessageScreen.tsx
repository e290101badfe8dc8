import { lazyComponent } from '../components/lazy.ts';
import type { MessageScreenProps } from './MessageScreenBody.tsx';

/**
 * The apology and the restart notice: a chunk of its own, loaded only after a storage failure.
 * It comes from the service worker's cache, which is not the database that failed (and a
 * failed load is tried again on the next render); most starts never show either screen, and
 * the first load is at its budget.
 */
export const MessageScreen = lazyComponent<MessageScreenProps>(() =>
  import('./MessageScreenBody.tsx').then((m) => m.MessageScreenBody),
);
