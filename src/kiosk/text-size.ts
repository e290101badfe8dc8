import { useLayoutEffect } from 'preact/hooks';
import { TEXT_SIZES, type TextSize } from '../shared/text-sizes.ts';

export { TEXT_SIZES, type TextSize };
export const DEFAULT_TEXT_SIZE: TextSize = 'normal';

/**
 * Shows the chosen size: the root element carries `data-text-size`, and the styles scale the
 * root font size from it (everything is sized in rem, so targets and gaps grow with the text).
 * A layout effect, not a plain one: the new screen must never paint a frame at the old size, and
 * on a busy tablet the next animation frame (when plain effects run) can be long in coming.
 */
export function useTextSize(size: TextSize): void {
  useLayoutEffect(() => {
    document.documentElement.dataset.textSize = size;
  }, [size]);
}
