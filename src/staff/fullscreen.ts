/**
 * Full screen for the kiosk, asked for on a staff tap (browsers allow full
 * screen only in answer to one). Resolves true if this call entered it, so a
 * caller can leave again what it entered. Where the platform refuses (iPad
 * Safari), the installed app's own display mode has to do.
 */
export function requestFullscreenOnce(doc: Document = document): Promise<boolean> {
  if (doc.fullscreenElement || !doc.fullscreenEnabled || !doc.documentElement.requestFullscreen) {
    return Promise.resolve(false);
  }
  return doc.documentElement.requestFullscreen({ navigationUI: 'hide' }).then(
    () => true,
    () => false,
  );
}

/** Leaves full screen again if `entered` says the matching request entered it. */
export function leaveFullscreen(entered: Promise<boolean>, doc: Document = document): void {
  void entered.then((yes) => {
    if (yes && doc.fullscreenElement) return doc.exitFullscreen().catch(() => {});
  });
}
