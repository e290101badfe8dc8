import { useState } from 'preact/hooks';

// Whether a screen has been shown since the page loaded. Module state on purpose: it lives as
// long as the page, across the App's remounts (a new configuration) and the closed screen.
let shownBefore = false;

/**
 * The class list of a screen's `<main>`. Every screen but the first fades in: Chromium records
 * no first contentful paint for content that starts at opacity 0, so a fading first screen left
 * Lighthouse (NO_FCP) and field metrics without one. Decided once per mounted screen, so a
 * re-render never starts the fade on a screen already shown.
 */
export function useScreenClass(names: string): string {
  const [fade] = useState(() => {
    const later = shownBefore;
    shownBefore = true;
    return later;
  });
  return fade ? `screen screen--fade ${names}` : `screen ${names}`;
}
