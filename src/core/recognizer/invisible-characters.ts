/**
 * Characters that a page may put inside a word and that do not show: soft
 * hyphens ("Netan\u00ADyahu", where the browser may break the line), zero-width
 * spaces, word joiners and byte-order marks. The recognizer reads each block
 * without them, so that they break no name, and the marks' offsets are then
 * carried back to the page's text.
 */

const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/;
const INVISIBLE_ALL = /[\u00ad\u200b\u2060\ufeff]/g;

/** A block as the recognizer reads it, and where each of its characters stands in the page's text (absent when they are the same). */
export interface VisibleText {
  text: string;
  offsets?: Int32Array;
}

export function visibleText(text: string): VisibleText {
  // Most blocks have none: one test, and the same string back.
  if (!INVISIBLE.test(text)) return { text };
  const offsets = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xad || c === 0x200b || c === 0x2060 || c === 0xfeff) continue;
    offsets[n++] = i;
  }
  offsets[n] = text.length;
  return { text: text.replace(INVISIBLE_ALL, ''), offsets: offsets.subarray(0, n + 1) };
}

/** The span [start, end) of the visible text, as offsets into the page's text: a span that ends before an invisible character does not take it. */
export function pageSpan(visible: VisibleText, start: number, end: number): { start: number; end: number } {
  const offsets = visible.offsets;
  if (!offsets) return { start, end };
  return { start: offsets[start]!, end: end === 0 ? 0 : offsets[end - 1]! + 1 };
}
