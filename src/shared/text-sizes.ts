/**
 * The kiosk's three text sizes; every citizen starts at the first. Here, not in src/kiosk, because
 * the editor's preview names them too (preview-messages.ts).
 */
export const TEXT_SIZES = ['normal', 'large', 'xlarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
