import { render } from 'preact';
import { type KioskParts, PreviewKiosk } from './PreviewKiosk.tsx';
import css from './preview.css?inline';

/**
 * The preview's start (main.tsx, only at /preview, in the editor's frame): the kiosk's screens on
 * the editor's draft. Nothing here opens the store, starts a sync or registers the service worker.
 * The kiosk's parts come one by one: in an object, their key names would cost the first load bytes.
 * Its styles come inline (a constructed sheet, which the page's CSP allows like Preact's styles):
 * a CSS file would be one more name listed in the kiosk's entry (vite.config.ts).
 */
export function startPreview(
  root: HTMLElement,
  App: KioskParts['App'],
  loadSurvey: KioskParts['loadSurvey'],
  config: KioskParts['config'],
): void {
  document.documentElement.dataset.preview = '';
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  render(<PreviewKiosk kiosk={{ App, loadSurvey, config }} />, root);
}
