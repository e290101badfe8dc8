import type { IdleOverlayProps } from './IdleDialog.tsx';
import { lazyComponent } from './lazy.ts';

/**
 * "Are you still there?" (IdleDialog.tsx). It shows only after a minute without a touch, so its
 * code and styles are a chunk of their own, fetched from the service worker's cache the first
 * time a citizen walks away mid-survey: a few milliseconds late then, and no part of a start.
 */
export const IdleOverlay = lazyComponent<IdleOverlayProps>(() =>
  import('./IdleDialog.tsx').then((m) => m.IdleDialog),
);
