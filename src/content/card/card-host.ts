/**
 * The one element Dramatis adds to a page: a host in the top layer (the
 * `popover` attribute, so sticky headers and z-index wars cannot cover it)
 * holding an open shadow root that Preact renders the card into. Page CSS and
 * card CSS cannot reach each other across the shadow boundary.
 */
import { render, type ComponentChild } from 'preact';
import { OWN_UI_ATTRIBUTE } from '../article-text.ts';
import { CARD_CSS } from './card-styles.ts';
import { placeCard, type Box } from './card-placement.ts';

export const CARD_HOST_ID = 'dramatis-card-host';

/** Inline and !important: the page's own rules for `div` or `[popover]` must not move or restyle the host. */
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  inset: 'auto',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  overflow: 'visible',
  width: 'auto',
  height: 'auto',
  'max-width': 'none',
  'max-height': 'none',
  'z-index': '2147483647',
  display: 'block',
};

export class CardHost {
  private readonly host: HTMLDivElement;
  private readonly mount: HTMLElement;

  constructor(private readonly doc: Document, onPointerOver: (over: boolean) => void) {
    this.host = doc.createElement('div');
    this.host.id = CARD_HOST_ID;
    this.host.setAttribute(OWN_UI_ATTRIBUTE, '');
    this.host.setAttribute('popover', 'manual');
    for (const [property, value] of Object.entries(HOST_STYLE)) this.host.style.setProperty(property, value, 'important');
    const shadow = this.host.attachShadow({ mode: 'open' });
    adoptStyles(doc, shadow);
    this.mount = doc.createElement('div');
    shadow.append(this.mount);
    // The host is in the page's DOM, so the page can dispatch events at it: only trusted ones count.
    this.host.addEventListener('pointerenter', (event) => event.isTrusted && onPointerOver(true));
    this.host.addEventListener('pointerleave', (event) => event.isTrusted && onPointerOver(false));
  }

  get element(): HTMLElement {
    return this.host;
  }

  /** Renders `content` and places the card beside `anchor` (a line box of the name). */
  show(content: ComponentChild, anchor: Box): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    render(content, this.mount);
    if (!this.host.matches(':popover-open')) this.host.showPopover();
    this.place(anchor);
  }

  /** Re-renders in place, e.g. when the card's data arrives. */
  update(content: ComponentChild, anchor: Box): void {
    render(content, this.mount);
    this.place(anchor);
  }

  /** Moves focus into the card (a labelled dialog), for keyboard users. */
  focusCard(): void {
    const card = this.host.shadowRoot?.querySelector<HTMLElement>('.card');
    card?.focus({ preventScroll: true });
  }

  get isOpen(): boolean {
    return this.host.isConnected && this.host.matches(':popover-open');
  }

  hide(): void {
    if (this.isOpen) this.host.hidePopover();
    render(null, this.mount);
  }

  destroy(): void {
    this.hide();
    this.host.remove();
  }

  private place(anchor: Box): void {
    const size = this.host.getBoundingClientRect();
    const view = this.doc.defaultView;
    const viewport = { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
    const { left, top } = placeCard(anchor, { width: size.width, height: size.height }, viewport);
    this.host.style.setProperty('left', `${left}px`, 'important');
    this.host.style.setProperty('top', `${top}px`, 'important');
  }
}

/**
 * One constructed stylesheet for the card; a `<style>` element where the
 * browser will not adopt a sheet made in the content script's world.
 */
let sharedSheet: CSSStyleSheet | undefined;
function adoptStyles(doc: Document, shadow: ShadowRoot): void {
  try {
    sharedSheet ??= new CSSStyleSheet();
    sharedSheet.replaceSync(CARD_CSS);
    shadow.adoptedStyleSheets = [sharedSheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    shadow.append(style);
  }
}
