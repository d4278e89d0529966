/**
 * Requests from the popup and the worker to the content script of a tab, and
 * their answers: one map from message name to request and response, checked
 * on arrival like the worker's protocol (messages.ts). No browser API here:
 * the first content script answers these without the polyfill.
 */
import { isCount, isEntityType, isListOf, isObject, isString, parseMessage, type Guard } from './message-guards.ts';

/** One entity of the article's cast, as the popup lists it. */
export interface CastEntry {
  entityId: string;
  /** The longest form the article uses, usually the full name. */
  label: string;
  type: 'person' | 'organization';
  mentions: number;
}

export interface PageProtocol {
  /**
   * The page's host name and the cast of its article (empty while Dramatis is off there); `article` is
   * false when only the article is to be marked and the page has none (a home page, a search page, a shop).
   * Optional: a content script of an older version, still in an open tab, does not send it.
   */
  getPageInfo: {
    request: Record<string, never>;
    response: { host: string; cast: CastEntry[]; article?: boolean };
  };
  /** Scroll to the entity's first mention and open its card. */
  showEntity: {
    request: { entityId: string };
    response: { shown: boolean };
  };
  /**
   * The next (+1) or previous (-1) mention of the article, its card opened and focused: the keyboard
   * shortcuts (commands API) ask for it. Nothing happens while the focus is in an editable field.
   */
  stepMentions: {
    request: { step: 1 | -1 };
    response: { stepped: boolean };
  };
}

export type PageMessageType = keyof PageProtocol;
export type AnyPageRequest = { [K in PageMessageType]: { type: K } & PageProtocol[K]['request'] }[PageMessageType];
export type PageResponse = PageProtocol[PageMessageType]['response'];

const pageRequestGuards: { [K in PageMessageType]: (v: Record<string, unknown>) => boolean } = {
  getPageInfo: () => true,
  showEntity: (v) => isString(v.entityId) && v.entityId.length <= 300,
  stepMentions: (v) => v.step === 1 || v.step === -1,
};

/** A request from the popup or the worker to a content script, or undefined when it is not one of ours. */
export function parsePageRequest(value: unknown): AnyPageRequest | undefined {
  return parseMessage<AnyPageRequest>(pageRequestGuards, value);
}

const isCastEntry = (v: unknown): v is CastEntry => isObject(v) && isString(v.entityId) && isString(v.label) && isEntityType(v.type) && isCount(v.mentions);

const pageResponseGuards: { [K in PageMessageType]: Guard<PageProtocol[K]['response']> } = {
  getPageInfo: (v): v is PageProtocol['getPageInfo']['response'] =>
    isObject(v) && isString(v.host) && isListOf(isCastEntry)(v.cast) && (v.article === undefined || typeof v.article === 'boolean'),
  showEntity: (v): v is PageProtocol['showEntity']['response'] => isObject(v) && typeof v.shown === 'boolean',
  stepMentions: (v): v is PageProtocol['stepMentions']['response'] => isObject(v) && typeof v.stepped === 'boolean',
};

export function isPageResponse<K extends PageMessageType>(type: K, value: unknown): value is PageProtocol[K]['response'] {
  return pageResponseGuards[type](value);
}
