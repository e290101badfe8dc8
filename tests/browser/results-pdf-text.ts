import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF as Chromium (Skia) writes it, without poppler: inflate the
 * streams, read each font's ToUnicode map, and decode the hex glyph strings of
 * Tj/TJ in every page's content, in order. Good enough to check that a report
 * contains a title and a figure; not a general PDF parser (no spacing, no layout).
 */
export function pdfText(pdf: Buffer): string {
  const objects = new Map<string, { dict: string; stream?: Buffer }>();
  const pattern = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  const latin = pdf.toString('latin1');
  for (const m of latin.matchAll(pattern)) {
    const body = m[2] ?? '';
    const at = body.search(/stream\r?\n/);
    if (at < 0) {
      objects.set(m[1] ?? '', { dict: body });
      continue;
    }
    const dict = body.slice(0, at);
    const start = (m.index ?? 0) + m[0].indexOf(body) + at + body.slice(at).indexOf('\n') + 1;
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    const raw = pdf.subarray(start, start + length);
    let stream: Buffer = raw;
    if (dict.includes('/FlateDecode')) stream = inflateSync(raw);
    objects.set(m[1] ?? '', { dict, stream });
  }
  const cmaps = new Map<string, Map<string, string>>();
  const cmapOf = (fontRef: string) => {
    const cached = cmaps.get(fontRef);
    if (cached) return cached;
    const ref = /\/ToUnicode (\d+) 0 R/.exec(objects.get(fontRef)?.dict ?? '')?.[1];
    const map = parseCMap(objects.get(ref ?? '')?.stream?.toString('latin1') ?? '');
    cmaps.set(fontRef, map);
    return map;
  };
  const out: string[] = [];
  for (const { dict } of objects.values()) {
    if (!/\/Type \/Page\b/.test(dict)) continue;
    const fonts = new Map<string, string>();
    const fontBlock = /\/Font\s*<<([\s\S]*?)>>/.exec(dict)?.[1] ?? '';
    for (const f of fontBlock.matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) fonts.set(f[1] ?? '', f[2] ?? '');
    const contents = /\/Contents (\d+) 0 R/.exec(dict)?.[1] ?? '';
    out.push(
      decodeContent(objects.get(contents)?.stream?.toString('latin1') ?? '', (name) =>
        cmapOf(fonts.get(name) ?? ''),
      ),
    );
  }
  return out.join('\n');
}

function parseCMap(text: string): Map<string, string> {
  const map = new Map<string, string>();
  const unicode = (hex: string) =>
    String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => Number.parseInt(h, 16)));
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set((m[1] ?? '').toUpperCase(), unicode(m[2] ?? ''));
    }
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (block[1] ?? '').matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      const from = Number.parseInt(m[1] ?? '0', 16);
      const to = Number.parseInt(m[2] ?? '0', 16);
      const first = Number.parseInt(m[3] ?? '0', 16);
      const width = (m[1] ?? '').length;
      for (let g = from; g <= to; g++) {
        map.set(
          g.toString(16).toUpperCase().padStart(width, '0'),
          String.fromCodePoint(first + g - from),
        );
      }
    }
  }
  return map;
}

function decodeContent(content: string, cmapFor: (font: string) => Map<string, string>): string {
  let cmap = new Map<string, string>();
  const parts: string[] = [];
  const tokens =
    /\/(\S+)\s+[\d.]+\s+Tf|\[((?:[^\]]*))\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj|(T\*|Td|TD|Tm|ET)\b/g;
  for (const m of content.matchAll(tokens)) {
    if (m[1]) cmap = cmapFor(m[1]);
    else if (m[2] !== undefined) {
      for (const s of m[2].matchAll(/<([0-9A-Fa-f]*)>/g)) parts.push(decodeHex(s[1] ?? '', cmap));
    } else if (m[3] !== undefined) parts.push(decodeHex(m[3], cmap));
    else parts.push(' ');
  }
  return parts.join('');
}

function decodeHex(hex: string, cmap: Map<string, string>): string {
  return (hex.toUpperCase().match(/.{4}/g) ?? []).map((g) => cmap.get(g) ?? '').join('');
}

/** For comparisons that ignore how the PDF broke lines and spaced words. */
export const compact = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');
