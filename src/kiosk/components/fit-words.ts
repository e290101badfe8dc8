/**
 * A face's label sits in a tile about 200 px wide, and "niezadowoleni" or "unzufrieden" at a
 * larger text size is wider: the browser broke it inside the word ("unzufrie-den"). Each label
 * gets the width of its longest word in em (`--em`); answers.css caps its font size at what
 * fits the tile (`100cqi / --em`), at every text size and orientation, so no word is broken and
 * only a label that would not fit gets smaller. The width in em does not change with the text
 * size, so each text is measured once (a canvas: no layout of the page).
 */
const measured = new WeakMap<HTMLElement, string>();
let canvas: CanvasRenderingContext2D | null | undefined;

export function measureWords(label: HTMLElement | null): void {
  const text = label?.textContent;
  if (!label || !text || measured.get(label) === text) return;
  measured.set(label, text);
  canvas ??= document.createElement('canvas').getContext('2d');
  if (!canvas) return;
  const style = getComputedStyle(label);
  canvas.font = `${style.fontWeight} 100px ${style.fontFamily}`;
  const widest = Math.max(...text.split(/\s+/).map((word) => canvas?.measureText(word).width ?? 0));
  // 3 % to spare: the page's text may round or kern a little wider than the canvas.
  label.style.setProperty('--em', String((widest / 100) * 1.03));
}
