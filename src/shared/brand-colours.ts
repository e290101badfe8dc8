import type { Brand } from './brand-schema.ts';

/** WCAG 2.2 AA for normal text (1.4.3); the kiosk's smallest brand-coloured text is normal size. */
export const MIN_CONTRAST = 4.5;

const WHITE = '#ffffff';
/** The kiosk's pale panels (base.css --page-soft), on which titles are drawn in the primary colour. */
const PAGE_SOFT = '#f4f7fb';

/** How much of the primary colour its pale tint keeps, and how much black its pressed shade gets. */
const TINT = 0.1;
const SHADE = 0.25;

/**
 * The CSS custom properties a brand sets on the kiosk's root (base.css has the neutral
 * defaults): the primary colour, a darker shade for pressed buttons and a pale tint for
 * selected chips. The browser mixes them (color-mix in sRGB, as mix() below does for the
 * contrast check), so the kiosk carries no colour arithmetic in its first load.
 */
export function brandProperties(
  brand: Pick<Brand, 'primary' | 'accent'> | undefined,
): Record<string, string> {
  const properties: Record<string, string> = {};
  const primary = brand?.primary;
  if (primary) {
    properties['--accent'] = primary;
    properties['--accent-strong'] = `color-mix(in srgb, ${primary} ${100 - SHADE * 100}%, #000)`;
    properties['--accent-soft'] = `color-mix(in srgb, ${primary} ${TINT * 100}%, #fff)`;
  }
  if (brand?.accent) properties['--brand-accent'] = brand.accent;
  return properties;
}

/**
 * Why the brand's colours would make text hard to read, one plain sentence per failing pair;
 * empty when all pass. Each colour is checked against what is drawn with it: white text on the
 * primary colour (and the primary colour as text on white, on the pale panels and on its own
 * tint), the accent as text on white.
 */
export function brandContrastProblems(brand: Pick<Brand, 'primary' | 'accent'>): string[] {
  const problems: string[] = [];
  // True when the pair passes; a failing pair is reported, and the colour's later pairs are
  // skipped (one sentence per colour is enough to act on).
  const passes = (name: string, colour: string, other: string, where: string) => {
    const ratio = contrastRatio(colour, other);
    if (ratio >= MIN_CONTRAST) return true;
    problems.push(
      `The ${name} colour ${colour} has a contrast of only ${formatRatio(ratio)} with ${where}; ` +
        `WCAG AA needs at least ${MIN_CONTRAST}:1. Please choose a darker ${name} colour.`,
    );
    return false;
  };
  const { primary, accent } = brand;
  if (primary) {
    const tint = softTint(primary);
    void (
      passes('primary', primary, WHITE, `the white text drawn on it (${WHITE})`) &&
      passes('primary', primary, PAGE_SOFT, `the pale panels it is drawn on (${PAGE_SOFT})`) &&
      passes('primary', primary, tint, `its own pale tint for selected buttons (${tint})`)
    );
  }
  if (accent) passes('accent', accent, WHITE, `the white page it is drawn on (${WHITE})`);
  return problems;
}

/** The WCAG contrast ratio of two `#rrggbb` colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** "3.96:1": rounded down, so a ratio shown as 4.5:1 never hides one just below. */
export function formatRatio(ratio: number): string {
  return `${Math.floor(ratio * 100) / 100}:1`;
}

/** The pale tint as the browser mixes it from brandProperties' color-mix(). */
export function softTint(colour: string): string {
  return mix(colour, WHITE, 1 - TINT);
}

/** WCAG 2.x relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** `colour` moved `share` of the way to `other`, in sRGB as CSS color-mix() would. */
function mix(colour: string, other: string, share: number): string {
  const a = channels(colour);
  const b = channels(other);
  return `#${a
    .map((c, i) =>
      Math.round(c + ((b[i] as number) - c) * share)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function channels(hex: string): number[] {
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
}
