/**
 * Fill patterns shared by every chart on the page (one hidden SVG): the scale's five
 * levels differ by hatching as well as colour, so a black-and-white print stays readable.
 */
export const SCALE_FILLS: Record<string, { fill: string; text: string }> = {
  '5': { fill: 'url(#urne-p5)', text: '#fff' },
  '4': { fill: 'url(#urne-p4)', text: '#000' },
  '3': { fill: 'url(#urne-p3)', text: '#000' },
  '2': { fill: 'url(#urne-p2)', text: '#000' },
  '1': { fill: 'url(#urne-p1)', text: '#fff' },
};

export function Patterns() {
  return (
    <svg width="0" height="0" aria-hidden="true" style={{ position: 'absolute' }}>
      <defs>
        <pattern id="urne-p5" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="#1d4f91" />
        </pattern>
        <pattern
          id="urne-p4"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="#a9c4e8" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#1d4f91" stroke-width="1.5" />
        </pattern>
        <pattern id="urne-p3" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="#eeeeee" />
          <circle cx="3" cy="3" r="0.9" fill="#555" />
        </pattern>
        <pattern
          id="urne-p2"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="#f3c3a0" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#8a3b12" stroke-width="1.5" />
          <line x1="0" y1="3" x2="6" y2="3" stroke="#8a3b12" stroke-width="1.5" />
        </pattern>
        <pattern id="urne-p1" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="#8a1c1c" />
          <line x1="0" y1="3" x2="6" y2="3" stroke="#fff" stroke-width="0.8" />
        </pattern>
      </defs>
    </svg>
  );
}
