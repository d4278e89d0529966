/**
 * The card's UI, bundled apart as `card.js`: Preact, the card's view and its
 * styles. The worker injects it into the tab's isolated world on the first
 * card a reader wants (card-ui-loader.ts), so that pages where no card is
 * opened never load it. It leaves its factory where the content script looks.
 */
import { h, render } from 'preact';
import { Card } from './Card.tsx';
import { CARD_CSS } from './card-styles.ts';
import { lendStrings } from './card-strings.ts';
import { pageDirection, pageTheme } from './page-theme.ts';
import { CARD_UI_KEY, type CardUi, type CardUiFactory } from './card-ui-contract.ts';

const factory: CardUiFactory = (strings) => {
  lendStrings(strings);
  const styled = new WeakSet<ShadowRoot>();
  const ui: CardUi = {
    render(mount, props) {
      const root = mount.getRootNode() as ShadowRoot;
      if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && !styled.has(root)) {
        adoptStyles(root);
        styled.add(root);
      }
      render(props && h(Card, { ...props, theme: pageTheme(mount.ownerDocument), direction: pageDirection(mount.ownerDocument) }), mount);
    },
  };
  return ui;
};

(globalThis as { [CARD_UI_KEY]?: CardUiFactory })[CARD_UI_KEY] = factory;

/**
 * One constructed stylesheet for the card; a `<style>` element where the
 * browser will not adopt a sheet made in the content script's world.
 */
let sharedSheet: CSSStyleSheet | undefined;
function adoptStyles(shadow: ShadowRoot): void {
  try {
    sharedSheet ??= new CSSStyleSheet();
    sharedSheet.replaceSync(CARD_CSS);
    shadow.adoptedStyleSheets = [sharedSheet];
  } catch {
    const style = shadow.ownerDocument.createElement('style');
    style.textContent = CARD_CSS;
    shadow.prepend(style);
  }
}
