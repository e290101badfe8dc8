import { LANGUAGES, type Language } from './localized-text.ts';
import type { TextSize } from './text-sizes.ts';

export { PREVIEW_PATH } from './preview-path.ts';

/*
 * The editor's live kiosk preview: the editor (src/editor) frames the real kiosk at PREVIEW_PATH
 * and talks to it only by these messages; both sides import them, so a renamed message is a
 * compile error. A plain guard, as sw-messages.ts, not a zod schema: the parts of zod the guard
 * would need are not in the kiosk's first load, and the preview's chunk would drag them there.
 */

/** What the frame shows around the draft: the kiosk's language and text size. */
export interface PreviewLook {
  lang: Language;
  textSize: TextSize;
}

/** Editor → frame. */
export type ToPreview =
  /**
   * The draft as it stands, sent as the admin types (debounced). Unchecked on purpose: the frame
   * checks it with the kiosk's own loadSurvey and says in a sentence why it cannot show it.
   */
  | { type: 'urne-preview:draft'; definition: unknown }
  /** Language and size chosen beside the frame; the screen shown stays. */
  | { type: 'urne-preview:look'; look: PreviewLook }
  /** "Frage anzeigen": that question, nothing answered; without `question`, "Von vorn". */
  | { type: 'urne-preview:show'; question?: string };

/** Frame → editor: loaded and listening, so the editor sends the draft and the look now. */
export const PREVIEW_READY = 'urne-preview:ready';

/** The message if `data` is one the editor may send, else undefined (anything else is ignored). */
export function toPreview(data: unknown): ToPreview | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'urne-preview:draft':
      return { type: m.type, definition: m.definition };
    case 'urne-preview:look':
      return isLook(m.look) ? { type: m.type, look: m.look } : undefined;
    case 'urne-preview:show':
      if (m.question === undefined) return { type: m.type };
      return typeof m.question === 'string' ? { type: m.type, question: m.question } : undefined;
    default:
      return undefined;
  }
}

/**
 * The sizes as a record the compiler holds to TextSize, not TEXT_SIZES itself: that array lives
 * in the kiosk's entry, and the preview's chunk importing it would add an export to the first load.
 */
const SIZES: Record<TextSize, true> = { normal: true, large: true, xlarge: true };

function isLook(look: unknown): look is PreviewLook {
  const l = look as Partial<Record<keyof PreviewLook, unknown>> | null;
  return (
    typeof l === 'object' &&
    l !== null &&
    LANGUAGES.includes(l.lang as Language) &&
    typeof l.textSize === 'string' &&
    Object.hasOwn(SIZES, l.textSize)
  );
}
