/**
 * A face's label sits in a tile about 200 px wide, and "niezadowoleni" or "unzufrieden" at a
 * larger text size is wider: the browser broke it inside the word ("unzufrie-den"). Each label
 * gets the width of its longest word in em (`--em`); answers.css caps its font size at what
 * fits the tile (`100cqi / --em`), at every text size and orientation, so no word is broken and
 * only a label that would not fit gets smaller. The width in em does not change with the text
 * size, so each text is measured once (a canvas: no layout of the page).
 */
/**
 * The width in em per text, kept for the page's life: every scale question builds its five
 * labels anew, and reading the computed font of each new label forced a style recalculation of
 * the half-built screen in the middle of the tap's render, five times per scale question. All
 * scale labels share one font (answers.css), so a text measured once stays measured. (Setting
 * the same value again on a re-render changes nothing, so nothing is styled again.)
 */
const widths = new Map<string, string>();
let canvas: CanvasRenderingContext2D | null | undefined;
/**
 * The labels' font, read once and kept. Read from the tile, whose font the label inherits: the
 * label's own style depends on the tile's width (`cqi`), so reading it forced a layout in the
 * middle of the render, and reading it from each new label forced one each (the welcome's five
 * at every start: a sixth of a slow tablet's start).
 */
let font: string | undefined;

export function measureWords(label: HTMLElement | null): void {
  const text = label?.textContent;
  if (!label || !text) return;
  if (!widths.has(text)) {
    canvas ??= document.createElement('canvas').getContext('2d');
    if (!canvas) return;
    if (!font) {
      const style = getComputedStyle(label.parentElement as Element);
      font = `${style.fontWeight} 100px ${style.fontFamily}`;
    }
    canvas.font = font;
    let widest = 0;
    for (const word of text.split(/\s+/)) widest = Math.max(widest, canvas.measureText(word).width);
    // In em (of 100 px), 3 % to spare: the page's text may round or kern a little wider than
    // the canvas.
    widths.set(text, `${widest * 0.0103}`);
  }
  label.style.setProperty('--em', widths.get(text) as string);
}
