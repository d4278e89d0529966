/**
 * Highlights have no element to receive events, so the mention under the
 * pointer is found from the pointer's position: the caret position there, the
 * mention containing it, then a check against the mention's line boxes (the
 * caret snaps to the nearest character even when the pointer is beside the text).
 */
import type { MarkedMention, Marks } from './marks.ts';

export interface PointHit {
  mention: MarkedMention;
  /** The line box of the mention under the pointer, for placing the card. */
  rect: DOMRect;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  // Chromium before 128 has only the older, non-standard API.
  const range = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

export function mentionAtPoint(doc: Document, marks: Marks, x: number, y: number): PointHit | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret) return undefined;
  const mention = marks.at(caret.node, caret.offset);
  if (!mention) return undefined;
  for (const rect of mention.range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return { mention, rect };
  }
  return undefined;
}
