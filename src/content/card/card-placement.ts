/**
 * Where the card goes: below the name's line box, or above it when there is
 * no room below, shifted sideways to stay inside the viewport. Pure geometry.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const GAP = 6;
const MARGIN = 8;

export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): { left: number; top: number } {
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - card.height;
  let top = below;
  if (below + card.height > viewport.height - MARGIN && above >= MARGIN) top = above;
  top = Math.max(MARGIN, Math.min(top, viewport.height - MARGIN - card.height));
  const maxLeft = viewport.width - MARGIN - card.width;
  const left = Math.max(MARGIN, Math.min(anchor.left, maxLeft));
  return { left: Math.round(left), top: Math.round(top) };
}
