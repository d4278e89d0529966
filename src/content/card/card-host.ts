/**
 * The one element Dramatis adds to a page: a host in the top layer (the
 * `popover` attribute, so sticky headers and z-index wars cannot cover it)
 * holding an open shadow root that the card's UI (Preact, loaded on the first
 * card) renders into. Page CSS and card CSS cannot reach each other across
 * the shadow boundary.
 */
import { OWN_UI_ATTRIBUTE } from '../article-text.ts';
import { placeCard, type Box } from './card-placement.ts';
import type { CardUi, CardViewProps } from './card-ui-contract.ts';

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
  /** The UI that rendered into the mount, to empty it on hide. */
  private ui: CardUi | undefined;

  constructor(
    private readonly doc: Document,
    onPointerOver: (over: boolean) => void,
  ) {
    this.host = doc.createElement('div');
    this.host.id = CARD_HOST_ID;
    this.host.setAttribute(OWN_UI_ATTRIBUTE, '');
    this.host.setAttribute('popover', 'manual');
    for (const [property, value] of Object.entries(HOST_STYLE)) this.host.style.setProperty(property, value, 'important');
    const shadow = this.host.attachShadow({ mode: 'open' });
    this.mount = doc.createElement('div');
    shadow.append(this.mount);
    // The host is in the page's DOM, so the page can dispatch events at it: only trusted ones count.
    this.host.addEventListener('pointerenter', (event) => event.isTrusted && onPointerOver(true));
    this.host.addEventListener('pointerleave', (event) => event.isTrusted && onPointerOver(false));
  }

  get element(): HTMLElement {
    return this.host;
  }

  /** Renders the card and places it beside `anchor` (a line box of the name). */
  show(ui: CardUi, props: CardViewProps, anchor: Box): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    this.ui = ui;
    ui.render(this.mount, props);
    if (!this.host.matches(':popover-open')) this.host.showPopover();
    this.place(anchor);
  }

  /** Re-renders in place, e.g. when the card's data arrives. */
  update(props: CardViewProps, anchor: Box): void {
    this.ui?.render(this.mount, props);
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
    this.ui?.render(this.mount, null);
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
