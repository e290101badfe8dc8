import { type ComponentType, type FunctionComponent, h } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code is a chunk of its own, fetched the first time it is rendered (the
 * service worker precaches every chunk, so this works offline too). It renders nothing until
 * then, so it is only for extras that may appear a moment late (the language sheet), never for
 * anything a citizen needs to answer, and never above what a citizen may already be tapping: its
 * late arrival moves that down ("Vorlesen" did, over the first question's answers). Keeps the first-load bundle within its budget.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): FunctionComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  return function Lazy(props: P) {
    const [, setReady] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      loading ??= load().then((component) => {
        loaded = component;
      });
      loading.then(
        () => live && setReady(true),
        (error: unknown) => {
          loading = undefined; // the next render tries again
          console.error('Urne: could not load a part of the kiosk:', String(error));
        },
      );
      return () => {
        live = false;
      };
    }, []);
    return loaded ? h(loaded as ComponentType<object>, props) : null;
  };
}
