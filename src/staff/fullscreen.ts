/**
 * Full screen on the first staff unlock, which is a tap (browsers allow full
 * screen only in answer to one). Where the platform refuses (iPad Safari), the
 * installed app's own display mode has to do.
 */
export function requestFullscreenOnce(doc: Document = document): void {
  if (doc.fullscreenElement || !doc.fullscreenEnabled) return;
  doc.documentElement.requestFullscreen?.({ navigationUI: 'hide' }).catch(() => {});
}
