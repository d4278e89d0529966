/**
 * What the card's UI (Preact and the card's view, `card.js`) offers the
 * content script. It is not part of the content script: the worker injects it
 * into the tab's isolated world when the first card is wanted, and it
 * registers itself under CARD_UI_KEY there. The page's own scripts never see
 * that world.
 */
import type { MessageKey } from '../../shared/i18n.ts';
import type { CardState } from './card-state.ts';

/** Where `card.js` leaves its UI in the isolated world it runs in. */
export const CARD_UI_KEY = Symbol.for('dramatis.card-ui');

/** The localized strings the card shows; the content script lends its own (one browser API door, one polyfill). */
export interface CardStrings {
  t(key: MessageKey, ...substitutions: string[]): string;
  formatDate(isoDate: string): string;
  /** The reader's language (browser.i18n.getUILanguage), for plurals and country names. */
  language: string;
  /** The direction of our strings in that language: the card's text runs this way whatever the page's direction. */
  direction: 'ltr' | 'rtl';
}

export interface CardViewProps {
  state: CardState;
  onClose: () => void;
  /** Go to the entity's previous (-1) or next (+1) mention in the article. */
  onStep: (step: number) => void;
  /** Show another entity's card in this one (an affiliation). */
  onOpenEntity: (id: string) => void;
}

export interface CardUi {
  /** Renders the card into `mount` (in our shadow root, whose styles it brings), or empties it with null. */
  render(mount: HTMLElement, props: CardViewProps | null): void;
}

export type CardUiFactory = (strings: CardStrings) => CardUi;
