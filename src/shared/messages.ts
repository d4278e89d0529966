/**
 * The message protocol between the content script (and popup) and the
 * background worker: one map from message name to request and response, so
 * both sides are type-checked against the same definition. Everything that
 * arrives is validated before use: a request by the background, a response by
 * the sender.
 */
import type { EntityCard } from '../core/entity-card.ts';
import browser from './browser-api.ts';
import { isCount, isEntityCard, isEntityType, isIsoDate, isLanguageTag, isListOf, isObject, isOptional, isString, type Guard } from './message-guards.ts';
import { isPackedMentions, type PackedMentions } from './packed-mentions.ts';

export interface Protocol {
  /**
   * Keep these blocks of a long article for the `findMentions` of the same session: a long article
   * goes in several messages, since one message of a megabyte ties up the page's main thread.
   */
  addTexts: {
    request: { session: string; texts: string[] };
    response: { stored: boolean };
  };
  /**
   * Find the mentions of known entities in the blocks of one article, in reading order: the blocks of
   * `session`, if given, then `texts`. `lang` is the article's language as the page declares it (its
   * `lang`), which picks the recognizer's lexicon.
   */
  findMentions: {
    request: { texts: string[]; session?: string; lang?: string };
    response: { mentions: PackedMentions; workerStartedAt: number };
  };
  /** Describe one entity as of a date (`YYYY-MM-DD`), for its card. */
  getEntityCard: {
    request: { id: string; asOf: string };
    response: { card: EntityCard | null; workerStartedAt: number };
  };
  /**
   * Inject the card's UI (`card.js`: Preact and the card's view) into the sender's frame, in the content
   * script's isolated world: the content script asks when the first card is wanted, so that pages where
   * no card is opened never load it.
   */
  loadCardUi: {
    request: Record<string, never>;
    response: { loaded: boolean };
  };
}

/** One entity of the article's cast, as the popup lists it. */
export interface CastEntry {
  entityId: string;
  /** The longest form the article uses, usually the full name. */
  label: string;
  type: 'person' | 'organization';
  mentions: number;
}

/** Requests from the popup and the background to the content script of a tab. */
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

export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = { type: K } & Protocol[K]['request'];
export type ResponseOf<K extends MessageType> = Protocol[K]['response'];
export type AnyRequest = { [K in MessageType]: RequestOf<K> }[MessageType];

/** Bounds that keep one request from tying up the worker: about 2 MB of text. */
export const MAX_BLOCKS = 20_000;
export const MAX_TEXT_CHARS = 2_000_000;

const isTexts = (v: unknown): v is string[] => {
  if (!Array.isArray(v) || v.length > MAX_BLOCKS) return false;
  let total = 0;
  for (const t of v) {
    if (!isString(t)) return false;
    total += t.length;
  }
  return total <= MAX_TEXT_CHARS;
};

const isSessionId = (v: unknown): v is string => isString(v) && v.length > 0 && v.length <= 64;

const requestGuards: { [K in MessageType]: (v: Record<string, unknown>) => boolean } = {
  addTexts: (v) => isSessionId(v.session) && isTexts(v.texts),
  findMentions: (v) => isTexts(v.texts) && isOptional(isSessionId)(v.session) && isOptional(isLanguageTag)(v.lang),
  getEntityCard: (v) => isString(v.id) && v.id.length <= 200 && isIsoDate(v.asOf),
  loadCardUi: (v) => Object.keys(v).length === 1,
};

/** The message in `value` when its type has a guard and the guard accepts every detail of it. */
function parseWith<T>(guards: Record<string, (v: Record<string, unknown>) => boolean>, value: unknown): T | undefined {
  if (!isObject(value) || !isString(value.type) || !Object.hasOwn(guards, value.type)) return undefined;
  return guards[value.type]!(value) ? (value as unknown as T) : undefined;
}

/** The request in `value`, or undefined when it is not one of ours in every detail. */
export function parseRequest(value: unknown): AnyRequest | undefined {
  return parseWith<AnyRequest>(requestGuards, value);
}

const responseGuards: { [K in MessageType]: Guard<ResponseOf<K>> } = {
  addTexts: (v): v is ResponseOf<'addTexts'> => isObject(v) && typeof v.stored === 'boolean',
  findMentions: (v): v is ResponseOf<'findMentions'> => isObject(v) && isPackedMentions(v.mentions) && typeof v.workerStartedAt === 'number',
  getEntityCard: (v): v is ResponseOf<'getEntityCard'> =>
    isObject(v) && (v.card === null || isEntityCard(v.card)) && typeof v.workerStartedAt === 'number',
  loadCardUi: (v): v is ResponseOf<'loadCardUi'> => isObject(v) && typeof v.loaded === 'boolean',
};

export function isResponse<K extends MessageType>(type: K, value: unknown): value is ResponseOf<K> {
  return responseGuards[type](value);
}

/** Sends a request to the background worker and checks the answer's shape. */
export async function sendToBackground<K extends MessageType>(type: K, request: Protocol[K]['request']): Promise<ResponseOf<K>> {
  const response: unknown = await browser.runtime.sendMessage({ type, ...request });
  if (!isResponse(type, response)) throw new Error(`Dramatis: malformed answer to ${type}`);
  return response;
}

const pageRequestGuards: { [K in PageMessageType]: (v: Record<string, unknown>) => boolean } = {
  getPageInfo: () => true,
  showEntity: (v) => isString(v.entityId) && v.entityId.length <= 300,
  stepMentions: (v) => v.step === 1 || v.step === -1,
};

/** A request from the popup or the worker to a content script, or undefined when it is not one of ours. */
export function parsePageRequest(value: unknown): AnyPageRequest | undefined {
  return parseWith<AnyPageRequest>(pageRequestGuards, value);
}

const isCastEntry = (v: unknown): v is CastEntry =>
  isObject(v) && isString(v.entityId) && isString(v.label) && isEntityType(v.type) && isCount(v.mentions);

const pageResponseGuards: { [K in PageMessageType]: Guard<PageProtocol[K]['response']> } = {
  getPageInfo: (v): v is PageProtocol['getPageInfo']['response'] => isObject(v) && isString(v.host) && isListOf(isCastEntry)(v.cast) && (v.article === undefined || typeof v.article === 'boolean'),
  showEntity: (v): v is PageProtocol['showEntity']['response'] => isObject(v) && typeof v.shown === 'boolean',
  stepMentions: (v): v is PageProtocol['stepMentions']['response'] => isObject(v) && typeof v.stepped === 'boolean',
};

/** Sends a request to the content script of a tab and checks the answer's shape. */
export async function sendToPage<K extends PageMessageType>(tabId: number, type: K, request: PageProtocol[K]['request']): Promise<PageProtocol[K]['response']> {
  const response: unknown = await browser.tabs.sendMessage(tabId, { type, ...request });
  if (!pageResponseGuards[type](response)) throw new Error(`Dramatis: malformed answer to ${type}`);
  return response;
}
