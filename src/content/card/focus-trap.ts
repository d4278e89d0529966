/**
 * Keeps the keyboard's focus in the open card: Tab from its last control goes
 * to its first, Shift+Tab from its first to its last, as in a modal dialog
 * (WAI-ARIA dialog pattern). Escape closes the card and the focus goes back
 * where it was (card-session.ts).
 */
const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Handles a Tab keydown whose focus is in `root` (the card's shadow root); true when it moved the focus itself. */
export function trapTab(root: ShadowRoot, event: KeyboardEvent): boolean {
  const controls = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) {
    event.preventDefault();
    return true;
  }
  const active = root.activeElement;
  const inControls = active instanceof HTMLElement && controls.includes(active);
  const target = event.shiftKey ? (!inControls || active === first ? last : undefined) : !inControls || active === last ? first : undefined;
  if (!target) return false;
  event.preventDefault();
  target.focus();
  return true;
}
