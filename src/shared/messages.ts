/**
 * The message protocol between the content script (and popup) and the
 * background worker: one map from message name to request and response, so
 * both sides are type-checked against the same definition. Everything that
 * arrives is validated before use: a request by the background, a response by
 * the sender (messaging.ts sends and checks). The requests to a tab's content
 * script are in page-messages.ts.
 */
import type { EntityCard } from '../core/entity-card.ts';
import { isEntityCard, isIsoDate, isLanguageTag, isLoadedAnswer, isObject, isOptional, isString, parseMessage, type Guard } from './message-guards.ts';
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
  /**
   * Inject the annotator (`annotator.js`: reading the article, marks, cards) into the sender's frame, in
   * the content script's isolated world: the first content script asks once it has found that the page
   * can hold an article and the page is idle, so that other pages never load it.
   */
  loadAnnotator: {
    request: Record<string, never>;
    response: { loaded: boolean };
  };
}

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
  loadAnnotator: (v) => Object.keys(v).length === 1,
};

/** The request in `value`, or undefined when it is not one of ours in every detail. */
export function parseRequest(value: unknown): AnyRequest | undefined {
  return parseMessage<AnyRequest>(requestGuards, value);
}

const responseGuards: { [K in MessageType]: Guard<ResponseOf<K>> } = {
  addTexts: (v): v is ResponseOf<'addTexts'> => isObject(v) && typeof v.stored === 'boolean',
  findMentions: (v): v is ResponseOf<'findMentions'> => isObject(v) && isPackedMentions(v.mentions) && typeof v.workerStartedAt === 'number',
  getEntityCard: (v): v is ResponseOf<'getEntityCard'> => isObject(v) && (v.card === null || isEntityCard(v.card)) && typeof v.workerStartedAt === 'number',
  loadCardUi: isLoadedAnswer,
  loadAnnotator: isLoadedAnswer,
};

export function isResponse<K extends MessageType>(type: K, value: unknown): value is ResponseOf<K> {
  return responseGuards[type](value);
}
