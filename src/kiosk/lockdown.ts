/**
 * What the browser itself can do to keep a kiosk a kiosk (the OS does the rest:
 * screen pinning / Guided Access, see docs/install.md). The CSS part lives in
 * base.css: no overscroll, `touch-action: manipulation`, no text selection.
 * Pinch-zoom stays: blocking it would lock out citizens who need larger text.
 */
export function installLockdown(win: Window = window): void {
  const doc = win.document;
  // A long press must not open a context menu or select text, except where typing happens.
  const outsideInputs = (event: Event) => {
    const target = event.target as Element | null;
    if (!target?.closest?.('input, textarea, [contenteditable="true"]')) event.preventDefault();
  };
  doc.addEventListener('contextmenu', outsideInputs);
  doc.addEventListener('selectstart', outsideInputs);
  // No way out of the app: a link to another origin is never followed (the app has none today;
  // this keeps a future one, e.g. in a survey text, from opening a browser the kiosk cannot leave).
  doc.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
    if (link && !link.download && new URL(link.href, doc.baseURI).origin !== win.location.origin) {
      event.preventDefault();
    }
  });
  keepScreenAwake(win);
}

/**
 * Holds a Screen Wake Lock while the page is visible. The browser releases it
 * whenever the page is hidden (and sometimes on its own), so it is requested
 * again on release and whenever the page becomes visible.
 */
function keepScreenAwake(win: Window): void {
  const wakeLock = (win.navigator as Navigator & { wakeLock?: WakeLock }).wakeLock;
  if (!wakeLock) return;
  let held: WakeLockSentinel | undefined;
  const acquire = async () => {
    if (win.document.visibilityState !== 'visible' || (held && !held.released)) return;
    try {
      held = await wakeLock.request('screen');
      held.addEventListener('release', () => {
        held = undefined;
        // Released while still visible (battery saver, a system dialog): ask again shortly.
        if (win.document.visibilityState === 'visible') win.setTimeout(() => void acquire(), 1_000);
      });
    } catch {
      // Refused (battery saver, no permission): the OS's auto-lock setting must do it.
    }
  };
  win.document.addEventListener('visibilitychange', () => void acquire());
  void acquire();
}
