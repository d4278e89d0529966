// typingIn runs in two ways: imported by the annotator, and as source alone in a tab (the worker's
// scripting.executeScript for the toggle-site shortcut). Here it runs as source alone, in a context that
// holds only the page globals it may name: a reference to anything else of ours throws.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { typingIn } from './editable-focus.ts';

class FakeElement {
  shadowRoot: { activeElement: FakeElement | null } | null = null;
  constructor(private readonly attributes: Record<string, string> = {}) {}
  getAttribute(name: string): string | null {
    return this.attributes[name] ?? null;
  }
}
class HTMLElement extends FakeElement {
  isContentEditable = false;
}
class HTMLInputElement extends HTMLElement {
  type = 'text';
}
class HTMLTextAreaElement extends HTMLElement {}
class HTMLSelectElement extends HTMLElement {}

const document = { designMode: 'off', activeElement: null as FakeElement | null };
const context = vm.createContext({ document, HTMLElement, HTMLInputElement, HTMLTextAreaElement, HTMLSelectElement });
const typingInPage = vm.runInContext(`(${typingIn.toString()})`, context) as () => boolean;

function focus(element: FakeElement | null, designMode = 'off'): boolean {
  document.activeElement = element;
  document.designMode = designMode;
  return typingInPage();
}

test('text fields, textareas, selects and editable regions count as typing', () => {
  assert.equal(focus(new HTMLInputElement()), true);
  assert.equal(focus(Object.assign(new HTMLInputElement(), { type: 'search' })), true);
  assert.equal(focus(new HTMLTextAreaElement()), true);
  assert.equal(focus(new HTMLSelectElement()), true);
  assert.equal(focus(Object.assign(new HTMLElement(), { isContentEditable: true })), true);
  assert.equal(focus(new HTMLElement({ role: 'textbox' })), true);
  assert.equal(focus(null, 'on'), true, 'a design-mode document');
});

test('buttons, checkboxes, links and no focus do not', () => {
  assert.equal(focus(Object.assign(new HTMLInputElement(), { type: 'checkbox' })), false);
  assert.equal(focus(Object.assign(new HTMLInputElement(), { type: 'submit' })), false);
  assert.equal(focus(new HTMLElement()), false);
  assert.equal(focus(null), false);
});

test('the focus is looked for inside open shadow roots', () => {
  const host = new HTMLElement();
  host.shadowRoot = { activeElement: new HTMLTextAreaElement() };
  assert.equal(focus(host), true);
  host.shadowRoot = { activeElement: null };
  assert.equal(focus(host), false);
});
