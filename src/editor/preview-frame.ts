import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { PREVIEW_READY, type PreviewLook, type ToPreview } from '../shared/preview-messages.ts';
import type { Draft } from './draft-edit.ts';

/** Long enough that typing a word sends it once, short enough to feel live. */
const DRAFT_DEBOUNCE_MS = 300;

/**
 * Keeps the framed kiosk (src/kiosk/preview/) on the draft and look: the draft a moment after the
 * admin stops typing, the look at once, both again whenever the frame (re)loads and says ready.
 * Messages go to this origin only, and only the frame's own are heard.
 */
export function usePreviewFrame(
  frame: RefObject<HTMLIFrameElement | null>,
  draft: Draft,
  look: PreviewLook,
): { show(question?: string): void } {
  const [ready, setReady] = useState(0);
  const latest = useRef({ draft, look });
  latest.current = { draft, look };
  const post = (message: ToPreview) =>
    frame.current?.contentWindow?.postMessage(message, window.location.origin);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin) return;
      if (event.source !== frame.current?.contentWindow) return;
      if ((event.data as { type?: unknown } | null)?.type !== PREVIEW_READY) return;
      post({ type: 'urne-preview:look', look: latest.current.look });
      post({ type: 'urne-preview:draft', definition: latest.current.draft });
      setReady((n) => n + 1);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(
      () => post({ type: 'urne-preview:draft', definition: draft }),
      DRAFT_DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [draft]);

  useEffect(() => {
    if (ready) post({ type: 'urne-preview:look', look });
  }, [look.lang, look.textSize]);

  return { show: (question) => post({ type: 'urne-preview:show', question }) };
}

/**
 * The scale that fits a `width`×`height` frame into the stage element (never above 1), kept
 * as the stage changes size (window, layout).
 */
export function useFitScale(
  stage: RefObject<HTMLElement | null>,
  width: number,
  height: number,
): number {
  const [box, setBox] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const element = stage.current;
    if (!element) return;
    const observer = new ResizeObserver(() =>
      setBox({ width: element.clientWidth, height: element.clientHeight }),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  if (box.width === 0 || box.height === 0) return 0.3;
  return Math.min(1, box.width / width, box.height / height);
}
