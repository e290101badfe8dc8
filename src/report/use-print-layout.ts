import { useEffect, useState } from 'preact/hooks';

/**
 * Whether the results page shows the committee's layout (the one `npm run report` prints)
 * because it is being printed. Printing the screen layout gave the committee a page per
 * question and no first page; now paper always gets the committee's report of the same
 * selection, however printing was started:
 *   - the "Drucken" button (`printNow`) switches first and opens the print dialog only once
 *     that layout is rendered;
 *   - the browser's own print (Ctrl+P) fires `beforeprint`; Preact renders in the microtask
 *     right after that event, before the page is laid out for paper;
 *   - the print media query (a print preview, an emulated print) switches too.
 * `afterprint` switches back to the screen layout.
 */
export function usePrintLayout(): { printing: boolean; printNow(): void } {
  const [printing, setPrinting] = useState(() => matchMedia('print').matches);
  const [asked, setAsked] = useState(false);

  useEffect(() => {
    const query = matchMedia('print');
    const follow = () => setPrinting(query.matches);
    const on = () => setPrinting(true);
    query.addEventListener('change', follow);
    addEventListener('beforeprint', on);
    addEventListener('afterprint', follow);
    return () => {
      query.removeEventListener('change', follow);
      removeEventListener('beforeprint', on);
      removeEventListener('afterprint', follow);
    };
  }, []);

  // The committee's layout is in the DOM now (effects run after the render that shows it).
  useEffect(() => {
    if (!asked || !printing) return;
    setAsked(false);
    window.print();
  }, [asked, printing]);

  return {
    printing,
    printNow: () => {
      setPrinting(true);
      setAsked(true);
    },
  };
}
