/**
 * Whether the reader is typing: the focus is in a text field, a textarea, an
 * editable region or a design-mode document, looked for through open shadow
 * roots. The shortcuts never act then (the browser has taken the keys, but
 * the reader meant to type, not to jump to a name).
 */
const NOT_TYPED = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit']);
const TYPED_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);

/** The focused element, inside open shadow roots too. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function isEditable(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement) return !NOT_TYPED.has(element.type);
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  return TYPED_ROLES.has(element.getAttribute('role') ?? '');
}

export function typingIn(doc: Document): boolean {
  return doc.designMode === 'on' || isEditable(deepActiveElement(doc));
}
