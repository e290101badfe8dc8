/**
 * Fill patterns shared by every chart on the page (one hidden SVG). The five scale
 * levels must stay apart in a black-and-white print, where colour is gone: each has
 * its own kind of mark (solid, diagonal lines, dots, cross-hatch, horizontal bars)
 * and its own lightness, so no two levels look alike even where a segment is narrow
 * and its percent label does not fit. (Before, 5 = solid dark blue and 1 = dark red
 * with a hairline both printed as near-black.)
 */
export type Mark = 'solid' | 'diagonal' | 'dots' | 'cross' | 'bars';

export interface ScalePattern {
  id: string;
  /** Background colour; its greyscale lightness is what a B/W print keeps. */
  background: string;
  mark: Mark;
  /** Colour of the mark. */
  ink: string;
  /** Colour of a percent label on top (with a halo of the opposite). */
  text: '#fff' | '#000';
}

export const SCALE_PATTERNS: Record<string, ScalePattern> = {
  '5': { id: 'urne-p5', background: '#173f75', mark: 'solid', ink: '#173f75', text: '#fff' },
  '4': { id: 'urne-p4', background: '#85a9da', mark: 'diagonal', ink: '#173f75', text: '#000' },
  '3': { id: 'urne-p3', background: '#f2f2f2', mark: 'dots', ink: '#444444', text: '#000' },
  '2': { id: 'urne-p2', background: '#f6c9a6', mark: 'cross', ink: '#8a3b12', text: '#000' },
  '1': { id: 'urne-p1', background: '#8a1c1c', mark: 'bars', ink: '#ffffff', text: '#fff' },
};

export const SCALE_FILLS: Record<string, { fill: string; text: string }> = Object.fromEntries(
  Object.entries(SCALE_PATTERNS).map(([level, p]) => [
    level,
    { fill: `url(#${p.id})`, text: p.text },
  ]),
);

function MarkShape({ mark, ink }: { mark: Mark; ink: string }) {
  switch (mark) {
    case 'solid':
      return null;
    case 'diagonal':
      return <line x1="0" y1="0" x2="0" y2="6" stroke={ink} stroke-width="1.6" />;
    case 'dots':
      return <circle cx="3" cy="3" r="1.1" fill={ink} />;
    case 'cross':
      return (
        <>
          <line x1="0" y1="0" x2="0" y2="6" stroke={ink} stroke-width="0.8" />
          <line x1="0" y1="3" x2="6" y2="3" stroke={ink} stroke-width="0.8" />
        </>
      );
    case 'bars':
      return <rect x="0" y="0" width="6" height="1.2" fill={ink} />;
  }
}

export function Patterns() {
  return (
    <svg width="0" height="0" aria-hidden="true" style={{ position: 'absolute' }}>
      <defs>
        {Object.values(SCALE_PATTERNS).map((p) => (
          <pattern
            key={p.id}
            id={p.id}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            {...(p.mark === 'diagonal' || p.mark === 'cross'
              ? { patternTransform: 'rotate(45)' }
              : {})}
          >
            <rect width="6" height="6" fill={p.background} />
            <MarkShape mark={p.mark} ink={p.ink} />
          </pattern>
        ))}
      </defs>
    </svg>
  );
}
