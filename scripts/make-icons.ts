// Draws Urne's icons (a ballot card going into an urn, white on the theme blue) into
// public/icons/. Run after changing the drawing: `npx tsx scripts/make-icons.ts`.
// The PNGs are checked in; the build only copies them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

type Rgb = readonly [number, number, number];
/** A shape in symbol space (0..1 both ways, y down): does it cover the point? */
type Shape = (x: number, y: number) => boolean;
interface Layer {
  shape: Shape;
  color: Rgb;
}

const THEME_BLUE: Rgb = [0x1d, 0x4f, 0x91];
const WHITE: Rgb = [0xff, 0xff, 0xff];
/** Samples per pixel along each axis: 4 × 4 = 16 samples give smooth edges at every size. */
const SUPERSAMPLE = 4;

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return dx * dx + dy * dy <= r * r;
  };
}

/** A polyline of the given width with round joins and caps. */
function stroke(points: ReadonlyArray<readonly [number, number]>, width: number): Shape {
  const half = width / 2;
  return (x, y) => {
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1] as readonly [number, number];
      const [bx, by] = points[i] as readonly [number, number];
      const lx = bx - ax;
      const ly = by - ay;
      const t = Math.min(1, Math.max(0, ((x - ax) * lx + (y - ay) * ly) / (lx * lx + ly * ly)));
      const px = ax + t * lx - x;
      const py = ay + t * ly - y;
      if (px * px + py * py <= half * half) return true;
    }
    return false;
  };
}

const both =
  (a: Shape, b: Shape): Shape =>
  (x, y) =>
    a(x, y) && b(x, y);

// The symbol, back to front. The card's lower edge disappears into the slot: it is clipped at
// the slot's middle, so a thin blue line of slot stays visible below it.
const SLOT_MIDDLE = 0.49;
const SYMBOL: Layer[] = [
  { shape: roundedRect(0.19, 0.5, 0.81, 0.86, 0.06), color: WHITE }, // box
  { shape: roundedRect(0.14, 0.44, 0.86, 0.54, 0.03), color: WHITE }, // lid
  { shape: roundedRect(0.3, 0.47, 0.7, 0.51, 0.02), color: THEME_BLUE }, // slot
  { shape: roundedRect(0.25, 0.7, 0.75, 0.72, 0.01), color: THEME_BLUE }, // label line on the front
  {
    shape: both(roundedRect(0.35, 0.12, 0.65, 0.6, 0.035), (_x, y) => y <= SLOT_MIDDLE),
    color: WHITE,
  }, // card
  {
    shape: stroke(
      [
        [0.415, 0.3],
        [0.475, 0.36],
        [0.585, 0.225],
      ],
      0.045,
    ),
    color: THEME_BLUE,
  }, // tick on the card
];

interface IconSpec {
  file: string;
  size: number;
  /** Symbol size relative to the icon (1 = as drawn in symbol space). */
  scale: number;
  /** Corner radius of the blue background relative to the size; 0 = full bleed. */
  corner: number;
}

const ICONS: IconSpec[] = [
  { file: 'icon-192.png', size: 192, scale: 1, corner: 0.2 },
  { file: 'icon-512.png', size: 512, scale: 1, corner: 0.2 },
  // Maskable: full bleed, and the symbol's farthest corner (0.45 from the centre as drawn) is
  // scaled into the 80 % safe-zone circle (radius 0.4).
  { file: 'icon-maskable-512.png', size: 512, scale: 0.8, corner: 0 },
  // iOS rounds the corners itself and shows transparency as black, so: full bleed.
  { file: 'apple-touch-icon-180.png', size: 180, scale: 0.9, corner: 0 },
  { file: 'favicon-32.png', size: 32, scale: 1, corner: 0.18 },
];

/** Colour and coverage of one sample point in icon space (0..1). */
function sample(spec: IconSpec, u: number, v: number): Rgb | undefined {
  const background = spec.corner === 0 || roundedRect(0, 0, 1, 1, spec.corner)(u, v);
  if (!background) return undefined;
  const x = 0.5 + (u - 0.5) / spec.scale;
  const y = 0.5 + (v - 0.5) / spec.scale;
  let color = THEME_BLUE;
  for (const layer of SYMBOL) if (layer.shape(x, y)) color = layer.color;
  return color;
}

function drawIcon(spec: IconSpec): PNG {
  const png = new PNG({ width: spec.size, height: spec.size });
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < spec.size; py++) {
    for (let px = 0; px < spec.size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const u = (px + (sx + 0.5) / SUPERSAMPLE) / spec.size;
          const v = (py + (sy + 0.5) / SUPERSAMPLE) / spec.size;
          const color = sample(spec, u, v);
          if (!color) continue;
          r += color[0];
          g += color[1];
          b += color[2];
          covered++;
        }
      }
      const i = (py * spec.size + px) * 4;
      // Average over covered samples only (straight alpha), so edges do not darken.
      png.data[i] = covered ? Math.round(r / covered) : 0;
      png.data[i + 1] = covered ? Math.round(g / covered) : 0;
      png.data[i + 2] = covered ? Math.round(b / covered) : 0;
      png.data[i + 3] = Math.round((covered / samples) * 255);
    }
  }
  return png;
}

const outDir = join(import.meta.dirname, '..', 'public', 'icons');
mkdirSync(outDir, { recursive: true });
for (const spec of ICONS) {
  writeFileSync(join(outDir, spec.file), PNG.sync.write(drawIcon(spec), { colorType: 6 }));
  console.log(`public/icons/${spec.file} (${spec.size}×${spec.size})`);
}
