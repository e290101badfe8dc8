import * as z from 'zod/mini';

/**
 * Every text a citizen reads is a map from language code to text. German is
 * required because it is the kiosk's default and the fallback for any language
 * that lacks a text; further languages are optional keys.
 */
export const LocalizedText = z.catchall(
  z.object({
    de: z.string().check(z.trim(), z.minLength(1, 'German text (de) must not be empty')),
  }),
  z.string().check(z.trim(), z.minLength(1, 'text must not be empty')),
);
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * The language codes the kiosk ships; German first. They are BCP 47 tags, used as `lang`
 * attributes too. Leichte Sprache (plain German) has no registered tag, so it is German with a
 * private-use subtag: `de-x-ls` is still read as German by screen readers and speech synthesis.
 */
export const LANGUAGES = ['de', 'de-x-ls', 'en', 'tr', 'ar', 'ru', 'uk', 'pl'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'de';

/** Picks the text for `lang`, falling back to German. */
export function pickText(text: LocalizedText, lang: string): string {
  return text[lang] ?? text.de;
}
