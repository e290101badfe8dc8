// The bench's yardstick (scripts/bench-kiosk.ts): the least a Preact page with a service worker
// can do — render one tappable answer, and on a tap the next question. No store, no styles.
import { render } from 'preact';
import { useState } from 'preact/hooks';

function Question() {
  const [n, setN] = useState(1);
  return (
    <main>
      <h1 id="question-title">Frage {n}</h1>
      <div role="radiogroup" aria-labelledby="question-title">
        {/* biome-ignore lint/a11y/useSemanticElements: the kiosk's answer markup (ChoiceGroup.tsx) */}
        <button type="button" role="radio" aria-checked="false" onClick={() => setN(n + 1)}>
          Ja
        </button>
      </div>
    </main>
  );
}

render(<Question />, document.getElementById('app') as HTMLElement);
void navigator.serviceWorker.register('/sw.js');
