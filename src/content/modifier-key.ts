/** The "while Alt is held" mode: marks and cards appear only while the reader holds the key. */

/** Calls `onChange(true)` while Alt is held and `onChange(false)` when it is released or the window loses focus. */
export function watchModifier(doc: Document, onChange: (held: boolean) => void, signal: AbortSignal): void {
  let held = false;
  const set = (next: boolean) => {
    if (next !== held) onChange((held = next));
  };
  // Only the reader's own keys: a page's synthetic events must not show or hide the marks.
  doc.addEventListener('keydown', (e) => e.isTrusted && e.key === 'Alt' && set(true), { capture: true, signal });
  doc.addEventListener('keyup', (e) => e.isTrusted && e.key === 'Alt' && set(false), { capture: true, signal });
  doc.defaultView?.addEventListener('blur', () => set(false), { signal });
}
