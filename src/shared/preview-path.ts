/**
 * Where the editor's live preview frames the real kiosk (routes/preview-page.ts serves the kiosk's
 * page there, framable by its own origin only; src/main.tsx spells it out, see there). A file of
 * its own so the server reads it without the preview's messages.
 */
export const PREVIEW_PATH = '/preview';
