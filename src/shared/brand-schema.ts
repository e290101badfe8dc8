import * as z from 'zod/mini';

/** The largest logo a configuration may carry, as data-URL characters (about 18 kB of file). */
export const LOGO_MAX_CHARS = 24_000;

const Name = z.string().check(z.minLength(1), z.maxLength(80));

/**
 * The office's identity, set by IT on the server (URNE_BRAND_*, docs/install.md) and handed to
 * every kiosk with its configuration, so it is cached with it and shows offline. Every field is
 * optional: without any the kiosk keeps its neutral look and names the configured office.
 * The logo travels as a data URL (no request, nothing for the service worker to miss offline);
 * the colours have passed the contrast check of brand-colours.ts on the server. No messages
 * here: the kiosk only needs yes or no, and the server words its own (brand-config.ts).
 */
export const Brand = z.strictObject({
  /** "Stadt Lünen"; also the logo's alternative text. */
  city: z.optional(Name),
  /** Shown instead of the configured office's name, for a server with one office. */
  office: z.optional(Name),
  /** An SVG, PNG or WebP image as a base64 data URL. */
  logo: z.optional(
    z
      .string()
      .check(
        z.maxLength(LOGO_MAX_CHARS),
        z.regex(/^data:image\/(svg\+xml|png|webp);base64,[\w+/]+=*$/),
      ),
  ),
  /** Buttons, selected answers, titles: white text is drawn on it. `#` and six hex digits. */
  primary: z.optional(z.string().check(z.regex(/^#[\da-f]{6}$/))),
  /** The city's name in the header, drawn as text on the white page. */
  accent: z.optional(z.string().check(z.regex(/^#[\da-f]{6}$/))),
});
export type Brand = z.infer<typeof Brand>;
