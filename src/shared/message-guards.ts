/**
 * Guards for what crosses the message boundary: small checks that a value
 * from another context has the exact shape its type promises. The protocol
 * (messages.ts) and the packed mentions (packed-mentions.ts) build on them.
 */
import type { EntityCard, RoleSummary } from '../core/entity-card.ts';
import type { EntityType } from '../core/entity-schema.ts';
import type { Mention } from '../core/mention.ts';

export type Guard<T> = (value: unknown) => value is T;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isString = (v: unknown): v is string => typeof v === 'string';
export const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
export const isIsoDate = (v: unknown): v is string => isString(v) && /^\d{4}-\d{2}-\d{2}$/.test(v);
export const isEntityType = (v: unknown): v is EntityType => v === 'person' || v === 'organization';
export const isOptional =
  <T>(guard: Guard<T>) =>
  (v: unknown): v is T | undefined =>
    v === undefined || guard(v);
export const isListOf =
  <T>(guard: Guard<T>) =>
  (v: unknown): v is T[] =>
    Array.isArray(v) && v.every(guard);

/**
 * A language tag as pages write it in `lang`: BCP 47's shape (subtags of 1-8
 * letters or digits, the first letters only), at most 35 characters, the
 * length RFC 5646 (4.4.1) asks implementations to accept. Not checked
 * against the registry.
 */
export const MAX_LANGUAGE_TAG = 35;
export const isLanguageTag = (v: unknown): v is string => isString(v) && v.length <= MAX_LANGUAGE_TAG && /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(v);

/** The answer to a request to load a script of ours into the sender's frame (the card's UI, the annotator). */
export const isLoadedAnswer = (v: unknown): v is { loaded: boolean } => isObject(v) && typeof v.loaded === 'boolean';

export const isMention = (v: unknown): v is Mention =>
  isObject(v) &&
  isCount(v.block) &&
  isCount(v.start) &&
  isCount(v.end) &&
  v.start < v.end &&
  isString(v.entityId) &&
  isEntityType(v.type) &&
  (v.descriptor === undefined || (isString(v.descriptor) && v.descriptor.length <= 200));

const isRoleSummary = (v: unknown): v is RoleSummary =>
  isObject(v) &&
  isString(v.title) &&
  typeof v.former === 'boolean' &&
  isOptional(isCount)(v.startYear) &&
  isOptional(isCount)(v.endYear) &&
  (v.open === undefined || v.open === true);

const isLeader = (v: unknown): v is Record<string, string> => isObject(v) && isString(v.id) && isString(v.name) && isString(v.title);
const isAffiliation = (v: unknown): v is Record<string, string> => isObject(v) && isString(v.id) && isString(v.name) && isString(v.kind);

export const isEntityCard = (v: unknown): v is EntityCard =>
  isObject(v) &&
  isString(v.id) &&
  isEntityType(v.type) &&
  isString(v.name) &&
  isString(v.description) &&
  isIsoDate(v.asOf) &&
  isListOf(isRoleSummary)(v.rolesThen) &&
  isOptional(isListOf(isRoleSummary))(v.rolesNow) &&
  isListOf(isAffiliation)(v.affiliations) &&
  isOptional(isListOf(isLeader))(v.leaders) &&
  isString(v.datasetDate) &&
  ['country', 'born', 'died', 'founded', 'kind', 'headquarters', 'qid', 'wikipedia'].every((k) => isOptional(isString)(v[k])) &&
  isOptional(isCount)(v.age) &&
  (v.fromByline === undefined || v.fromByline === true) &&
  (v.unlisted === undefined || v.unlisted === true) &&
  isOptional(isIsoDate)(v.checked) &&
  (v.mayHaveChanged === undefined || v.mayHaveChanged === true) &&
  (v.uncertain === undefined || (isString(v.uncertain) && v.uncertain.length <= 200));

/** The message in `value` when its type has a guard and the guard accepts every detail of it. */
export function parseMessage<T>(guards: Record<string, (v: Record<string, unknown>) => boolean>, value: unknown): T | undefined {
  if (!isObject(value) || !isString(value.type) || !Object.hasOwn(guards, value.type)) return undefined;
  return guards[value.type]!(value) ? (value as unknown as T) : undefined;
}
