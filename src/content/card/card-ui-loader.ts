/**
 * Gets the card's UI (card-ui.ts, bundled as `card.js`) when the first card
 * is wanted: the worker injects it into this frame's isolated world, where it
 * leaves its factory. Asked as soon as the pointer rests on a mark, so it is
 * there before the hover delay ends; a keyboard step or a tap waits for it
 * (one round trip to the worker). Pages where no card is opened never load it.
 */
import { sendToBackground } from '../../shared/messaging.ts';
import { formatDate, t, uiDirection, uiLanguage } from '../../shared/i18n.ts';
import { CARD_UI_KEY, type CardUi, type CardUiFactory } from './card-ui-contract.ts';

let ui: CardUi | undefined;
let loading: Promise<CardUi> | undefined;

function registered(): CardUi | undefined {
  const factory = (globalThis as { [CARD_UI_KEY]?: CardUiFactory })[CARD_UI_KEY];
  if (typeof factory === 'function') ui ??= factory({ t, formatDate, language: uiLanguage(), direction: uiDirection() });
  return ui;
}

/** The UI once loaded, without asking for it. */
export function loadedCardUi(): CardUi | undefined {
  return ui ?? registered();
}

/** The card's UI, loaded on the first call; a failed load is tried again on the next call. */
export function loadCardUi(): Promise<CardUi> {
  const ready = loadedCardUi();
  if (ready) return Promise.resolve(ready);
  loading ??= sendToBackground('loadCardUi', {})
    .then(({ loaded }) => {
      const got = registered();
      if (!loaded || !got) throw new Error('Dramatis: the card could not be loaded');
      return got;
    })
    .finally(() => {
      loading = undefined;
    });
  return loading;
}
