/**
 * Whether the reader is typing: the focus is in a text field, a textarea, an
 * editable region or a design-mode document, looked for through open shadow
 * roots. The shortcuts never act then (the browser has taken the keys, but
 * the reader meant to type, not to jump to a name or to pause the site).
 */

/**
 * Self-contained on purpose: it names nothing outside its own body but the
 * page's globals, because the worker also runs it in a tab for the
 * toggle-site shortcut (background/shortcuts.ts) through
 * `scripting.executeScript({ func })`, which sends only the function's source.
 * So the first content script on every page does not carry it.
 */
export function typingIn(doc: Document = document): boolean {
  if (doc.designMode === 'on') return true;
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active) return false;
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement) return true;
  if (active instanceof HTMLInputElement)
    return !['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit'].includes(active.type);
  if (active instanceof HTMLElement && active.isContentEditable) return true;
  return ['textbox', 'searchbox', 'combobox', 'spinbutton'].includes(active.getAttribute('role') ?? '');
}
